#include "IntegrationCommands.h"

#include "AuditLog.h"
#include "ChangeNotifier.h"
#include "ClientStore.h"
#include "Clock.h"
#include "CredentialVault.h"
#include "Crypto.h"
#include "Database.h"
#include "IntegrationStore.h"
#include "IntegrationValidator.h"
#include "MasterKeySource.h"
#include "StorageWriter.h"
#include "WebhookAuthMethods.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

using Outcome = IntegrationCommands::Outcome;

Outcome failed(Outcome::Status status, const QString &field, const QString &message)
{
    Outcome o;
    o.status = status;
    o.field = field;
    o.message = message;
    return o;
}

Outcome notFound()
{
    return failed(Outcome::Status::NotFound, {}, u"integration not found"_s);
}

// The uuid in its stored form, or "" when `text` is not a uuid.
QString normalizedUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

WriteResult withAudit(WriteResult r, QSqlDatabase &db, const QString &actor, const QString &action,
                      const QString &uuid, const QJsonObject &details, qint64 now)
{
    if (r.ok() && !AuditLog::record(db, actor, action, u"integration"_s, uuid, details, now))
        return WriteResult::failure(WriteResult::Code::Unavailable, u"cannot write audit log"_s);
    return r;
}

// After a commit, on the caller's thread: the webhook cache and the desktop models hear of it first, then
// the caller gets the row as stored.
void finish(const IntegrationCommands::Services &services, const WriteResult &result, const QString &uuid,
            const IntegrationCommands::Done &done, const QByteArray &secret)
{
    if (services.invalidate)
        services.invalidate(uuid);
    if (!result.ok()) {
        Outcome o;
        o.status = Outcome::Status::WriteFailed;
        o.message = result.error;
        o.write = result;
        done(o);
        return;
    }
    if (services.changes)
        services.changes->notify(ChangeNotifier::Topic::Integrations, result.value.toLongLong());
    QSqlDatabase db = services.database.connection();
    QString error;
    Outcome o;
    o.integration = IntegrationStore::findByUuid(db, uuid, &error);
    if (!o.integration)
        o = error.isEmpty() ? notFound() : failed(Outcome::Status::ReadFailed, {}, error);
    o.secret = secret;
    done(o);
}

} // namespace

IntegrationCommands::IntegrationCommands(Services services)
    : m_services(std::move(services))
{}

IntegrationDraftCheck::Problems IntegrationCommands::validate(const IntegrationDraftCheck::Draft &draft) const
{
    QSqlDatabase db = m_services.database.connection();
    return IntegrationDraftCheck::check(draft, db);
}

bool IntegrationCommands::seal(const QString &uuid, const QMap<QString, QByteArray> &plain,
                               QMap<QString, QByteArray> *sealed, Outcome *failure) const
{
    for (auto it = plain.cbegin(); it != plain.cend(); ++it) {
        const auto r = m_services.vault.seal(uuid, it.key(), it.value());
        if (!r.ok()) {
            *failure = failed(Outcome::Status::VaultUnavailable, u"credentials"_s, r.error);
            failure->fix = MasterKeySource::remedy();
            return false;
        }
        sealed->insert(it.key(), r.data);
    }
    return true;
}

bool IntegrationCommands::clientExists(const Integration &integration, Outcome *failure) const
{
    if (!integration.clientId)
        return true;
    QSqlDatabase db = m_services.database.connection();
    QString error;
    if (ClientStore::find(db, *integration.clientId, &error))
        return true;
    *failure = error.isEmpty() ? failed(Outcome::Status::Invalid, u"client_id"_s,
                                        u"no client with id %1"_s.arg(*integration.clientId))
                               : failed(Outcome::Status::ReadFailed, {}, error);
    return false;
}

void IntegrationCommands::create(const QJsonObject &body, const QString &actor, QObject *context,
                                 Done done) const
{
    Integration integration;
    integration.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto outcome = IntegrationValidator::apply(body, integration, true);
    if (!outcome.ok())
        return done(failed(Outcome::Status::Invalid, outcome.field, outcome.message));
    Outcome failure;
    QMap<QString, QByteArray> sealed;
    if (!clientExists(integration, &failure) || !seal(integration.uuid, outcome.secrets, &sealed, &failure))
        return done(failure);
    const qint64 now = m_services.clock.nowMs();
    const QJsonObject audit{{u"name"_s, integration.name},
                            {u"provider"_s, providers::toString(integration.provider)},
                            {u"credentials_set"_s, QJsonArray::fromStringList(sealed.keys())}};
    auto work = [integration, sealed, now, actor, audit](QSqlDatabase &db) {
        return withAudit(IntegrationStore::insert(db, integration, sealed, now), db, actor, u"create"_s,
                         integration.uuid, audit, now);
    };
    // A new integration is in no cache yet: nothing to drop.
    Services services = m_services;
    services.invalidate = nullptr;
    m_services.writer.submit(work, context, [services, uuid = integration.uuid, done](const WriteResult &r) {
        finish(services, r, uuid, done, {});
    });
}

void IntegrationCommands::update(const QString &uuid, const QJsonObject &body, const QString &actor,
                                 QObject *context, Done done) const
{
    QString error;
    const auto current = find(uuid, &error);
    if (!current)
        return done(error.isEmpty() ? notFound() : failed(Outcome::Status::ReadFailed, {}, error));
    submitUpdate(*current, body, actor, context, std::move(done), {});
}

void IntegrationCommands::setActive(const QString &uuid, bool active, const QString &actor, QObject *context,
                                    Done done) const
{
    update(uuid, {{u"is_active"_s, active}}, actor, context, std::move(done));
}

void IntegrationCommands::rotateSecret(const QString &uuid, const QString &field, const QString &actor,
                                       QObject *context, Done done) const
{
    QString error;
    const auto current = find(uuid, &error);
    if (!current)
        return done(error.isEmpty() ? notFound() : failed(Outcome::Status::ReadFailed, {}, error));
    if (!WebhookAuthMethods::isGeneratable(current->provider, field))
        return done(failed(Outcome::Status::Invalid, u"credentials."_s + field,
                           u"not a secret we generate for provider %1; replace it with the value the "
                           "sender or vendor gives you"_s.arg(providers::toString(current->provider))));
    const QByteArray secret = generateSecret();
    submitUpdate(*current, {{u"credentials"_s, QJsonObject{{field, QString::fromLatin1(secret)}}}}, actor,
                 context, std::move(done), secret);
}

void IntegrationCommands::submitUpdate(Integration current, const QJsonObject &body, const QString &actor,
                                       QObject *context, Done done, const QByteArray &newSecret) const
{
    Integration integration = current;
    const auto outcome = IntegrationValidator::apply(body, integration, false);
    if (!outcome.ok())
        return done(failed(Outcome::Status::Invalid, outcome.field, outcome.message));
    Outcome failure;
    QMap<QString, QByteArray> sealed;
    if (!clientExists(integration, &failure) || !seal(integration.uuid, outcome.secrets, &sealed, &failure))
        return done(failure);
    const qint64 now = m_services.clock.nowMs();
    const QJsonObject audit{{u"changed"_s, QJsonArray::fromStringList(outcome.changed)},
                            {u"credentials_replaced"_s, QJsonArray::fromStringList(sealed.keys())},
                            {u"credentials_removed"_s, QJsonArray::fromStringList(outcome.removeSecrets)}};
    const qint64 grace = outcome.revokePrevious ? 0 : m_services.secretGraceMs;
    auto work = [integration, sealed, removed = outcome.removeSecrets, grace, now, actor,
                 audit](QSqlDatabase &db) {
        return withAudit(IntegrationStore::update(db, integration, sealed, removed, grace, now), db, actor,
                         u"update"_s, integration.uuid, audit, now);
    };
    m_services.writer.submit(work, context,
                             [services = m_services, uuid = integration.uuid, done, newSecret](
                                 const WriteResult &r) { finish(services, r, uuid, done, newSecret); });
}

void IntegrationCommands::remove(const QString &uuid, const QString &actor, QObject *context, Done done) const
{
    const QString id = normalizedUuid(uuid);
    if (id.isEmpty())
        return done(notFound());
    const qint64 now = m_services.clock.nowMs();
    auto work = [id, now, actor](QSqlDatabase &db) -> WriteResult {
        const auto existing = IntegrationStore::findByUuid(db, id);
        WriteResult r = IntegrationStore::remove(db, id);
        if (r.ok() && existing)
            r.value = existing->id; // the models drop the row by its id
        return withAudit(r, db, actor, u"delete"_s, id, {{u"name"_s, existing ? existing->name : QString()}},
                         now);
    };
    m_services.writer.submit(work, context, [services = m_services, id, done](const WriteResult &r) {
        if (services.invalidate)
            services.invalidate(id);
        if (!r.ok()) {
            Outcome o;
            o.status = r.code == WriteResult::Code::NotFound ? Outcome::Status::NotFound
                                                             : Outcome::Status::WriteFailed;
            o.message = r.error;
            o.write = r;
            return done(o);
        }
        if (services.changes)
            services.changes->notify(ChangeNotifier::Topic::Integrations, r.value.toLongLong());
        done(Outcome{});
    });
}

std::optional<Integration> IntegrationCommands::find(const QString &uuid, QString *error) const
{
    const QString id = normalizedUuid(uuid);
    if (id.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_services.database.connection();
    return IntegrationStore::findByUuid(db, id, error);
}

QList<Integration> IntegrationCommands::list(QString *error) const
{
    QSqlDatabase db = m_services.database.connection();
    return IntegrationStore::list(db, error);
}

QList<Client> IntegrationCommands::clients(QString *error) const
{
    QSqlDatabase db = m_services.database.connection();
    return ClientStore::list(db, error);
}

QString IntegrationCommands::storedAuthMethod(const Integration &integration) const
{
    if (!integration.credentialsSet.contains(u"auth_method"_s))
        return {};
    QSqlDatabase db = m_services.database.connection();
    const auto secrets = IntegrationStore::secrets(db, integration.id);
    for (const auto &s : secrets) {
        if (s.field == u"auth_method" && s.slot == u"current") {
            const auto opened = m_services.vault.open(integration.uuid, s.field, s.sealed);
            return opened.ok() ? QString::fromUtf8(opened.data) : QString();
        }
    }
    return {};
}

QString IntegrationCommands::webhookUrl(const QString &base, const Integration &integration)
{
    QString root = base;
    while (root.endsWith(u'/'))
        root.chop(1);
    return u"%1/api/webhooks/%2/%3"_s.arg(root, providers::toString(integration.provider), integration.uuid);
}

QByteArray IntegrationCommands::generateSecret()
{
    return crypto::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace nestogy
