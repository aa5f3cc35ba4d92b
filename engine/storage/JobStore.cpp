#include "JobStore.h"

#include "StatementCache.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace nestogy {

WriteResult JobStore::enqueue(QSqlDatabase &db, const QString &kind, const QString &queue,
                              const QJsonObject &payload, qint64 runAtMs, qint64 nowMs, int maxAttempts)
{
    QSqlQuery &q = StatementCache::get(
        db, QStringLiteral("INSERT INTO jobs (kind, queue, payload, state, attempts, max_attempts, run_at, "
                           "created_at, updated_at) VALUES (?, ?, ?, 'queued', 0, ?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(queue);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(maxAttempts);
    q.addBindValue(runAtMs);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    return WriteResult::success(q.lastInsertId());
}

} // namespace nestogy
