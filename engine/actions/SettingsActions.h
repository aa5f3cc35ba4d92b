#pragma once

#include "WriteResult.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace nestogy {

class CredentialVault;

// The installation-wide settings sections (smtp, sla, notifications, retention) as the management API and the
// desktop both change them: the same validation, the SMTP password sealed by the vault before it reaches the
// writer, an audit row per change, and the same test mail. Validation names every problem at its field (the
// API answers with the first, an editor marks them all).
namespace SettingsActions {

QStringList sections();

struct Problem
{
    QString field; // as the API names it: "host", "port", "from", "ca_file", "password", "targets.High", ...
    QString message;
};

// What a section becomes when stored, or why it cannot be.
struct Checked
{
    std::optional<QJsonObject> value; // set when there is nothing to refuse
    QList<Problem> problems;          // refused: the request's own faults, in field order
    QString vaultError;               // refused: a password could not be sealed (the vault is locked)
    bool ok() const { return value.has_value(); }
};

// `body` is the API's JSON for the section. For smtp, `current` is the stored section: an absent password
// keeps the stored one, null clears it, text replaces it (sealed here, only when nothing else is wrong).
Checked checkSmtp(const QJsonObject &body, const QJsonObject &current, const CredentialVault &vault);
Checked checkSla(const QJsonObject &body);
Checked checkNotifications(const QJsonObject &body);
Checked checkRetention(const QJsonObject &body);
// One of the sections by name; an unknown section is a problem with field "section".
Checked check(const QString &section, const QJsonObject &body, const QJsonObject &current,
              const CredentialVault &vault);

// The smtp section as it may be shown: no sealed password, only whether one is set, and whether
// NESTOGY_SMTP_HOST in this process's environment overrides it (see SmtpSettings::load).
QJsonObject publicSmtp(const QJsonObject &stored);
// A section as it may be shown: smtp through publicSmtp, retention with the defaults for what was never set.
QJsonObject publicView(const QString &section, const QJsonObject &stored);
// A single mail address without display name or header tricks.
bool isMailAddress(const QString &text);

// Writer unit: replaces the section and records who did it (never the sealed password) in audit_log.
WriteResult save(QSqlDatabase &db, const QString &section, const QJsonObject &stored, const QString &who,
                 qint64 nowMs);

// Sends the test message to `to` with the mail settings in force (SmtpSettings::load). Returns false with
// *error when mail is not set up (nothing is sent); otherwise `done` runs once on `context`'s thread with
// "" when the server took the message, or what went wrong (the client gives up after 30 s).
bool sendTestMail(QSqlDatabase &db, const CredentialVault &vault, const QString &to, QObject *context,
                  std::function<void(const QString &failure)> done, QString *error);

} // namespace SettingsActions

} // namespace nestogy
