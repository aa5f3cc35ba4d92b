#include "SettingsCommands.h"

#include "Clock.h"
#include "Database.h"
#include "Engine.h"
#include "MasterKeySource.h"
#include "SettingsStore.h"
#include "StorageWriter.h"

using namespace Qt::StringLiterals;

namespace nestogy {

std::unique_ptr<SettingsCommands> SettingsCommands::create(Engine &engine, QString *error, QObject *parent)
{
    if (!engine.database() || !engine.writer()) {
        if (error)
            *error = u"the engine has not opened its database yet"_s;
        return nullptr;
    }
    return std::unique_ptr<SettingsCommands>(new SettingsCommands(engine, parent));
}

SettingsCommands::SettingsCommands(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    unlockVault();
}

SettingsCommands::~SettingsCommands() = default;

void SettingsCommands::unlockVault()
{
    if (m_keySource)
        return; // already asking
    auto *source = new MasterKeySource(this);
    m_keySource = source;
    if (!m_engine.config().keychainKeyName.isEmpty())
        source->setKeyName(m_engine.config().keychainKeyName);
    // The engine creates the key on first start; a second key made here would seal what it cannot open.
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

std::optional<QJsonObject> SettingsCommands::read(const QString &section, QString *error) const
{
    QSqlDatabase db = m_engine.database()->connection();
    const auto stored = SettingsStore::read(db, section, error);
    if (!stored)
        return std::nullopt;
    return section == u"smtp" ? SettingsActions::publicSmtp(*stored) : *stored;
}

void SettingsCommands::save(const QString &section, const QJsonObject &body, const QString &actor,
                            QObject *context, Done done) const
{
    Outcome outcome;
    QJsonObject current;
    if (section == u"smtp") {
        QString error;
        QSqlDatabase db = m_engine.database()->connection();
        const auto stored = SettingsStore::read(db, section, &error);
        if (!stored) {
            outcome.status = Outcome::Status::ReadFailed;
            outcome.message = error;
            return done(outcome);
        }
        current = *stored;
    }
    const SettingsActions::Checked checked = SettingsActions::check(section, body, current, m_vault);
    if (!checked.problems.isEmpty()) {
        outcome.status = Outcome::Status::Invalid;
        outcome.problems = checked.problems;
        return done(outcome);
    }
    if (!checked.ok()) {
        outcome.status = Outcome::Status::VaultUnavailable;
        outcome.message = checked.vaultError;
        outcome.fix = MasterKeySource::remedy();
        return done(outcome);
    }
    const QJsonObject stored = *checked.value;
    const qint64 now = m_engine.clock().nowMs();
    m_engine.writer()->submit(
        [section, stored, actor, now](QSqlDatabase &db) {
            return SettingsActions::save(db, section, stored, actor, now);
        },
        context,
        [section, stored, done = std::move(done)](const WriteResult &r) {
            Outcome o;
            if (!r.ok()) {
                o.status = Outcome::Status::WriteFailed;
                o.message = r.error;
            } else {
                o.stored = section == u"smtp" ? SettingsActions::publicSmtp(stored) : stored;
            }
            done(o);
        });
}

bool SettingsCommands::sendTestMail(const QString &to, QObject *context,
                                    std::function<void(const QString &failure)> done, QString *error) const
{
    QSqlDatabase db = m_engine.database()->connection();
    return SettingsActions::sendTestMail(db, m_vault, to, context, std::move(done), error);
}

} // namespace nestogy
