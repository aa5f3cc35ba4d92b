#include "DeviceSyncCommands.h"

#include "ApiCredentials.h"
#include "AuditLog.h"
#include "ChangeNotifier.h"
#include "Clock.h"
#include "CredentialVault.h"
#include "Database.h"
#include "IntegrationStore.h"
#include "IntegrationValidator.h"
#include "RmmApiClients.h"
#include "StorageWriter.h"
#include "SyncRunStore.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

using Outcome = DeviceSyncCommands::Outcome;
using TestOutcome = DeviceSyncCommands::TestOutcome;

// The fields of a draft that matter to its API; the rest (name, rules, mappings) cannot make a test fail.
const QStringList &apiFields()
{
    static const QStringList fields{u"provider"_s, u"api_endpoint"_s, u"credentials"_s, u"settings"_s};
    return fields;
}

QString storedUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace

DeviceSyncCommands::DeviceSyncCommands(Services services)
    : m_services(services)
{}

std::optional<std::pair<QString, QString>> DeviceSyncCommands::unusable(const Integration &integration)
{
    const QStringList missing = RmmApiClients::missing(integration);
    if (missing.isEmpty())
        return std::nullopt;
    if (missing == QStringList{u"provider"_s})
        return std::pair{u"provider"_s,
                         u"provider %1 has no device API: nothing to sync or test (only webhooks)"_s.arg(
                             providers::toString(integration.provider))};
    return std::pair{missing.first(),
                     u"the API needs the endpoint and credentials; missing: %1"_s.arg(missing.join(u", "_s))};
}

std::optional<Integration> DeviceSyncCommands::find(const QString &uuid, QString *error) const
{
    const QString id = storedUuid(uuid);
    if (id.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_services.database.connection();
    return IntegrationStore::findByUuid(db, id, error);
}

std::optional<SyncRun> DeviceSyncCommands::latest(qint64 integrationId, QString *error) const
{
    QSqlDatabase db = m_services.database.connection();
    return SyncRunStore::latest(db, integrationId, error);
}

void DeviceSyncCommands::start(const QString &uuid, const QString &actor, QObject *context, Done done) const
{
    QString error;
    const auto integration = find(uuid, &error);
    if (!error.isEmpty())
        return done({Outcome::Status::Unavailable, {}, error, {}});
    if (!integration)
        return done({Outcome::Status::NotFound, {}, u"integration not found"_s, {}});
    if (const auto why = unusable(*integration))
        return done({Outcome::Status::Invalid, why->first, why->second, {}});
    const qint64 now = m_services.clock.nowMs();
    auto work = [id = integration->id, uuid = integration->uuid, actor, now](QSqlDatabase &db) {
        WriteResult r = SyncRunStore::request(db, id, uuid, actor, now);
        if (r.ok() && !AuditLog::record(db, actor, u"sync"_s, u"integration"_s, uuid,
                                        QJsonObject{{u"run_id"_s, r.value.toLongLong()}}, now))
            return WriteResult::failure(WriteResult::Code::Unavailable, u"cannot write audit log"_s);
        return r;
    };
    m_services.writer.submit(
        std::move(work), context,
        [services = m_services, integrationId = integration->id, done](const WriteResult &r) {
            QSqlDatabase db = services.database.connection();
            QString readError;
            Outcome o;
            o.run = SyncRunStore::latest(db, integrationId, &readError);
            if (r.code == WriteResult::Code::Conflict) {
                o.status = Outcome::Status::Conflict;
                o.message = r.error;
            } else if (!r.ok()) {
                o.status = Outcome::Status::Unavailable;
                o.message = r.error;
            } else if (!o.run) {
                o.status = Outcome::Status::Unavailable;
                o.message = readError.isEmpty() ? u"the new run cannot be read back"_s : readError;
            } else if (services.changes) {
                services.changes->notify(ChangeNotifier::Topic::Integrations, integrationId);
                services.changes->notify(ChangeNotifier::Topic::Jobs);
            }
            done(o);
        });
}

void DeviceSyncCommands::testConnection(const QString &uuid, QObject *context, TestDone done) const
{
    QString error;
    const auto integration = find(uuid, &error);
    if (!error.isEmpty())
        return done({TestOutcome::Status::Unavailable, {}, error, {}});
    if (!integration)
        return done({TestOutcome::Status::NotFound, {}, u"integration not found"_s, {}});
    if (const auto why = unusable(*integration))
        return done({TestOutcome::Status::Invalid, why->first, why->second, {}});
    QSqlDatabase db = m_services.database.connection();
    const auto credentials = ApiCredentials::open(db, m_services.vault, *integration, &error);
    if (!credentials)
        return done({TestOutcome::Status::Unavailable, {}, error, {}});
    test(*integration, *credentials, context, std::move(done));
}

void DeviceSyncCommands::testDraft(const IntegrationDraftCheck::Draft &draft, QObject *context,
                                   TestDone done) const
{
    QJsonObject body;
    for (const QString &key : apiFields()) {
        if (draft.body.contains(key))
            body.insert(key, draft.body.value(key));
    }
    Integration target = draft.current.value_or(Integration{});
    const auto applied = IntegrationValidator::apply(body, target, false);
    if (!applied.ok())
        return done({TestOutcome::Status::Invalid, applied.field, applied.message, {}});

    // Stored values stand in for credentials the editor left alone, while the provider is the stored one.
    QMap<QString, QByteArray> credentials;
    if (draft.current && draft.current->provider == target.provider) {
        QSqlDatabase db = m_services.database.connection();
        QString error;
        const auto stored = ApiCredentials::open(db, m_services.vault, *draft.current, &error);
        if (!stored)
            return done({TestOutcome::Status::Unavailable, {}, error, {}});
        credentials = *stored;
    }
    for (auto it = applied.secrets.cbegin(); it != applied.secrets.cend(); ++it)
        credentials.insert(it.key(), it.value());
    for (const QString &name : applied.removeSecrets)
        credentials.remove(name);
    target.credentialsSet = credentials.keys();
    if (const auto why = unusable(target))
        return done({TestOutcome::Status::Invalid, why->first, why->second, {}});
    test(target, credentials, context, std::move(done));
}

void DeviceSyncCommands::test(const Integration &integration, const QMap<QString, QByteArray> &credentials,
                              QObject *context, TestDone done) const
{
    ConnectionTest::run(integration, credentials, &m_services.writer, m_services.clock, context,
                        [done = std::move(done)](const ConnectionTest::Result &result) {
                            TestOutcome o;
                            o.result = result;
                            done(o);
                        });
}

} // namespace nestogy
