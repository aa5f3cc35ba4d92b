#include "SmtpSettings.h"

#include "CredentialVault.h"
#include "SettingsStore.h"

namespace nestogy {

QString SmtpSettings::securityName(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

bool SmtpSettings::parseSecurity(const QString &name, Security *out)
{
    for (Security s : {Security::None, Security::StartTls, Security::Tls}) {
        if (name.compare(securityName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

SmtpSettings SmtpSettings::fromEnvironment()
{
    SmtpSettings s;
    s.host = qEnvironmentVariable("NESTOGY_SMTP_HOST");
    if (!parseSecurity(qEnvironmentVariable("NESTOGY_SMTP_SECURITY", QStringLiteral("starttls")),
                       &s.security))
        s.security = Security::StartTls;
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("NESTOGY_SMTP_PORT", &ok);
    s.port = ok && port > 0 && port < 65536 ? quint16(port) : defaultPort(s.security);
    s.username = qEnvironmentVariable("NESTOGY_SMTP_USER");
    s.password = qEnvironmentVariable("NESTOGY_SMTP_PASSWORD");
    s.from = qEnvironmentVariable("NESTOGY_SMTP_FROM");
    s.caFile = qEnvironmentVariable("NESTOGY_SMTP_CA_FILE");
    return s;
}

SmtpSettings SmtpSettings::load(QSqlDatabase &db, const CredentialVault &vault, QString *error)
{
    if (!qEnvironmentVariableIsEmpty("NESTOGY_SMTP_HOST")) {
        SmtpSettings s = fromEnvironment();
        if (!s.isConfigured())
            *error = QStringLiteral(
                "mail is not configured: NESTOGY_SMTP_HOST is set but NESTOGY_SMTP_FROM is not");
        return s;
    }
    QString readError;
    const auto section = SettingsStore::read(db, QStringLiteral("smtp"), &readError);
    if (!section) {
        *error = QStringLiteral("cannot read the mail settings: %1").arg(readError);
        return {};
    }
    SmtpSettings s;
    s.host = section->value(u"host").toString();
    if (!parseSecurity(section->value(u"security").toString(), &s.security))
        s.security = Security::StartTls;
    const int port = section->value(u"port").toInt();
    s.port = port > 0 && port < 65536 ? quint16(port) : defaultPort(s.security);
    s.username = section->value(u"username").toString();
    s.from = section->value(u"from").toString();
    s.caFile = section->value(u"ca_file").toString();
    if (!s.isConfigured()) {
        *error = QStringLiteral(
            "mail is not configured: set the SMTP host and sender in Settings (PUT /api/settings/smtp) or "
            "NESTOGY_SMTP_HOST and NESTOGY_SMTP_FROM");
        return s;
    }
    const QString sealed = section->value(u"password_sealed").toString();
    if (!sealed.isEmpty()) {
        const auto opened =
            vault.open(QString::fromLatin1(VaultScope), QString::fromLatin1(VaultField), sealed.toLatin1());
        if (!opened.ok()) {
            *error = QStringLiteral("cannot open the SMTP password: %1").arg(opened.error);
            return {};
        }
        s.password = QString::fromUtf8(opened.data);
    }
    return s;
}

} // namespace nestogy
