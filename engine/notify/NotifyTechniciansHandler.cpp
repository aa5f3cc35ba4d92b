#include "NotifyTechniciansHandler.h"

#include "Database.h"
#include "MailDelivery.h"
#include "SmtpClient.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace nestogy {

namespace {
QString headline(const QString &reason)
{
    if (reason == u"urgent_ticket")
        return QStringLiteral("Urgent ticket");
    if (reason == u"sla_response_breach")
        return QStringLiteral("SLA breach (response)");
    if (reason == u"sla_resolution_breach")
        return QStringLiteral("SLA breach (resolution)");
    if (reason == u"sla_inactivity")
        return QStringLiteral("Ticket inactive");
    return QStringLiteral("Ticket notice");
}

QString utc(const QVariant &ms)
{
    return ms.isNull() ? QStringLiteral("-")
                       : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate) +
                             QStringLiteral(" UTC");
}

// Sends to each recipient in turn; the first failure ends the attempt (a retry skips who already got it).
void sendNext(std::shared_ptr<QStringList> left, const SmtpSettings &settings, const MailMessage &base,
              qint64 jobId, StorageWriter &writer, JobHandler::Done done)
{
    if (left->isEmpty())
        return done({});
    MailMessage mail = base;
    mail.to = left->takeFirst();
    MailDelivery::send(settings, mail, jobId, writer,
                       [left, settings, base, jobId, &writer, done](const QString &error) {
                           if (!error.isEmpty())
                               return done(error);
                           sendNext(left, settings, base, jobId, writer, done);
                       });
}
} // namespace

QStringList NotifyTechniciansHandler::recipients(QSqlDatabase &db, qint64 ticketId, const QString &reason,
                                                 QString *error)
{
    QStringList out;
    const auto add = [&](const QString &email) {
        if (!email.isEmpty() && !out.contains(email, Qt::CaseInsensitive))
            out.append(email);
    };
    QSqlQuery assignee(db);
    assignee.prepare(
        QStringLiteral("SELECT h.email FROM tickets t JOIN technicians h ON h.id = t.assignee_id "
                       "WHERE t.id = ? AND h.active = 1"));
    assignee.addBindValue(ticketId);
    if (!assignee.exec()) {
        *error = assignee.lastError().text();
        return {};
    }
    if (assignee.next())
        add(assignee.value(0).toString());
    if (reason == u"urgent_ticket" && !out.isEmpty())
        return out;
    QSqlQuery managers(db);
    if (!managers.exec(QStringLiteral("SELECT email FROM technicians WHERE role = 'manager' AND active = 1 "
                                      "AND email IS NOT NULL ORDER BY id"))) {
        *error = managers.lastError().text();
        return {};
    }
    while (managers.next())
        add(managers.value(0).toString());
    return out;
}

void NotifyTechniciansHandler::run(const Job &job, Done done)
{
    const qint64 ticketId = job.payload.value(u"ticket_id").toInteger();
    const QString reason = job.payload.value(u"reason").toString();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT t.number, t.subject, t.priority, t.status, t.response_due, t.resolution_due, "
                       "h.name, c.name FROM tickets t LEFT JOIN technicians h ON h.id = t.assignee_id "
                       "LEFT JOIN clients c ON c.id = t.client_id WHERE t.id = ?"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return done(QStringLiteral("cannot read the ticket: database unavailable"));
    if (!q.next())
        return done({}); // the ticket is gone: nobody to tell about it
    MailMessage mail;
    mail.subject = QStringLiteral("[Nestogy] %1: ticket #%2 %3")
                       .arg(headline(reason), q.value(0).toString(), q.value(1).toString());
    mail.body =
        QStringLiteral("%1\n\nTicket #%2: %3\nClient: %4\nPriority: %5\nStatus: %6\nAssignee: %7\n"
                       "Response due: %8\nResolution due: %9\n")
            .arg(job.payload.value(u"message").toString(), q.value(0).toString(), q.value(1).toString(),
                 q.value(7).toString().isEmpty() ? QStringLiteral("-") : q.value(7).toString(),
                 q.value(2).toString(), q.value(3).toString(),
                 q.value(6).toString().isEmpty() ? QStringLiteral("nobody") : q.value(6).toString(),
                 utc(q.value(4)), utc(q.value(5)));
    q.finish();
    QString error;
    auto left = std::make_shared<QStringList>(recipients(db, ticketId, reason, &error));
    if (!error.isEmpty())
        return done(QStringLiteral("cannot read the recipients: %1").arg(error));
    left->removeIf([&](const QString &to) { return MailDelivery::alreadyDelivered(db, job.id, to); });
    if (left->isEmpty())
        return done({}); // nobody with an address to tell, or all told by an earlier attempt
    const SmtpSettings settings = SmtpSettings::load(db, m_vault, &error);
    if (!error.isEmpty())
        return done(error);
    sendNext(left, settings, mail, job.id, m_writer, std::move(done));
}

} // namespace nestogy
