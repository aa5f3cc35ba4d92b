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
    // One vault per process: the engine's. Its unlock results reach the desktop through this signal.
    connect(&engine, &Engine::vaultStatusChanged, this, &SettingsCommands::vaultStatusChanged);
}

SettingsCommands::~SettingsCommands() = default;

void SettingsCommands::unlockVault()
{
    QMetaObject::invokeMethod(&m_engine, &Engine::retryVaultUnlock, Qt::QueuedConnection);
}

bool SettingsCommands::vaultReady() const
{
    return m_engine.vault().isReady();
}

QString SettingsCommands::vaultProblem() const
{
    return vaultReady() ? QString() : m_engine.vault().unavailableReason();
}

std::optional<QJsonObject> SettingsCommands::read(const QString &section, QString *error) const
{
    QSqlDatabase db = m_engine.database()->connection();
    const auto stored = SettingsStore::read(db, section, error);
    if (!stored)
        return std::nullopt;
    return SettingsActions::publicView(section, *stored);
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
    const SettingsActions::Checked checked = SettingsActions::check(section, body, current, m_engine.vault());
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
                o.stored = SettingsActions::publicView(section, stored);
            }
            done(o);
        });
}

bool SettingsCommands::sendTestMail(const QString &to, QObject *context,
                                    std::function<void(const QString &failure)> done, QString *error) const
{
    QSqlDatabase db = m_engine.database()->connection();
    return SettingsActions::sendTestMail(db, m_engine.vault(), to, context, std::move(done), error);
}

void SettingsCommands::purgeNow(QObject *context, RetentionPurger::Done done) const
{
    m_engine.retention()->run(context, std::move(done));
}

} // namespace nestogy
