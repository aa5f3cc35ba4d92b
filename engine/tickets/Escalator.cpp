#include "Escalator.h"

#include "TicketStore.h"

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
};

bool reached(qint64 createdMs, qint64 dueMs, qint64 nowMs, double fraction)
{
    if (dueMs <= createdMs)
        return false;
    return double(nowMs - createdMs) >= fraction * double(dueMs - createdMs);
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
                        q.value(6).toLongLong()});
    q.finish();

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
        if (!t.responded && reached(t.createdMs, t.responseDueMs, nowMs, 0.75))
            ok = ok && once(QStringLiteral("sla_response_warning"), [&] {
                     return note(QStringLiteral("sla_response_warning"),
                                 QStringLiteral("SLA warning: 75 % of the response time used"));
                 });
        if (!t.responded && reached(t.createdMs, t.responseDueMs, nowMs, 1.0))
            ok = ok && once(QStringLiteral("sla_response_breach"), [&] {
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
                             message += QStringLiteral(
                                            "; reassigned to %1, the most senior technician with capacity")
                                            .arg(senior->second);
                         } else {
                             message += QStringLiteral("; no other technician with capacity to reassign to");
                         }
                     }
                     return done && note(QStringLiteral("sla_response_breach"), message);
                 });
        if (reached(t.createdMs, t.resolutionDueMs, nowMs, 0.75))
            ok = ok && once(QStringLiteral("sla_resolution_warning"), [&] {
                     return note(QStringLiteral("sla_resolution_warning"),
                                 QStringLiteral("SLA warning: 75 % of the resolution time used"));
                 });
        if (reached(t.createdMs, t.resolutionDueMs, nowMs, 1.0))
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
                     return up.exec() &&
                            note(QStringLiteral("sla_resolution_breach"),
                                 QStringLiteral("SLA breach: not resolved in time; priority %1 -> %2")
                                     .arg(current, raised));
                 });
        if (!ok)
            return WriteResult::failure(WriteResult::Code::Unavailable, db.lastError().text());
    }
    return WriteResult::success(steps);
}

} // namespace nestogy::Escalator
