#pragma once

#include "WriteResult.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// The changes a technician makes to a ticket (status, assignee, priority, note), as one writer unit shared by
// PATCH /api/tickets/{id} and the desktop. Every change is a ticket event naming who made it, and any of them
// marks the ticket human_touched: from then on a source "resolved" only adds a note instead of closing it.
namespace TicketActions {

struct Problem
{
    QString field;
    QString message;
};

// The first reason `changes` cannot be applied (unknown field, bad value, nothing to change), or nullopt.
std::optional<Problem> checkPatch(const QJsonObject &changes);

// Applies `changes` as `who`; the value is an ActionOutcome naming the ticket. Invalid (with "field:
// message") for what checkPatch refuses or an unknown technician, NotFound without the ticket.
WriteResult patch(QSqlDatabase &db, qint64 ticketId, const QJsonObject &changes, const QString &who,
                  qint64 nowMs);

} // namespace TicketActions

} // namespace nestogy
