#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace nestogy {

class CredentialVault;

// Where and how mail is sent. Kept in the settings section "smtp" (the password sealed by the vault) so every
// process sharing the database sends the same way; NESTOGY_SMTP_HOST in the environment replaces the whole
// section with NESTOGY_SMTP_{HOST,PORT,SECURITY,USER,PASSWORD,FROM,CA_FILE} (for headless installs).
struct SmtpSettings
{
    QString host;
    quint16 port = 25;
    enum class Security { None, StartTls, Tls } security = Security::StartTls;
    QString username;
    QString password;
    QString from;
    QString caFile; // extra CA certificates (PEM) to trust besides the system's, e.g. a company CA

    bool isConfigured() const { return !host.isEmpty() && !from.isEmpty(); }

    static SmtpSettings fromEnvironment();
    // The environment when it names a host, else the stored section with its password opened by the vault.
    // *error says why mail cannot be sent (nothing configured, vault locked); the result is then unusable.
    static SmtpSettings load(QSqlDatabase &db, const CredentialVault &vault, QString *error);

    static QString securityName(Security security);
    static bool parseSecurity(const QString &name, Security *out);
    static quint16 defaultPort(Security security) { return security == Security::Tls ? 465 : 587; }

    // The vault's associated data for the sealed password: bound to this use, not movable to an integration.
    static constexpr auto VaultScope = "settings";
    static constexpr auto VaultField = "smtp.password";
};

} // namespace nestogy
