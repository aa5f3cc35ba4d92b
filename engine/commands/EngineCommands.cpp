#include "EngineCommands.h"

#include "Database.h"
#include "Engine.h"
#include "MasterKeySource.h"
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
          *engine.database(), *engine.writer(), m_vault, engine.clock(), engine.changes(), {}}))
{
    unlockVault();
}

EngineCommands::~EngineCommands() = default;

void EngineCommands::unlockVault()
{
    if (m_keySource)
        return; // already asking
    auto *source = new MasterKeySource(this);
    m_keySource = source;
    if (!m_engine.config().keychainKeyName.isEmpty())
        source->setKeyName(m_engine.config().keychainKeyName);
    // The engine creates the key on first start; a second key made here would seal secrets it cannot open.
    source->setMayCreate(false);
    connect(source, &MasterKeySource::keyReady, this, [this, source](const QByteArray &key) {
        m_vault.setMasterKey(key);
        source->deleteLater();
        Q_EMIT vaultStatusChanged(true, {});
    });
    connect(source, &MasterKeySource::failed, this, [this, source](const QString &reason) {
        m_vault.setUnavailable(reason);
        source->deleteLater();
        Q_EMIT vaultStatusChanged(false, reason);
    });
    source->load();
}

QString EngineCommands::webhookBase() const
{
    const EngineConfig &config = m_engine.config();
    if (!config.publicUrl.isEmpty())
        return config.publicUrl;
    const QHostAddress address(config.listenHost);
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 || address == QHostAddress::Any)
        return u"http://%1:%2"_s.arg(QHostInfo::localHostName()).arg(m_engine.port());
    return config.listenUrl(m_engine.port());
}

} // namespace nestogy
