#pragma once

#include "CredentialVault.h"
#include "RetentionPurger.h"
#include "SettingsActions.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace nestogy {

class Engine;

// The installation's settings sections for the desktop, through an Engine running in this process: reads on
// the calling thread's connection, saves through SettingsActions and the engine's single writer, and the test
// mail. The SMTP password is sealed with the engine's own vault.
class SettingsCommands : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Status {
            Ok,
            Invalid,          // `problems` name the fields; nothing was written
            VaultUnavailable, // the password cannot be sealed: `message` says why, `fix` how to fix it
            ReadFailed,       // the stored section could not be read: `message`
            WriteFailed       // the writer's failure: `message`
        };
        Status status = Status::Ok;
        QList<SettingsActions::Problem> problems;
        QString message;
        QString fix;
        QJsonObject stored; // Ok: the section as stored (smtp: SettingsActions::publicSmtp)
        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Outcome &)>;

    // Null, with *error set, while the engine has not opened its database yet.
    static std::unique_ptr<SettingsCommands> create(Engine &engine, QString *error,
                                                    QObject *parent = nullptr);
    ~SettingsCommands() override;

    // The stored section (smtp as SettingsActions::publicSmtp shows it); nullopt with *error if unreadable.
    std::optional<QJsonObject> read(const QString &section, QString *error) const;
    // Validates `body` (the API's shape) and stores it. `done` runs exactly once: right away when refused,
    // otherwise on `context`'s thread after the commit (not at all if `context` is gone by then).
    void save(const QString &section, const QJsonObject &body, const QString &actor, QObject *context,
              Done done) const;
    // Sends the test message with the stored mail settings; see SettingsActions::sendTestMail.
    bool sendTestMail(const QString &to, QObject *context, std::function<void(const QString &failure)> done,
                      QString *error) const;
    // Purges what the stored retention settings say is old enough, now; `done` runs once on `context`'s
    // thread with what was deleted (see RetentionPurger).
    void purgeNow(QObject *context, RetentionPurger::Done done) const;

    bool vaultReady() const;
    QString vaultProblem() const;
    // Reads the master key again (say, after a keyring was started); answers with vaultStatusChanged().
    void unlockVault();

Q_SIGNALS:
    void vaultStatusChanged(bool ready, const QString &reason);

private:
    explicit SettingsCommands(Engine &engine, QObject *parent);

    Engine &m_engine;
};

} // namespace nestogy
