#include "SettingsActions.h"

#include "AuditLog.h"
#include "CredentialVault.h"
#include "MailTemplate.h"
#include "NotifyClientHandler.h"
#include "RetentionPolicy.h"
#include "SettingsStore.h"
#include "SlaPolicy.h"
#include "SmtpClient.h"
#include "SmtpSettings.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nestogy::SettingsActions {

namespace {
void unknownKeys(const QJsonObject &body, const QStringList &known, QList<Problem> &problems)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            problems.append({it.key(), u"unknown field (known: %1)"_s.arg(known.join(u", "))});
    }
}

Checked refused(QList<Problem> problems)
{
    Checked c;
    c.problems = std::move(problems);
    return c;
}

Checked accepted(const QJsonObject &value)
{
    Checked c;
    c.value = value;
    return c;
}
} // namespace

QStringList sections()
{
    return {u"smtp"_s, u"sla"_s, u"notifications"_s, u"retention"_s};
}

bool isMailAddress(const QString &text)
{
    static const QRegularExpression re(u"^[^@\\s<>]+@[^@\\s<>]+$"_s);
    return re.match(text).hasMatch();
}

QJsonObject publicSmtp(const QJsonObject &stored)
{
    QJsonObject out = stored;
    out.remove(u"password_sealed"_s);
    out.insert(u"password_set"_s, !stored.value(u"password_sealed").toString().isEmpty());
    // The environment wins over the stored section (see SmtpSettings::load); say so rather than mislead.
    out.insert(u"overridden_by_environment"_s, !qEnvironmentVariableIsEmpty("NESTOGY_SMTP_HOST"));
    return out;
}

Checked checkSmtp(const QJsonObject &body, const QJsonObject &current, const CredentialVault &vault)
{
    QList<Problem> problems;
    unknownKeys(body,
                {u"host"_s, u"port"_s, u"security"_s, u"username"_s, u"password"_s, u"from"_s, u"ca_file"_s},
                problems);
    QJsonObject out;
    const QString host = body.value(u"host").toString().trimmed();
    if (host.isEmpty() || host.contains(u' ') || host.size() > 253)
        problems.append({u"host"_s, u"required: the mail server's host name"_s});
    out.insert(u"host"_s, host);
    SmtpSettings::Security security = SmtpSettings::Security::StartTls;
    if (body.contains(u"security") &&
        !SmtpSettings::parseSecurity(body.value(u"security").toString(), &security))
        problems.append({u"security"_s, u"one of none, starttls, tls"_s});
    out.insert(u"security"_s, SmtpSettings::securityName(security));
    int port = SmtpSettings::defaultPort(security);
    if (body.contains(u"port")) {
        const double d = body.value(u"port").toDouble(-1);
        if (!body.value(u"port").isDouble() || d != double(int(d)) || d < 1 || d > 65535)
            problems.append({u"port"_s, u"must be a whole number from 1 to 65535"_s});
        else
            port = int(d);
    }
    out.insert(u"port"_s, port);
    const QString from = body.value(u"from").toString().trimmed();
    if (!isMailAddress(from))
        problems.append({u"from"_s, u"required: the sender's mail address"_s});
    out.insert(u"from"_s, from);
    const QString username = body.value(u"username").toString();
    if (!username.isEmpty())
        out.insert(u"username"_s, username);
    const QString caFile = body.value(u"ca_file").toString();
    if (!caFile.isEmpty()) {
        if (!QFileInfo(caFile).isReadable())
            problems.append({u"ca_file"_s, u"cannot read %1 (a PEM file of CA certificates)"_s.arg(caFile)});
        out.insert(u"ca_file"_s, caFile);
    }
    // The password is write-only: absent keeps the stored one, null clears it, text replaces it.
    const QJsonValue password = body.value(u"password");
    const bool newPassword = password.isString() && !password.toString().isEmpty();
    if (!password.isUndefined() && !password.isNull() && !newPassword)
        problems.append({u"password"_s, u"text to set it, or null to clear it"_s});
    if (!problems.isEmpty())
        return refused(problems);
    if (password.isUndefined() && current.contains(u"password_sealed"))
        out.insert(u"password_sealed"_s, current.value(u"password_sealed"));
    if (newPassword) {
        const auto sealed =
            vault.seal(QString::fromLatin1(SmtpSettings::VaultScope),
                       QString::fromLatin1(SmtpSettings::VaultField), password.toString().toUtf8());
        if (!sealed.ok()) {
            Checked c;
            c.vaultError = sealed.error;
            return c;
        }
        out.insert(u"password_sealed"_s, QString::fromLatin1(sealed.data));
    }
    return accepted(out);
}

QJsonObject publicView(const QString &section, const QJsonObject &stored)
{
    if (section == u"smtp")
        return publicSmtp(stored);
    if (section == u"retention") // never saved: the defaults in force
        return RetentionPolicy::fromJson(stored, nullptr).value_or(RetentionPolicy()).toJson();
    return stored;
}

Checked checkRetention(const QJsonObject &body)
{
    QList<QPair<QString, QString>> found;
    const auto policy = RetentionPolicy::fromJson(body, &found);
    if (policy)
        return accepted(policy->toJson());
    QList<Problem> problems;
    for (const auto &[field, message] : found)
        problems.append({field, message});
    return refused(problems);
}

Checked checkNotifications(const QJsonObject &body)
{
    const QStringList keys{u"client_subject_template"_s, u"client_body_template"_s};
    QList<Problem> problems;
    unknownKeys(body, keys, problems);
    for (const QString &key : keys) {
        if (!body.contains(key))
            continue;
        const QString text = body.value(key).toString();
        if (!body.value(key).isString() || text.trimmed().isEmpty() || text.size() > 20000) {
            problems.append({key, u"must be non-empty text"_s});
            continue;
        }
        if (key == u"client_subject_template" && (text.contains(u'\n') || text.contains(u'\r'))) {
            problems.append({key, u"must be one line"_s});
            continue;
        }
        const QStringList unknown =
            MailTemplate::unknownPlaceholders(text, NotifyClientHandler::placeholders());
        if (!unknown.isEmpty())
            problems.append({key, u"unknown placeholder {%1} (known: {%2})"_s.arg(
                                      unknown.first(), NotifyClientHandler::placeholders().join(u"}, {"))});
    }
    return problems.isEmpty() ? accepted(body) : refused(problems);
}

Checked checkSla(const QJsonObject &body)
{
    QString error;
    if (SlaPolicy::fromJson(body, &error))
        return accepted(body);
    // SlaPolicy says "field: reason".
    const qsizetype colon = error.indexOf(u':');
    return refused(
        {{colon > 0 ? error.left(colon) : u"sla"_s, colon > 0 ? error.mid(colon + 1).trimmed() : error}});
}

Checked check(const QString &section, const QJsonObject &body, const QJsonObject &current,
              const CredentialVault &vault)
{
    if (section == u"smtp")
        return checkSmtp(body, current, vault);
    if (section == u"sla")
        return checkSla(body);
    if (section == u"notifications")
        return checkNotifications(body);
    if (section == u"retention")
        return checkRetention(body);
    return refused({{u"section"_s, u"no such settings section (known: %1)"_s.arg(sections().join(u", "))}});
}

WriteResult save(QSqlDatabase &db, const QString &section, const QJsonObject &stored, const QString &who,
                 qint64 nowMs)
{
    QString error;
    if (!SettingsStore::write(db, section, stored, &error))
        return WriteResult::failure(WriteResult::Code::Unavailable, error);
    QJsonObject details = section == u"smtp" ? publicSmtp(stored) : stored;
    details.remove(u"overridden_by_environment"_s);
    if (!AuditLog::record(db, who, u"update"_s, u"settings"_s, section, details, nowMs))
        return WriteResult::failure(WriteResult::Code::Unavailable, u"cannot write audit log"_s);
    return WriteResult::success();
}

bool sendTestMail(QSqlDatabase &db, const CredentialVault &vault, const QString &to, QObject *context,
                  std::function<void(const QString &failure)> done, QString *error)
{
    QString loadError;
    const SmtpSettings settings = SmtpSettings::load(db, vault, &loadError);
    if (!loadError.isEmpty()) {
        *error = loadError;
        return false;
    }
    // A child of the context: it goes away with it, and its answer runs on the context's thread.
    auto *client = new SmtpClient(settings, context);
    QObject::connect(client, &SmtpClient::finished, client,
                     [client, done = std::move(done)](const QString &failure) {
                         client->deleteLater();
                         done(failure);
                     });
    client->send({to, u"Nestogy desk test message"_s,
                  u"This is a test message from Nestogy desk: mail settings work.\n"_s});
    return true;
}

} // namespace nestogy::SettingsActions
