#include "ApiDeliveryLog.h"

#include "StatementCache.h"
#include "StorageWriter.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nestogy::ApiDeliveryLog {

RmmApiClient::ExchangeLog into(StorageWriter &writer, qint64 integrationId, qint64 jobId)
{
    return [&writer, integrationId, jobId](const RmmApiClient::Exchange &e) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        writer.submit(
            [e, integrationId, jobId, now](QSqlDatabase &db) {
                QSqlQuery &q = StatementCache::get(
                    db, u"INSERT INTO outbound_deliveries (integration_id, job_id, kind, method, url, "
                        "status_code, error, duration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
                q.addBindValue(integrationId > 0 ? QVariant(integrationId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
                q.addBindValue(jobId > 0 ? QVariant(jobId) : QVariant(QMetaType::fromType<qint64>()));
                q.addBindValue(QString::fromLatin1(Kind));
                q.addBindValue(e.method);
                q.addBindValue(e.url);
                q.addBindValue(e.status);
                q.addBindValue(e.error.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(e.error));
                q.addBindValue(e.durationMs);
                q.addBindValue(now);
                return q.exec() ? WriteResult::success() : WriteResult::queryFailed(q);
            },
            nullptr, nullptr);
    };
}

} // namespace nestogy::ApiDeliveryLog
