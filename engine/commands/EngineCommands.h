#pragma once

#include "CredentialVault.h"
#include "IntegrationCommands.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace nestogy {

class Engine;
class MasterKeySource;

// The commands of an Engine running in this process, for a caller on another thread (the desktop). The
// Engine keeps its vault to itself, so this one holds a vault unlocked from the same master key source
// (NESTOGY_MASTER_KEY or the engine's keychain entry; it never creates a key). Until the Engine exposes its
// webhook cache, a change made here reaches webhooks when their cached copy expires
// (IntegrationCache::TtlMs), as a change made by another process sharing the database does.
class EngineCommands : public QObject
{
    Q_OBJECT
public:
    // Null, with *error set, while the engine has not opened its database yet.
    static std::unique_ptr<EngineCommands> create(Engine &engine, QString *error, QObject *parent = nullptr);
    ~EngineCommands() override;

    IntegrationCommands &integrations() { return *m_integrations; }
    // Base of the webhook URLs handed to senders: the configured public URL, else the listener's address
    // (this machine's name when it listens on every interface).
    QString webhookBase() const;

    bool vaultReady() const { return m_vault.isReady(); }
    QString vaultProblem() const { return m_vault.isReady() ? QString() : m_vault.unavailableReason(); }
    // Reads the master key again (say, after a keyring was started); answers with vaultStatusChanged().
    void unlockVault();

Q_SIGNALS:
    void vaultStatusChanged(bool ready, const QString &reason);

private:
    explicit EngineCommands(Engine &engine, QObject *parent);

    Engine &m_engine;
    CredentialVault m_vault;
    std::unique_ptr<IntegrationCommands> m_integrations;
    QPointer<MasterKeySource> m_keySource;
};

} // namespace nestogy
