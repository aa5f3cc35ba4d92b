#include "NotifyClientHandler.h"

#include "Database.h"
#include "MailDelivery.h"
#include "MailTemplate.h"
#include "SettingsStore.h"
#include "SmtpClient.h"

#include <QDateTime>
#include <QSqlQuery>

namespace nestogy {

QString NotifyClientHandler::defaultSubject()
{
    return QStringLiteral("[{severity}] {alert_type} on {device}");
}

QString NotifyClientHandler::defaultBody()
{
    return QStringLiteral(
        "Hello {client},\n\nour monitoring reported an alert on {device}:\n\n  {message}\n\n"
        "Severity: {severity}\nTime: {time}\n{ticket}\n\n"
        "We are looking into it and will be in touch.\n");
}

QStringList NotifyClientHandler::placeholders()
{
    return {QStringLiteral("client"),   QStringLiteral("device"),     QStringLiteral("message"),
            QStringLiteral("severity"), QStringLiteral("alert_type"), QStringLiteral("time"),
            QStringLiteral("ticket")};
}

void NotifyClientHandler::run(const Job &job, Done done)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT a.severity, a.alert_type, a.device_name, a.message, a.occurred_at, c.email, "
                       "c.notify_opt_in, c.name, t.number, t.priority FROM rmm_alerts a "
                       "LEFT JOIN clients c ON c.id = a.client_id "
                       "LEFT JOIN tickets t ON t.id = a.ticket_id WHERE a.uuid = ?"));
    q.addBindValue(job.payload.value(u"alert_id").toString());
    if (!q.exec())
        return done(QStringLiteral("cannot read the alert: database unavailable"));
    if (!q.next())
        return done({}); // the alert is gone: nothing to tell anyone
    const QString email = q.value(5).toString();
    if (email.isEmpty() || q.value(6).toInt() == 0 || MailDelivery::alreadyDelivered(db, job.id, email))
        return done({}); // not opted in, no contact, or already sent by an earlier attempt
    const QHash<QString, QString> values{
        {QStringLiteral("severity"), q.value(0).toString()},
        {QStringLiteral("alert_type"), q.value(1).toString()},
        {QStringLiteral("device"), q.value(2).toString()},
        {QStringLiteral("message"), q.value(3).toString()},
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC).toString(Qt::ISODate) +
             QStringLiteral(" UTC")},
        {QStringLiteral("client"), q.value(7).toString()},
        {QStringLiteral("ticket"),
         q.value(8).isNull()
             ? QString()
             : QStringLiteral("Ticket #%1 (%2)").arg(q.value(8).toString(), q.value(9).toString())}};
    q.finish();
    QString error;
    const SmtpSettings settings = SmtpSettings::load(db, m_vault, &error);
    if (!error.isEmpty())
        return done(error);
    const QJsonObject templates =
        SettingsStore::read(db, QStringLiteral("notifications")).value_or(QJsonObject{});
    MailMessage mail;
    mail.to = email;
    mail.subject =
        MailTemplate::render(templates.value(u"client_subject_template").toString(defaultSubject()), values);
    mail.body =
        MailTemplate::render(templates.value(u"client_body_template").toString(defaultBody()), values);
    MailDelivery::send(settings, mail, job.id, m_writer, std::move(done));
}

} // namespace nestogy
