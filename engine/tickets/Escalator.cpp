#include "Escalator.h"

#include "JobStore.h"
#include "SlaPolicy.h"
#include "TicketStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace nestogy::Escalator {

namespace {
const QString System = QStringLiteral("system");

struct OpenTicket
{
    qint64 id = 0;
    QString priority;
    qint64 createdMs = 0;
    qint64 responseDueMs = 0;
    qint64 resolutionDueMs = 0;
    bool responded = false;
    qint64 assigneeId = 0;
    qint64 firstResponseMs = 0;
};

// Whether `fraction` of the SLA time between creation and the due time has passed, counted on the policy's
// clock (business hours for the priorities that use them).
bool reached(const SlaPolicy &policy, const OpenTicket &t, qint64 dueMs, qint64 nowMs, double fraction)
{
    if (dueMs <= t.createdMs)
        return false;
    return double(policy.elapsed(t.priority, t.createdMs, nowMs)) >=
           fraction * double(policy.elapsed(t.priority, t.createdMs, dueMs));
}

// Tells the assignee and the managers by mail (NotifyTechnicians), inside this unit: exactly once per step.
bool notifyTechnicians(QSqlDatabase &db, qint64 ticketId, const QString &reason, const QString &message,
                       qint64 nowMs)
{
    return JobStore::enqueue(db, QStringLiteral("NotifyTechnicians"), QStringLiteral("notifications"),
                             {{QStringLiteral("ticket_id"), ticketId},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("message"), message}},
                             nowMs, nowMs)
        .ok();
}

// The last time a person (not the system) did something on the ticket, or its creation.
qint64 lastHumanActivity(QSqlDatabase &db, const OpenTicket &t)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT MAX(created_at) FROM ticket_events WHERE ticket_id = ? AND actor <> 'system'"));
    q.addBindValue(t.id);
    const qint64 lastEvent = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    // A first response counts as activity too (it may have come from outside the event history).
    return qMax(qMax(t.createdMs, t.firstResponseMs), lastEvent);
}

std::optional<QPair<qint64, QString>> seniorTechnician(QSqlDatabase &db, qint64 exceptId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.name FROM technicians t WHERE t.active = 1 AND t.id <> ? AND t.capacity > "
        "(SELECT COUNT(*) FROM tickets k WHERE k.assignee_id = t.id AND k.status NOT IN ('Resolved', "
        "'Closed')) "
        "ORDER BY t.seniority DESC, t.id LIMIT 1"));
    q.addBindValue(exceptId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return qMakePair(q.value(0).toLongLong(), q.value(1).toString());
}
} // namespace

QString raisedPriority(const QString &priority)
{
    if (priority == u"Low")
        return QStringLiteral("Normal");
    if (priority == u"Normal")
        return QStringLiteral("High");
    return QStringLiteral("Urgent");
}

WriteResult check(QSqlDatabase &db, qint64 nowMs)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT id, priority, created_at, response_due, resolution_due, first_response_at, "
            "assignee_id FROM tickets WHERE status NOT IN ('Resolved', 'Closed') "
            "AND (response_due > 0 OR resolution_due > 0)")))
        return WriteResult::queryFailed(q);
    QList<OpenTicket> tickets;
    while (q.next())
        tickets.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toLongLong(), q.value(4).toLongLong(), !q.value(5).isNull(),
                        q.value(6).toLongLong(), q.value(5).toLongLong()});
    q.finish();

    const SlaPolicy policy = SlaPolicy::load(db);
    int steps = 0;
    for (const OpenTicket &t : tickets) {
        // Once per level: the event with that kind is the record that this step was taken.
        const auto once = [&](const QString &kind, const std::function<bool()> &step) {
            if (TicketStore::hasEvent(db, t.id, kind, QStringLiteral("{}")))
                return true;
            if (!step())
                return false;
            ++steps;
            return true;
        };
        const auto note = [&](const QString &kind, const QString &message) {
            return TicketStore::addEvent(db, t.id, kind, System, message, {}, nowMs);
        };
        bool ok = true;
        if (!t.responded && reached(policy, t, t.responseDueMs, nowMs, 0.75))
            ok = ok && once(QStringLiteral("sla_response_warning"), [&] {
                     return note(QStringLiteral("sla_response_warning"),
                                 QStringLiteral("SLA warning: 75 % of the response time used"));
                 });
        if (!t.responded && reached(policy, t, t.responseDueMs, nowMs, 1.0))
            ok =
                ok && once(QStringLiteral("sla_response_breach"), [&] {
                    const QString raised = raisedPriority(t.priority);
                    QSqlQuery up(db);
                    up.prepare(
                        QStringLiteral("UPDATE tickets SET priority = ?, updated_at = ? WHERE id = ?"));
                    up.addBindValue(raised);
                    up.addBindValue(nowMs);
                    up.addBindValue(t.id);
                    QString message = QStringLiteral("SLA breach: no response in time; priority %1 -> %2")
                                          .arg(t.priority, raised);
                    bool done = up.exec();
                    // The assignee has not responded: someone more senior takes over.
                    if (done) {
                        if (const auto senior = seniorTechnician(db, t.assigneeId)) {
                            QSqlQuery re(db);
                            re.prepare(QStringLiteral("UPDATE tickets SET assignee_id = ? WHERE id = ?"));
                            re.addBindValue(senior->first);
                            re.addBindValue(t.id);
                            done = re.exec();
                            message +=
                                QStringLiteral("; reassigned to %1, the most senior technician with capacity")
                                    .arg(senior->second);
                        } else {
                            message += QStringLiteral("; no other technician with capacity to reassign to");
                        }
                    }
                    return done && note(QStringLiteral("sla_response_breach"), message) &&
                           notifyTechnicians(db, t.id, QStringLiteral("sla_response_breach"), message, nowMs);
                });
        if (reached(policy, t, t.resolutionDueMs, nowMs, 0.75))
            ok = ok && once(QStringLiteral("sla_resolution_warning"), [&] {
                     return note(QStringLiteral("sla_resolution_warning"),
                                 QStringLiteral("SLA warning: 75 % of the resolution time used"));
                 });
        if (reached(policy, t, t.resolutionDueMs, nowMs, 1.0))
            ok = ok && once(QStringLiteral("sla_resolution_breach"), [&] {
                     QSqlQuery cur(db);
                     cur.prepare(QStringLiteral("SELECT priority FROM tickets WHERE id = ?"));
                     cur.addBindValue(t.id);
                     if (!cur.exec() || !cur.next())
                         return false;
                     const QString current = cur.value(0).toString();
                     cur.finish();
                     const QString raised = raisedPriority(current);
                     QSqlQuery up(db);
                     up.prepare(
                         QStringLiteral("UPDATE tickets SET priority = ?, updated_at = ? WHERE id = ?"));
                     up.addBindValue(raised);
                     up.addBindValue(nowMs);
                     up.addBindValue(t.id);
                     const QString message =
                         QStringLiteral("SLA breach: not resolved in time; priority %1 -> %2")
                             .arg(current, raised);
                     return up.exec() && note(QStringLiteral("sla_resolution_breach"), message) &&
                            notifyTechnicians(db, t.id, QStringLiteral("sla_resolution_breach"), message,
                                              nowMs);
                 });
        // Inactivity: nobody has worked the ticket for the target; once per quiet spell (a person acting on
        // the ticket starts a new one).
        const qint64 inactivityMs = policy.targetsFor(t.priority).inactivityMs;
        const qint64 lastActivity = inactivityMs > 0 ? lastHumanActivity(db, t) : 0;
        if (inactivityMs > 0 && policy.elapsed(t.priority, lastActivity, nowMs) >= inactivityMs) {
            const QJsonObject since{{QStringLiteral("since"), lastActivity}};
            const QString key = QString::fromUtf8(QJsonDocument(since).toJson(QJsonDocument::Compact));
            if (!TicketStore::hasEvent(db, t.id, QStringLiteral("sla_inactivity"), key)) {
                const QString message =
                    QStringLiteral("SLA inactivity: nobody has worked this ticket for %1 h")
                        .arg(QString::number(double(inactivityMs) / 3600000.0, 'f', 1));
                ok = ok &&
                     TicketStore::addEvent(db, t.id, QStringLiteral("sla_inactivity"), System, message, since,
                                           nowMs) &&
                     notifyTechnicians(db, t.id, QStringLiteral("sla_inactivity"), message, nowMs);
                ++steps;
            }
        }
        if (!ok)
            return WriteResult::failure(WriteResult::Code::Unavailable, db.lastError().text());
    }
    return WriteResult::success(steps);
}

} // namespace nestogy::Escalator
