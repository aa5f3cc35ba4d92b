#include "IntegrationsController.h"

#include "ApiSupport.h"
#include "IntegrationCache.h"
#include "Router.h"

#include <QJsonArray>

namespace nestogy {

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
        {QStringLiteral("webhook_url"), IntegrationCommands::webhookUrl(webhookBase, i)},
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
    return (req.secure ? QStringLiteral("https://") : QStringLiteral("http://")) +
           (host.isEmpty() ? QStringLiteral("localhost") : host);
}

IntegrationCommands IntegrationsController::commands() const
{
    ApiContext *ctx = &m_ctx;
    auto invalidate = [ctx](const QString &uuid) {
        if (ctx->integrationCache)
            ctx->integrationCache->invalidate(uuid);
    };
    return IntegrationCommands({m_ctx.database, m_ctx.writer, m_ctx.vault, m_ctx.clock, m_ctx.changes,
                                invalidate, m_ctx.secretGraceMs});
}

void IntegrationsController::sendFailure(const IntegrationCommands::Outcome &o, const QString &id,
                                         const HttpResponder &resp)
{
    using Status = IntegrationCommands::Outcome::Status;
    switch (o.status) {
    case Status::Ok:
        resp.sendError(500, QStringLiteral("internal error: success reported as failure"));
        return;
    case Status::Invalid:
        api::sendInvalid(resp, o.field, o.message);
        return;
    case Status::NotFound:
        resp.sendError(404, QStringLiteral("integration not found"), {{QStringLiteral("id"), id}});
        return;
    case Status::VaultUnavailable:
        resp.sendError(503, QStringLiteral("cannot store credentials: the credential vault is unavailable"),
                       {{QStringLiteral("reason"), o.message}, {QStringLiteral("fix"), o.fix}});
        return;
    case Status::ReadFailed:
        api::sendStorageUnavailable(resp, o.message);
        return;
    case Status::WriteFailed:
        api::sendWriteFailure(o.write, resp);
        return;
    }
}

void IntegrationsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    QString error;
    const auto all = commands().list(&error);
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
    QString error;
    const auto found = commands().find(uuid, &error);
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
    commands().create(*body, *actor, m_ctx.replyContext, [resp, base = webhookBase(req)](const auto &o) {
        if (o.status == IntegrationCommands::Outcome::Status::NotFound) {
            resp.sendError(500, QStringLiteral("stored integration could not be read back"));
        } else if (!o.ok()) {
            sendFailure(o, {}, resp);
        } else {
            const QString uuid = o.integration->uuid;
            resp.sendJson(
                201, toJson(*o.integration, base),
                {{QByteArrayLiteral("Location"), QStringLiteral("/api/integrations/%1").arg(uuid).toUtf8()}});
        }
    });
}

void IntegrationsController::update(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const QString uuid = req.param(0);
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    commands().update(uuid, *body, *actor, m_ctx.replyContext,
                      [resp, uuid, base = webhookBase(req)](const auto &o) {
                          if (o.ok())
                              resp.sendJson(200, toJson(*o.integration, base));
                          else
                              sendFailure(o, uuid, resp);
                      });
}

void IntegrationsController::remove(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const QString uuid = req.param(0);
    commands().remove(uuid, *actor, m_ctx.replyContext, [resp, uuid](const auto &o) {
        if (o.ok())
            resp.send(204, {}, QByteArrayLiteral("application/json"));
        else
            sendFailure(o, uuid, resp);
    });
}

} // namespace nestogy
