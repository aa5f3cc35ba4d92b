#include "RetentionPurge.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nestogy::RetentionPurge {

namespace {
// The ids to delete; `last_seen < cutoff` lets the planner range-scan rmm_alerts_last_seen (an alert is
// resolved after it was last seen, so it excludes nothing the other conditions would keep).
QString selectIds(Kind kind)
{
    switch (kind) {
    case Kind::ResolvedAlerts:
        return u"SELECT a.id FROM rmm_alerts a LEFT JOIN tickets t ON t.id = a.ticket_id "
               "WHERE a.last_seen < :cutoff AND a.status = 'resolved' "
               "AND COALESCE(a.resolved_at, a.last_seen) < :cutoff "
               "AND (t.id IS NULL OR t.status IN ('Resolved', 'Closed')) ORDER BY a.id LIMIT :limit"_s;
    case Kind::FinishedJobs:
        return u"SELECT id FROM jobs WHERE state = 'done' AND finished_at < :cutoff ORDER BY id LIMIT :limit"_s;
    case Kind::DeliveryLog:
        return u"SELECT id FROM outbound_deliveries WHERE created_at < :cutoff ORDER BY id LIMIT :limit"_s;
    }
    return {};
}

QString table(Kind kind)
{
    switch (kind) {
    case Kind::ResolvedAlerts:
        return u"rmm_alerts"_s;
    case Kind::FinishedJobs:
        return u"jobs"_s;
    case Kind::DeliveryLog:
        return u"outbound_deliveries"_s;
    }
    return {};
}
} // namespace

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::ResolvedAlerts:
        return u"resolved_alerts"_s;
    case Kind::FinishedJobs:
        return u"finished_jobs"_s;
    case Kind::DeliveryLog:
        return u"delivery_log"_s;
    }
    return {};
}

WriteResult deleteBatch(QSqlDatabase &db, Kind kind, qint64 cutoffMs, int limit)
{
    // Select first, then delete by id: the same statement works on SQLite and PostgreSQL (neither has a
    // portable DELETE ... LIMIT), and dependants are removed explicitly rather than trusting every
    // connection to have foreign keys switched on.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(selectIds(kind));
    select.bindValue(u":cutoff"_s, cutoffMs);
    select.bindValue(u":limit"_s, limit);
    if (!select.exec())
        return WriteResult::queryFailed(select);
    QStringList ids;
    while (select.next())
        ids.append(QString::number(select.value(0).toLongLong()));
    select.finish();
    if (ids.isEmpty())
        return WriteResult::success(0);
    const QString list = ids.join(u',');
    QSqlQuery q(db);
    if (kind == Kind::ResolvedAlerts &&
        !q.exec(u"DELETE FROM webhook_events WHERE alert_id IN (%1)"_s.arg(list)))
        return WriteResult::queryFailed(q);
    if (!q.exec(u"DELETE FROM %1 WHERE id IN (%2)"_s.arg(table(kind), list)))
        return WriteResult::queryFailed(q);
    return WriteResult::success(int(ids.size()));
}

} // namespace nestogy::RetentionPurge
