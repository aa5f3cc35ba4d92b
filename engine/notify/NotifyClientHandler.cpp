#include "NotifyClientHandler.h"

#include "Database.h"
#include "SmtpClient.h"
#include "StorageWriter.h"

#include <QDateTime>
#include <QSqlQuery>

namespace nestogy {

void NotifyClientHandler::run(const Job &job, Done done)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT a.severity, a.alert_type, a.device_name, a.message, a.occurred_at, c.email, "
                       "c.notify_opt_in, c.name, "
                       "t.number, t.priority, (SELECT COUNT(*) FROM outbound_deliveries d WHERE d.job_id = ? "
                       "AND d.kind = 'email' "
                       "AND d.status_code = 250) FROM rmm_alerts a LEFT JOIN clients c ON c.id = a.client_id "
                       "LEFT JOIN tickets t ON t.id = a.ticket_id WHERE a.uuid = ?"));
    q.addBindValue(job.id);
    q.addBindValue(job.payload.value(u"alert_id").toString());
    if (!q.exec())
        return done(QStringLiteral("cannot read the alert: database unavailable"));
    if (!q.next())
        return done({}); // the alert is gone: nothing to tell anyone
    const QString email = q.value(5).toString();
    if (email.isEmpty() || q.value(6).toInt() == 0 || q.value(10).toInt() > 0)
        return done({}); // not opted in, no contact, or already sent by an earlier attempt
    const SmtpSettings settings = SmtpSettings::fromEnvironment();
    if (!settings.isConfigured())
        return done(QStringLiteral("mail is not configured: set NESTOGY_SMTP_HOST and NESTOGY_SMTP_FROM"));

    MailMessage mail;
    mail.to = email;
    const QString ticket =
        q.value(8).isNull()
            ? QString()
            : QStringLiteral("Ticket #%1 (%2)").arg(q.value(8).toString(), q.value(9).toString());
    mail.subject = QStringLiteral("[%1] %2 on %3")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    mail.body =
        QStringLiteral("Hello %1,\n\nour monitoring reported an alert on %2:\n\n  %3\n\nSeverity: %4\nTime: "
                       "%5 UTC\n%6\n\n"
                       "We are looking into it and will be in touch.\n")
            .arg(q.value(7).toString(), q.value(2).toString(), q.value(3).toString(), q.value(0).toString(),
                 QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC).toString(Qt::ISODate),
                 ticket);
    q.finish();

    // Lives on this worker's thread (it has an event loop) until the server has answered.
    auto *client = new SmtpClient(settings);
    const qint64 jobId = job.id;
    const QString target = QStringLiteral("smtp://%1:%2/%3").arg(settings.host).arg(settings.port).arg(email);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    StorageWriter &writer = m_writer;
    QObject::connect(
        client, &SmtpClient::finished, client,
        [client, done, jobId, target, started, &writer](const QString &error) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // The delivery record commits before the job reports back, so a retry sees it and sends nothing.
            writer.submit(
                [jobId, target, error, started, now](QSqlDatabase &wdb) {
                    QSqlQuery ins(wdb);
                    ins.prepare(QStringLiteral(
                        "INSERT INTO outbound_deliveries (job_id, kind, method, url, status_code, "
                        "error, duration_ms, created_at) VALUES (?, 'email', 'SMTP', ?, ?, ?, ?, ?)"));
                    ins.addBindValue(jobId);
                    ins.addBindValue(target);
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
    client->send(mail);
}

} // namespace nestogy
