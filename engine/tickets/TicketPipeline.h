#pragma once

#include "WriteResult.h"

#include <QSqlDatabase>
#include <QString>

namespace nestogy {

// What one stored alert event means for tickets, run as one writer unit together with marking its job done,
// so a job that is retried after a crash never acts twice: a new alert becomes a ticket when the routing
// rules say so; a repeat adds an "occurred again" event; a reopened alert reopens a ticket the system had
// closed; a source "resolved" closes the ticket only if no human touched it, else it only notes it.
namespace TicketPipeline {

struct Input
{
    QString alertUuid;
    QString event; // accepted | duplicate | reopened | resolved | resolved_unknown | redelivery
    qint64 jobId = 0;
    QString jobOwner; // the worker id that claimed the job
    qint64 nowMs = 0;
};

WriteResult process(QSqlDatabase &db, const Input &in);

// A ticket for an alert that has none because a person (`actor`) asked for one: the same subject, details,
// priority, SLA, assignment and notifications as the automatic ticket, but a maintenance window or a rule
// saying "no ticket" does not stop it. The value is the new ticket id; NotFound without the alert, Conflict
// when it already has a ticket.
WriteResult createTicketFor(QSqlDatabase &db, const QString &alertUuid, const QString &actor, qint64 nowMs);

} // namespace TicketPipeline

} // namespace nestogy
