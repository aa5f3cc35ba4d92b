#pragma once

#include "WriteResult.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace nestogy {

// What a technician does with an alert, as writer units shared by /api/alerts/{id}/... and the desktop. Each
// returns an ActionOutcome (the alert and ticket rows changed) or NotFound / Conflict / Invalid, decided
// before anything is written, and leaves who did it in audit_log and, when the alert has a ticket, in its
// events.
//
// - acknowledge: open -> acknowledged ("I am on it"). The ticket gets an event; its state is left alone.
// - resolve: the alert is resolved by a person. A ticket nobody has worked on (not human_touched) and still
//   open is resolved with it ("closed: alert resolved by <who>"), marked closed_by_system like a source
//   resolve, so the ticket reopens if the alert comes back; a ticket a technician works on only gets the
//   event "resolved alert by <who>" and stays theirs to close.
// - createTicket: the pipeline's ticket for an alert that has none (TicketPipeline::createTicketFor); a held
//   (suppressed) alert is released, since it now has its ticket.
// - snooze: a one-off maintenance window for the alert's device from now for N minutes: new alerts of the
//   device are held meanwhile, and this alert, if it has no ticket yet, is held too and gets its ticket when
//   the window ends (MaintenanceWindows::releaseEnded) unless it is resolved by then.
namespace AlertActions {

enum class Kind { Acknowledge, Resolve, CreateTicket, Snooze };

constexpr int MaxSnoozeMinutes = 7 * 24 * 60;
constexpr int MaxBulkAlerts = 1000;

// "acknowledge", "resolve", "ticket", "snooze" (the API's path segments).
QString name(Kind kind);
std::optional<Kind> kindFromName(const QString &name);

// One of the four below, by kind (snoozeMinutes only for Snooze).
WriteResult apply(QSqlDatabase &db, Kind kind, const QString &alertUuid, const QString &who, qint64 nowMs,
                  int snoozeMinutes = 0);
WriteResult acknowledge(QSqlDatabase &db, const QString &alertUuid, const QString &who, qint64 nowMs);
WriteResult resolve(QSqlDatabase &db, const QString &alertUuid, const QString &who, qint64 nowMs);
WriteResult createTicket(QSqlDatabase &db, const QString &alertUuid, const QString &who, qint64 nowMs);
WriteResult snooze(QSqlDatabase &db, const QString &alertUuid, int minutes, const QString &who, qint64 nowMs);

// One action on many alerts as one writer unit. Alerts it does not apply to (not found, already in that
// state, no device to snooze) are skipped and listed in ActionOutcome::skipped; a storage failure fails the
// whole unit, so nothing is half done. A bulk snooze makes one window per device.
WriteResult bulk(QSqlDatabase &db, Kind kind, const QStringList &alertUuids, const QString &who, qint64 nowMs,
                 int snoozeMinutes = 0);

} // namespace AlertActions

} // namespace nestogy
