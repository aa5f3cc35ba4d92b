#include "MailDelivery.h"

#include "SmtpClient.h"
#include "StorageWriter.h"

#include <QDateTime>
#include <QSqlQuery>

namespace nestogy::MailDelivery {

QString target(const SmtpSettings &settings, const QString &recipient)
{
    return QStringLiteral("smtp://%1:%2/%3").arg(settings.host).arg(settings.port).arg(recipient);
}

bool alreadyDelivered(QSqlDatabase &db, qint64 jobId, const QString &recipient)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT url FROM outbound_deliveries WHERE job_id = ? AND kind = 'email' AND "
                             "status_code = 250"));
    q.addBindValue(jobId);
    if (!q.exec())
        return false;
    const QString suffix = u'/' + recipient;
    while (q.next()) {
        if (q.value(0).toString().endsWith(suffix))
            return true;
    }
    return false;
}

void send(const SmtpSettings &settings, const MailMessage &message, qint64 jobId, StorageWriter &writer,
          std::function<void(const QString &error)> done)
{
    // Lives on this worker's thread (it has an event loop) until the server has answered.
    auto *client = new SmtpClient(settings);
    const QString url = target(settings, message.to);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QObject::connect(
        client, &SmtpClient::finished, client,
        [client, done, jobId, url, started, &writer](const QString &error) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // The delivery record commits before the job reports back, so a retry sees it and sends nothing.
            writer.submit(
                [jobId, url, error, started, now](QSqlDatabase &wdb) {
                    QSqlQuery ins(wdb);
                    ins.prepare(QStringLiteral(
                        "INSERT INTO outbound_deliveries (job_id, kind, method, url, status_code, "
                        "error, duration_ms, created_at) VALUES (?, 'email', 'SMTP', ?, ?, ?, ?, ?)"));
                    ins.addBindValue(jobId);
                    ins.addBindValue(url);
                    ins.addBindValue(error.isEmpty() ? 250 : 0);
                    ins.addBindValue(error);
                    ins.addBindValue(now - started);
                    ins.addBindValue(now);
                    return ins.exec() ? WriteResult::success() : WriteResult::queryFailed(ins);
                },
                client,
                [client, done, error](const WriteResult &) {
                    done(error);
                    client->deleteLater();
                });
        });
    client->send(message);
}

} // namespace nestogy::MailDelivery
