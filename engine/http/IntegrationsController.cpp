#include "IntegrationsController.h"

#include "ApiSupport.h"
#include "AuditLog.h"
#include "ClientStore.h"
#include "Clock.h"
#include "CredentialVault.h"
#include "Database.h"
#include "IntegrationCache.h"
#include "IntegrationStore.h"
#include "IntegrationValidator.h"
#include "MasterKeySource.h"
#include "Router.h"
#include "StorageWriter.h"

#include <QJsonArray>
#include <QUuid>

namespace nestogy {

namespace {
bool isUuid(const QString &s)
{
    return !QUuid::fromString(s).isNull();
}

QString normalizedUuid(const QString &s)
{
    return QUuid::fromString(s).toString(QUuid::WithoutBraces);
}
} // namespace

void IntegrationsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/integrations"),
               [this](const auto &q, const auto &r) { list(q, r); });
    router.add("POST", QStringLiteral("/api/integrations"),
               [this](const auto &q, const auto &r) { create(q, r); });
    router.add("GET", QStringLiteral("/api/integrations/{}"),
               [this](const auto &q, const auto &r) { get(q, r); });
    router.add("PUT", QStringLiteral("/api/integrations/{}"),
               [this](const auto &q, const auto &r) { update(q, r); });
    router.add("PATCH", QStringLiteral("/api/integrations/{}"),
               [this](const auto &q, const auto &r) { update(q, r); });
    router.add("DELETE", QStringLiteral("/api/integrations/{}"),
               [this](const auto &q, const auto &r) { remove(q, r); });
}

QJsonObject IntegrationsController::toJson(const Integration &i, const QString &webhookBase)
{
    return {
        {QStringLiteral("id"), i.uuid},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("provider"), providers::toString(i.provider)},
        {QStringLiteral("api_endpoint"), i.apiEndpoint},
        {QStringLiteral("client_id"), i.clientId ? QJsonValue(*i.clientId) : QJsonValue()},
        {QStringLiteral("credentials_set"), QJsonArray::fromStringList(i.credentialsSet)},
        {QStringLiteral("field_mappings"), i.fieldMappings},
        {QStringLiteral("alert_rules"), i.alertRules},
        {QStringLiteral("settings"), i.settings},
        {QStringLiteral("is_active"), i.active},
        {QStringLiteral("webhook_url"),
         QStringLiteral("%1/api/webhooks/%2/%3").arg(webhookBase, providers::toString(i.provider), i.uuid)},
        {QStringLiteral("last_sync"), api::isoTime(i.lastSyncMs)},
        {QStringLiteral("created_at"), api::isoTime(i.createdMs)},
        {QStringLiteral("updated_at"), api::isoTime(i.updatedMs)},
    };
}

QString IntegrationsController::webhookBase(const HttpRequest &req) const
{
    if (!m_ctx.publicUrl.isEmpty())
        return m_ctx.publicUrl;
    const QString host = QString::fromLatin1(req.header("host"));
    return QStringLiteral("http://") + (host.isEmpty() ? QStringLiteral("localhost") : host);
}

bool IntegrationsController::seal(const QString &uuid, const QMap<QString, QByteArray> &plain,
                                  QMap<QString, QByteArray> *sealed, const HttpResponder &resp) const
{
    for (auto it = plain.cbegin(); it != plain.cend(); ++it) {
        const auto r = m_ctx.vault.seal(uuid, it.key(), it.value());
        if (!r.ok()) {
            resp.sendError(
                503, QStringLiteral("cannot store credentials: the credential vault is unavailable"),
                {{QStringLiteral("reason"), r.error}, {QStringLiteral("fix"), MasterKeySource::remedy()}});
            return false;
        }
        sealed->insert(it.key(), r.data);
    }
    return true;
}

bool IntegrationsController::clientExists(const Integration &i, const HttpResponder &resp) const
{
    if (!i.clientId)
        return true;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    if (ClientStore::find(db, *i.clientId, &error))
        return true;
    if (!error.isEmpty())
        api::sendStorageUnavailable(resp, error);
    else
        api::sendInvalid(resp, QStringLiteral("client_id"),
                         QStringLiteral("no client with id %1").arg(*i.clientId));
    return false;
}

void IntegrationsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto all = IntegrationStore::list(db, &error);
    if (!error.isEmpty()) {
        api::sendStorageUnavailable(resp, error);
        return;
    }
    QJsonArray items;
    const QString base = webhookBase(req);
    for (const Integration &i : all)
        items.append(toJson(i, base));
    resp.sendJson(200,
                  QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}});
}

void IntegrationsController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const QString uuid = req.param(0);
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto found =
        isUuid(uuid) ? IntegrationStore::findByUuid(db, normalizedUuid(uuid), &error) : std::nullopt;
    if (!error.isEmpty()) {
        api::sendStorageUnavailable(resp, error);
        return;
    }
    if (!found) {
        resp.sendError(404, QStringLiteral("integration not found"), {{QStringLiteral("id"), uuid}});
        return;
    }
    resp.sendJson(200, toJson(*found, webhookBase(req)));
}

void IntegrationsController::create(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    Integration integration;
    integration.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto outcome = IntegrationValidator::apply(*body, integration, true);
    if (!outcome.ok()) {
        api::sendInvalid(resp, outcome.field, outcome.message);
        return;
    }
    if (!clientExists(integration, resp))
        return;
    QMap<QString, QByteArray> sealed;
    if (!seal(integration.uuid, outcome.secrets, &sealed, resp))
        return;
    const qint64 now = m_ctx.clock.nowMs();
    QJsonObject audit{{QStringLiteral("name"), integration.name},
                      {QStringLiteral("provider"), providers::toString(integration.provider)},
                      {QStringLiteral("credentials_set"), QJsonArray::fromStringList(sealed.keys())}};
    auto work = [integration, sealed, now, actor = *actor, audit](QSqlDatabase &db) -> WriteResult {
        WriteResult r = IntegrationStore::insert(db, integration, sealed, now);
        if (r.ok() && !AuditLog::record(db, actor, QStringLiteral("create"), QStringLiteral("integration"),
                                        integration.uuid, audit, now))
            return WriteResult::failure(WriteResult::Code::Unavailable,
                                        QStringLiteral("cannot write audit log"));
        return r;
    };
    const QString base = webhookBase(req);
    m_ctx.writer.submit(
        work, m_ctx.replyContext, [this, resp, uuid = integration.uuid, base](const WriteResult &r) {
            if (!r.ok()) {
                api::sendWriteFailure(r, resp);
                return;
            }
            QSqlDatabase db = m_ctx.database.connection();
            const auto stored = IntegrationStore::findByUuid(db, uuid);
            if (!stored) {
                resp.sendError(500, QStringLiteral("stored integration could not be read back"));
                return;
            }
            resp.sendJson(
                201, toJson(*stored, base),
                {{QByteArrayLiteral("Location"), QStringLiteral("/api/integrations/%1").arg(uuid).toUtf8()}});
        });
}

void IntegrationsController::update(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const QString uuid = req.param(0);
    QSqlDatabase db = m_ctx.database.connection();
    auto current = isUuid(uuid) ? IntegrationStore::findByUuid(db, normalizedUuid(uuid)) : std::nullopt;
    if (!current) {
        resp.sendError(404, QStringLiteral("integration not found"), {{QStringLiteral("id"), uuid}});
        return;
    }
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    Integration integration = *current;
    const auto outcome = IntegrationValidator::apply(*body, integration, false);
    if (!outcome.ok()) {
        api::sendInvalid(resp, outcome.field, outcome.message);
        return;
    }
    if (!clientExists(integration, resp))
        return;
    QMap<QString, QByteArray> sealed;
    if (!seal(integration.uuid, outcome.secrets, &sealed, resp))
        return;
    const qint64 now = m_ctx.clock.nowMs();
    QJsonObject audit{
        {QStringLiteral("changed"), QJsonArray::fromStringList(outcome.changed)},
        {QStringLiteral("credentials_replaced"), QJsonArray::fromStringList(sealed.keys())},
        {QStringLiteral("credentials_removed"), QJsonArray::fromStringList(outcome.removeSecrets)}};
    const qint64 grace = outcome.revokePrevious ? 0 : m_ctx.secretGraceMs;
    auto work = [integration, sealed, removed = outcome.removeSecrets, grace, now, actor = *actor,
                 audit](QSqlDatabase &db) -> WriteResult {
        WriteResult r = IntegrationStore::update(db, integration, sealed, removed, grace, now);
        if (r.ok() && !AuditLog::record(db, actor, QStringLiteral("update"), QStringLiteral("integration"),
                                        integration.uuid, audit, now))
            return WriteResult::failure(WriteResult::Code::Unavailable,
                                        QStringLiteral("cannot write audit log"));
        return r;
    };
    const QString base = webhookBase(req);
    m_ctx.writer.submit(
        work, m_ctx.replyContext, [this, resp, uuid = integration.uuid, base](const WriteResult &r) {
            if (m_ctx.integrationCache)
                m_ctx.integrationCache->invalidate(uuid);
            if (!r.ok()) {
                api::sendWriteFailure(r, resp);
                return;
            }
            QSqlDatabase db = m_ctx.database.connection();
            const auto stored = IntegrationStore::findByUuid(db, uuid);
            if (!stored) {
                resp.sendError(404, QStringLiteral("integration not found"), {{QStringLiteral("id"), uuid}});
                return;
            }
            resp.sendJson(200, toJson(*stored, base));
        });
}

void IntegrationsController::remove(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const QString uuid = req.param(0);
    if (!isUuid(uuid)) {
        resp.sendError(404, QStringLiteral("integration not found"), {{QStringLiteral("id"), uuid}});
        return;
    }
    const QString id = normalizedUuid(uuid);
    const qint64 now = m_ctx.clock.nowMs();
    auto work = [id, now, actor = *actor](QSqlDatabase &db) -> WriteResult {
        const auto existing = IntegrationStore::findByUuid(db, id);
        WriteResult r = IntegrationStore::remove(db, id);
        if (r.ok() &&
            !AuditLog::record(db, actor, QStringLiteral("delete"), QStringLiteral("integration"), id,
                              {{QStringLiteral("name"), existing ? existing->name : QString()}}, now))
            return WriteResult::failure(WriteResult::Code::Unavailable,
                                        QStringLiteral("cannot write audit log"));
        return r;
    };
    m_ctx.writer.submit(work, m_ctx.replyContext, [this, resp, id](const WriteResult &r) {
        if (m_ctx.integrationCache)
            m_ctx.integrationCache->invalidate(id);
        if (!r.ok())
            api::sendWriteFailure(r, resp);
        else
            resp.send(204, {}, QByteArrayLiteral("application/json"));
    });
}

} // namespace nestogy
