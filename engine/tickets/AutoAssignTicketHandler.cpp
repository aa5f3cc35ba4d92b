#include "AutoAssignTicketHandler.h"

#include "Assigner.h"
#include "Clock.h"
#include "JobStore.h"
#include "StorageWriter.h"
#include "TicketStore.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace nestogy {

WriteResult AutoAssignTicketHandler::assign(QSqlDatabase &db, qint64 ticketId, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT t.status, t.assignee_id, t.client_id, t.category, t.priority, "
        "(SELECT a.alert_type FROM rmm_alerts a WHERE a.ticket_id = t.id ORDER BY a.id LIMIT 1) "
        "FROM tickets t WHERE t.id = ?"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    if (!q.next())
        return WriteResult::success(QStringLiteral("ticket %1 no longer exists").arg(ticketId));
    const QString status = q.value(0).toString();
    if (status == u"Resolved" || status == u"Closed" || !q.value(1).isNull())
        return WriteResult::success(QStringLiteral("ticket %1 is closed or already assigned").arg(ticketId));
    Assigner::Request request;
    if (!q.value(2).isNull())
        request.clientId = q.value(2).toLongLong();
    request.category = q.value(3).toString();
    request.priority = q.value(4).toString();
    request.alertType = q.value(5).toString();
    request.nowMs = nowMs;
    q.finish();

    const Assigner::Choice choice = Assigner::choose(db, request);
    if (choice.technicianId) {
        QSqlQuery up(db);
        up.prepare(QStringLiteral(
            "UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE id = ? AND assignee_id IS NULL"));
        up.addBindValue(*choice.technicianId);
        up.addBindValue(nowMs);
        up.addBindValue(ticketId);
        if (!up.exec())
            return WriteResult::queryFailed(up);
    }
    if (!TicketStore::addEvent(db, ticketId, QStringLiteral("assignment"), QStringLiteral("system"),
                               choice.reason,
                               {{QStringLiteral("assignee_id"),
                                 choice.technicianId ? QJsonValue(*choice.technicianId) : QJsonValue()}},
                               nowMs))
        return WriteResult::failure(WriteResult::Code::Unavailable,
                                    QStringLiteral("cannot record the assignment"));
    if (request.priority == u"Urgent") {
        const WriteResult job = JobStore::enqueue(
            db, QStringLiteral("NotifyTechnicians"), QStringLiteral("notifications"),
            {{QStringLiteral("ticket_id"), ticketId},
             {QStringLiteral("reason"), QStringLiteral("urgent_ticket")},
             {QStringLiteral("message"), QStringLiteral("New Urgent ticket. %1").arg(choice.reason)}},
            nowMs, nowMs);
        if (!job.ok())
            return job;
    }
    return WriteResult::success(choice.reason);
}

void AutoAssignTicketHandler::run(const Job &job, Done done)
{
    const qint64 ticketId = job.payload.value(u"ticket_id").toInteger();
    if (ticketId <= 0)
        return done(QStringLiteral("the job names no ticket_id"));
    const qint64 jobId = job.id;
    const QString owner = job.lockedBy;
    const qint64 now = m_clock.nowMs();
    m_writer.submit(
        [ticketId, jobId, owner, now](QSqlDatabase &db) {
            WriteResult r = assign(db, ticketId, now);
            if (!r.ok())
                return r;
            const WriteResult finished = JobStore::finish(db, jobId, owner, now);
            return finished.ok() ? r : finished;
        },
        m_replyContext.data(), [done](const WriteResult &r) { done(r.ok() ? QString() : r.error); });
}

} // namespace nestogy
