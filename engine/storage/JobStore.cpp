#include "JobStore.h"

#include "StatementCache.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlQuery>

namespace nestogy {

namespace {
QAtomicInt defaultMaxAttempts = 3;
} // namespace

void JobStore::setDefaultMaxAttempts(int attempts)
{
    defaultMaxAttempts.storeRelaxed(qMax(1, attempts));
}

WriteResult JobStore::enqueue(QSqlDatabase &db, const QString &kind, const QString &queue,
                              const QJsonObject &payload, qint64 runAtMs, qint64 nowMs, int maxAttempts)
{
    QSqlQuery &q = StatementCache::get(
        db, QStringLiteral("INSERT INTO jobs (kind, queue, payload, state, attempts, max_attempts, run_at, "
                           "created_at, updated_at) VALUES (?, ?, ?, 'queued', 0, ?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(queue);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(maxAttempts > 0 ? maxAttempts : defaultMaxAttempts.loadRelaxed());
    q.addBindValue(runAtMs);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    return WriteResult::success(q.lastInsertId());
}

WriteResult JobStore::finish(QSqlDatabase &db, qint64 jobId, const QString &workerId, qint64 nowMs)
{
    // The owner condition keeps a worker whose lease ran out from finishing someone else's attempt.
    QSqlQuery &q = StatementCache::get(
        db,
        QStringLiteral("UPDATE jobs SET state = 'done', finished_at = ?, updated_at = ?, locked_by = NULL, "
                       "locked_at = NULL WHERE id = ? AND state = 'running' AND locked_by = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(jobId);
    q.addBindValue(workerId);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    if (q.numRowsAffected() != 1)
        return WriteResult::failure(WriteResult::Code::Conflict,
                                    QStringLiteral("job %1 is no longer ours").arg(jobId));
    return WriteResult::success();
}

} // namespace nestogy
