#include "EngineCommands.h"

#include "Database.h"
#include "Engine.h"
#include "StorageWriter.h"

#include <QHostAddress>
#include <QHostInfo>

using namespace Qt::StringLiterals;

namespace nestogy {

std::unique_ptr<EngineCommands> EngineCommands::create(Engine &engine, QString *error, QObject *parent)
{
    if (!engine.database() || !engine.writer()) {
        if (error)
            *error = u"the engine has not opened its database yet"_s;
        return nullptr;
    }
    return std::unique_ptr<EngineCommands>(new EngineCommands(engine, parent));
}

EngineCommands::EngineCommands(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_integrations(std::make_unique<IntegrationCommands>(IntegrationCommands::Services{
          *engine.database(), *engine.writer(), m_engine.vault(), engine.clock(), engine.changes(), {}}))
    , m_sync(std::make_unique<DeviceSyncCommands>(DeviceSyncCommands::Services{
          *engine.database(), *engine.writer(), m_engine.vault(), engine.clock(), engine.changes()}))
{
    // One vault per process: the engine's. Its unlock results reach the desktop through this signal.
    connect(&engine, &Engine::vaultStatusChanged, this, &EngineCommands::vaultStatusChanged);
}

EngineCommands::~EngineCommands() = default;

void EngineCommands::unlockVault()
{
    QMetaObject::invokeMethod(&m_engine, &Engine::retryVaultUnlock, Qt::QueuedConnection);
}

bool EngineCommands::vaultReady() const
{
    return m_engine.vault().isReady();
}

QString EngineCommands::vaultProblem() const
{
    return vaultReady() ? QString() : m_engine.vault().unavailableReason();
}

QString EngineCommands::webhookBase() const
{
    const EngineConfig &config = m_engine.config();
    if (!config.publicUrl.isEmpty())
        return config.publicUrl;
    const QHostAddress address(config.listenHost);
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 || address == QHostAddress::Any)
        return u"%1://%2:%3"_s.arg(config.scheme(), QHostInfo::localHostName()).arg(m_engine.port());
    return config.listenUrl(m_engine.port());
}

} // namespace nestogy
