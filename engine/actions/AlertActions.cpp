#include "AlertActions.h"

#include "ActionOutcome.h"
#include "AuditLog.h"
#include "TicketPipeline.h"
#include "TicketStore.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace nestogy::AlertActions {

namespace {

struct AlertRef
{
    qint64 id = 0;
    QString uuid;
    QString status;
    std::optional<qint64> ticketId;
    QString deviceId;
};

WriteResult conflict(const QString &reason)
{
    return WriteResult::failure(WriteResult::Code::Conflict, reason);
}

// The alert, or the failure to answer with (NotFound, or Unavailable when the read failed).
std::optional<AlertRef> load(QSqlDatabase &db, const QString &uuid, WriteResult *failure)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, status, ticket_id, device_id FROM rmm_alerts WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec()) {
        *failure = WriteResult::queryFailed(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *failure = WriteResult::failure(WriteResult::Code::NotFound, QStringLiteral("alert not found"));
        return std::nullopt;
    }
    AlertRef a{q.value(0).toLongLong(), uuid, q.value(1).toString(), std::nullopt, q.value(3).toString()};
    if (!q.value(2).isNull())
        a.ticketId = q.value(2).toLongLong();
    return a;
}

// success, or the failed statement's error.
WriteResult exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() ? WriteResult::success() : WriteResult::queryFailed(q);
}

bool ticketEvent(QSqlDatabase &db, const AlertRef &a, const QString &kind, const QString &who,
                 const QString &message, qint64 nowMs)
{
    return TicketStore::addEvent(db, *a.ticketId, kind, who, message, {{QStringLiteral("alert_id"), a.uuid}},
                                 nowMs);
}

WriteResult eventFailed()
{
    return WriteResult::failure(WriteResult::Code::Unavailable,
                                QStringLiteral("cannot record the ticket event"));
}

WriteResult auditFailed()
{
    return WriteResult::failure(WriteResult::Code::Unavailable, QStringLiteral("cannot write the audit log"));
}

ActionOutcome changed(const AlertRef &a, std::optional<qint64> ticketId)
{
    ActionOutcome o;
    o.alertIds = {a.id};
    if (ticketId)
        o.ticketIds = {*ticketId};
    return o;
}

WriteResult acknowledgeAlert(QSqlDatabase &db, const AlertRef &a, const QString &who, qint64 nowMs)
{
    if (a.status == u"acknowledged")
        return conflict(QStringLiteral("the alert is already acknowledged"));
    if (a.status == u"resolved")
        return conflict(QStringLiteral("the alert is resolved"));
    if (const WriteResult r =
            exec(db, QStringLiteral("UPDATE rmm_alerts SET status = 'acknowledged' WHERE id = ?"), {a.id});
        !r.ok())
        return r;
    if (!AuditLog::record(db, who, QStringLiteral("acknowledge"), QStringLiteral("alert"), a.uuid, {}, nowMs))
        return auditFailed();
    if (a.ticketId && !ticketEvent(db, a, QStringLiteral("alert_acknowledged"), who,
                                   QStringLiteral("Alert acknowledged by %1").arg(who), nowMs))
        return eventFailed();
    return changed(a, a.ticketId).toResult();
}

WriteResult resolveAlert(QSqlDatabase &db, const AlertRef &a, const QString &who, qint64 nowMs)
{
    if (a.status == u"resolved")
        return conflict(QStringLiteral("the alert is already resolved"));
    if (const WriteResult r = exec(
            db, QStringLiteral("UPDATE rmm_alerts SET status = 'resolved', resolved_at = ? WHERE id = ?"),
            {nowMs, a.id});
        !r.ok())
        return r;
    if (!AuditLog::record(db, who, QStringLiteral("resolve"), QStringLiteral("alert"), a.uuid, {}, nowMs))
        return auditFailed();
    if (!a.ticketId)
        return changed(a, std::nullopt).toResult();
    QSqlQuery ticket(db);
    ticket.prepare(QStringLiteral("SELECT status, human_touched FROM tickets WHERE id = ?"));
    ticket.addBindValue(*a.ticketId);
    if (!ticket.exec())
        return WriteResult::queryFailed(ticket);
    if (!ticket.next())
        return changed(a, std::nullopt).toResult();
    const QString status = ticket.value(0).toString();
    const bool untouched = ticket.value(1).toInt() == 0;
    ticket.finish();
    if (untouched && status != u"Resolved" && status != u"Closed") {
        // Closed as a consequence of the alert, like a source resolve: should the alert come back within
        // the reopen window, the pipeline reopens the ticket too.
        if (const WriteResult r =
                exec(db,
                     QStringLiteral(
                         "UPDATE tickets SET status = 'Resolved', closed_by_system = 1, resolved_at = ?, "
                         "updated_at = ? WHERE id = ?"),
                     {nowMs, nowMs, *a.ticketId});
            !r.ok())
            return r;
        if (!ticketEvent(db, a, QStringLiteral("alert_resolved"), who,
                         QStringLiteral("closed: alert resolved by %1").arg(who), nowMs))
            return eventFailed();
    } else if (!ticketEvent(db, a, QStringLiteral("alert_resolved"), who,
                            QStringLiteral("resolved alert by %1").arg(who), nowMs)) {
        return eventFailed();
    }
    return changed(a, a.ticketId).toResult();
}

WriteResult ticketForAlert(QSqlDatabase &db, const AlertRef &a, const QString &who, qint64 nowMs)
{
    const WriteResult created = TicketPipeline::createTicketFor(db, a.uuid, who, nowMs);
    if (!created.ok())
        return created;
    const qint64 ticketId = created.value.toLongLong();
    if (const WriteResult r =
            exec(db, QStringLiteral("UPDATE rmm_alerts SET suppressed = 0 WHERE id = ?"), {a.id});
        !r.ok())
        return r;
    if (!AuditLog::record(db, who, QStringLiteral("create_ticket"), QStringLiteral("alert"), a.uuid,
                          {{QStringLiteral("ticket_id"), ticketId}}, nowMs))
        return auditFailed();
    ActionOutcome o = changed(a, ticketId);
    o.createdTicketId = ticketId;
    return o.toResult();
}

// `windows` remembers the window made per device in this unit, so a bulk snooze makes one per device.
WriteResult snoozeAlert(QSqlDatabase &db, const AlertRef &a, int minutes, const QString &who, qint64 nowMs,
                        QHash<QString, qint64> *windows)
{
    if (minutes < 1 || minutes > MaxSnoozeMinutes)
        return WriteResult::failure(
            WriteResult::Code::Invalid,
            QStringLiteral("minutes: a whole number from 1 to %1").arg(MaxSnoozeMinutes));
    if (a.status == u"resolved")
        return conflict(QStringLiteral("the alert is resolved"));
    if (a.deviceId.isEmpty())
        return WriteResult::failure(
            WriteResult::Code::Invalid,
            QStringLiteral("the alert names no device, so there is nothing to snooze"));
    qint64 windowId = windows->value(a.deviceId);
    if (!windowId) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO maintenance_windows (scope, scope_key, starts_at, ends_at, weekdays, start_time, "
            "end_time, timezone, reason, created_at) VALUES ('device', ?, ?, ?, '', '', '', '', ?, ?)"));
        q.addBindValue(a.deviceId);
        q.addBindValue(nowMs);
        q.addBindValue(nowMs + qint64(minutes) * 60'000);
        q.addBindValue(
            QStringLiteral("snoozed alert %1 for %2 minutes by %3").arg(a.uuid).arg(minutes).arg(who));
        q.addBindValue(nowMs);
        if (!q.exec())
            return WriteResult::queryFailed(q);
        windowId = q.lastInsertId().toLongLong();
        windows->insert(a.deviceId, windowId);
    }
    // Without a ticket the alert is held like one that arrived in the window, and released when it ends.
    if (!a.ticketId) {
        if (const WriteResult r =
                exec(db, QStringLiteral("UPDATE rmm_alerts SET suppressed = 1 WHERE id = ?"), {a.id});
            !r.ok())
            return r;
    }
    if (!AuditLog::record(
            db, who, QStringLiteral("snooze"), QStringLiteral("alert"), a.uuid,
            {{QStringLiteral("minutes"), minutes}, {QStringLiteral("maintenance_window"), windowId}}, nowMs))
        return auditFailed();
    if (a.ticketId && !ticketEvent(db, a, QStringLiteral("alert_snoozed"), who,
                                   QStringLiteral("Alert snoozed for %1 minutes by %2 (maintenance window %3 "
                                                  "for device %4)")
                                       .arg(minutes)
                                       .arg(who)
                                       .arg(windowId)
                                       .arg(a.deviceId),
                                   nowMs))
        return eventFailed();
    ActionOutcome o = changed(a, a.ticketId);
    o.windowId = windowId;
    return o.toResult();
}

WriteResult run(QSqlDatabase &db, Kind kind, const QString &uuid, const QString &who, qint64 nowMs,
                int minutes, QHash<QString, qint64> *windows)
{
    WriteResult failure;
    const auto alert = load(db, uuid, &failure);
    if (!alert)
        return failure;
    switch (kind) {
    case Kind::Acknowledge:
        return acknowledgeAlert(db, *alert, who, nowMs);
    case Kind::Resolve:
        return resolveAlert(db, *alert, who, nowMs);
    case Kind::CreateTicket:
        return ticketForAlert(db, *alert, who, nowMs);
    case Kind::Snooze:
        return snoozeAlert(db, *alert, minutes, who, nowMs, windows);
    }
    return WriteResult::failure(WriteResult::Code::Invalid, QStringLiteral("unknown action"));
}

} // namespace

QString name(Kind kind)
{
    switch (kind) {
    case Kind::Acknowledge:
        return QStringLiteral("acknowledge");
    case Kind::Resolve:
        return QStringLiteral("resolve");
    case Kind::CreateTicket:
        return QStringLiteral("ticket");
    case Kind::Snooze:
        return QStringLiteral("snooze");
    }
    return {};
}

std::optional<Kind> kindFromName(const QString &text)
{
    for (Kind k : {Kind::Acknowledge, Kind::Resolve, Kind::CreateTicket, Kind::Snooze}) {
        if (name(k) == text)
            return k;
    }
    return std::nullopt;
}

WriteResult apply(QSqlDatabase &db, Kind kind, const QString &alertUuid, const QString &who, qint64 nowMs,
                  int snoozeMinutes)
{
    QHash<QString, qint64> windows;
    return run(db, kind, alertUuid, who, nowMs, snoozeMinutes, &windows);
}

WriteResult acknowledge(QSqlDatabase &db, const QString &alertUuid, const QString &who, qint64 nowMs)
{
    return apply(db, Kind::Acknowledge, alertUuid, who, nowMs);
}

WriteResult resolve(QSqlDatabase &db, const QString &alertUuid, const QString &who, qint64 nowMs)
{
    return apply(db, Kind::Resolve, alertUuid, who, nowMs);
}

WriteResult createTicket(QSqlDatabase &db, const QString &alertUuid, const QString &who, qint64 nowMs)
{
    return apply(db, Kind::CreateTicket, alertUuid, who, nowMs);
}

WriteResult snooze(QSqlDatabase &db, const QString &alertUuid, int minutes, const QString &who, qint64 nowMs)
{
    return apply(db, Kind::Snooze, alertUuid, who, nowMs, minutes);
}

WriteResult bulk(QSqlDatabase &db, Kind kind, const QStringList &alertUuids, const QString &who, qint64 nowMs,
                 int snoozeMinutes)
{
    if (alertUuids.isEmpty() || alertUuids.size() > MaxBulkAlerts)
        return WriteResult::failure(WriteResult::Code::Invalid,
                                    QStringLiteral("ids: from 1 to %1 alert ids").arg(MaxBulkAlerts));
    if (kind == Kind::Snooze && (snoozeMinutes < 1 || snoozeMinutes > MaxSnoozeMinutes))
        return WriteResult::failure(
            WriteResult::Code::Invalid,
            QStringLiteral("minutes: a whole number from 1 to %1").arg(MaxSnoozeMinutes));
    ActionOutcome all;
    QHash<QString, qint64> windows;
    QSet<QString> done;
    for (const QString &uuid : alertUuids) {
        if (done.contains(uuid))
            continue;
        done.insert(uuid);
        const WriteResult r = run(db, kind, uuid, who, nowMs, snoozeMinutes, &windows);
        if (r.ok()) {
            all.merge(ActionOutcome::of(r));
            continue;
        }
        // Refusals are decided before any write, so skipping leaves nothing half done; storage errors are
        // not.
        if (r.code == WriteResult::Code::Unavailable)
            return r;
        all.skipped.append({uuid, r.code, r.error});
    }
    return all.toResult();
}

} // namespace nestogy::AlertActions
