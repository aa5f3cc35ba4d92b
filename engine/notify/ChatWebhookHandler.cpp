#include "ChatWebhookHandler.h"

#include "CircuitBreaker.h"
#include "Database.h"
#include "StorageWriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QUrl>

namespace nestogy {

void ChatWebhookHandler::run(const Job &job, Done done)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT a.severity, a.alert_type, COALESCE(NULLIF(a.device_name, ''), a.device_id), a.message, "
        "i.uuid, i.settings, i.id, "
        "t.number, t.priority, (SELECT COUNT(*) FROM outbound_deliveries d WHERE d.job_id = ? AND "
        "d.kind = 'chat_webhook' AND d.status_code BETWEEN 200 AND 299) "
        "FROM rmm_alerts a JOIN integrations i ON i.id = a.integration_id "
        "LEFT JOIN tickets t ON t.id = a.ticket_id WHERE a.uuid = ?"));
    q.addBindValue(job.id);
    q.addBindValue(job.payload.value(u"alert_id").toString());
    if (!q.exec())
        return done(QStringLiteral("cannot read the alert: database unavailable"));
    if (!q.next() || q.value(9).toInt() > 0)
        return done({}); // alert gone, or an earlier attempt already delivered
    const QJsonObject settings = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    const QUrl url(settings.value(u"notify_webhook_url").toString());
    if (!url.isValid() || url.isEmpty())
        return done({}); // the integration no longer wants chat messages
    const QString integrationUuid = q.value(4).toString();
    const qint64 integrationId = q.value(6).toLongLong();
    const QString text =
        QStringLiteral("%1 Ticket #%2: %3 on %4 — %5")
            .arg(q.value(8).toString().isEmpty() ? QStringLiteral("[%1]").arg(q.value(0).toString())
                                                 : QStringLiteral("[%1]").arg(q.value(8).toString()),
                 q.value(7).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    q.finish();

    const auto breaker = m_breakers.breaker(integrationUuid);
    if (!breaker->allowRequest())
        return done(QStringLiteral("circuit open for this integration's outbound calls; will retry"));

    // One manager per call, on this worker's thread (it has an event loop); it goes when the reply is done.
    auto *nam = new QNetworkAccessManager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam->post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact));
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const qint64 jobId = job.id;
    StorageWriter &writer = m_writer;
    QObject::connect(reply, &QNetworkReply::finished, nam, [=, &writer] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        const QString error =
            ok ? QString()
               : QStringLiteral("chat webhook answered %1 %2").arg(status).arg(reply->errorString());
        if (ok)
            breaker->recordSuccess();
        else
            breaker->recordFailure();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        writer.submit(
            [=](QSqlDatabase &wdb) {
                QSqlQuery ins(wdb);
                ins.prepare(QStringLiteral(
                    "INSERT INTO outbound_deliveries (integration_id, job_id, kind, method, url, "
                    "status_code, error, duration_ms, created_at) "
                    "VALUES (?, ?, 'chat_webhook', 'POST', ?, ?, ?, ?, ?)"));
                ins.addBindValue(integrationId);
                ins.addBindValue(jobId);
                ins.addBindValue(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
                ins.addBindValue(status);
                ins.addBindValue(error);
                ins.addBindValue(now - started);
                ins.addBindValue(now);
                return ins.exec() ? WriteResult::success() : WriteResult::queryFailed(ins);
            },
            nam,
            [done, error, nam](const WriteResult &) {
                done(error);
                nam->deleteLater();
            });
        reply->deleteLater();
    });
}

} // namespace nestogy
