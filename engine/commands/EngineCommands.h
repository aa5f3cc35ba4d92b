#pragma once

#include "CredentialVault.h"
#include "DeviceSyncCommands.h"
#include "IntegrationCommands.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace nestogy {

class Engine;

// The commands of an Engine running in this process, for a caller on another thread (the desktop). Secrets
// are sealed with the engine's own vault; a change made here reaches the webhooks at once (the engine drops
// its cached integrations on every integrationsChanged).
class EngineCommands : public QObject
{
    Q_OBJECT
public:
    // Null, with *error set, while the engine has not opened its database yet.
    static std::unique_ptr<EngineCommands> create(Engine &engine, QString *error, QObject *parent = nullptr);
    ~EngineCommands() override;

    IntegrationCommands &integrations() { return *m_integrations; }
    // Inventory sync and connection tests.
    DeviceSyncCommands &sync() { return *m_sync; }
    // Base of the webhook URLs handed to senders: the configured public URL, else the listener's address
    // (this machine's name when it listens on every interface).
    QString webhookBase() const;

    bool vaultReady() const;
    QString vaultProblem() const;
    // Reads the master key again (say, after a keyring was started); answers with vaultStatusChanged().
    void unlockVault();

Q_SIGNALS:
    void vaultStatusChanged(bool ready, const QString &reason);

private:
    explicit EngineCommands(Engine &engine, QObject *parent);

    Engine &m_engine;
    std::unique_ptr<IntegrationCommands> m_integrations;
    std::unique_ptr<DeviceSyncCommands> m_sync;
};

} // namespace nestogy
