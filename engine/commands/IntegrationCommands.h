#pragma once

#include "Client.h"
#include "Integration.h"
#include "IntegrationDraftCheck.h"
#include "WriteResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace nestogy {

class ChangeNotifier;
class Clock;
class CredentialVault;
class Database;
class StorageWriter;

// Creates, changes, rotates the secrets of and deletes integrations the same way for the management API and
// the desktop: the same validation, secrets sealed by the vault before they reach the writer, one audit_log
// row per change in the same transaction, and after the commit the webhook cache and the desktop's models
// are told. Reads run on the calling thread's connection; writes go through the single StorageWriter.
class IntegrationCommands
{
public:
    struct Services
    {
        Database &database;
        StorageWriter &writer;
        const CredentialVault &vault;
        const Clock &clock;
        ChangeNotifier *changes = nullptr; // may be null (tests)
        // Drops the webhook path's cached copy of an integration; runs on the caller's context thread.
        std::function<void(const QString &uuid)> invalidate;
        qint64 secretGraceMs = 24 * 3600 * 1000; // how long a replaced secret stays valid
    };

    // How a command ended; delivered to `done` on the context object's thread.
    struct Outcome
    {
        enum class Status {
            Ok,
            Invalid,          // `field` and `message` say what is wrong; nothing was written
            NotFound,         // no such integration (or it was deleted before it could be read back)
            VaultUnavailable, // secrets cannot be sealed: `message` says why, `fix` how to fix it
            ReadFailed,       // a read needed before the write failed: `message`
            WriteFailed       // `write` is the writer's failure
        };
        Status status = Status::Ok;
        QString field;
        QString message;
        QString fix;
        WriteResult write;
        std::optional<Integration> integration; // Ok: as stored after the commit (not after remove)
        QByteArray secret;                      // rotateSecret: the new value, to show the admin once
        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Outcome &)>;

    explicit IntegrationCommands(Services services);

    // Everything wrong with a draft, by field; empty when it can be saved.
    IntegrationDraftCheck::Problems validate(const IntegrationDraftCheck::Draft &draft) const;

    // Each command calls `done` exactly once: right away when it is refused before writing, otherwise on
    // `context`'s thread after the commit (not at all if `context` is gone by then). `body` is the API's
    // JSON shape; `actor` goes to the audit log.
    void create(const QJsonObject &body, const QString &actor, QObject *context, Done done) const;
    void update(const QString &uuid, const QJsonObject &body, const QString &actor, QObject *context,
                Done done) const;
    void setActive(const QString &uuid, bool active, const QString &actor, QObject *context, Done done) const;
    // Replaces one generatable credential (WebhookAuthMethods::isGeneratable) with a new random value; the
    // old one stays valid for the grace period so the sender can be switched over.
    void rotateSecret(const QString &uuid, const QString &field, const QString &actor, QObject *context,
                      Done done) const;
    void remove(const QString &uuid, const QString &actor, QObject *context, Done done) const;

    std::optional<Integration> find(const QString &uuid, QString *error = nullptr) const;
    QList<Integration> list(QString *error = nullptr) const;
    QList<Client> clients(QString *error = nullptr) const;
    // A generic integration's auth_method credential (not a secret, but stored with them); "" if none.
    QString storedAuthMethod(const Integration &integration) const;

    // Where the integration's sender posts: `base` is the public URL of the listener.
    static QString webhookUrl(const QString &base, const Integration &integration);
    // A random URL-safe secret (256 bits) for a sender to present.
    static QByteArray generateSecret();

private:
    void submitUpdate(Integration current, const QJsonObject &body, const QString &actor, QObject *context,
                      Done done, const QByteArray &newSecret) const;
    // Seals each plaintext for the integration; on failure fills `failure` and returns false.
    bool seal(const QString &uuid, const QMap<QString, QByteArray> &plain, QMap<QString, QByteArray> *sealed,
              Outcome *failure) const;
    // Checks that client_id names a client; fills `failure` and returns false otherwise.
    bool clientExists(const Integration &integration, Outcome *failure) const;

    Services m_services;
};

} // namespace nestogy
