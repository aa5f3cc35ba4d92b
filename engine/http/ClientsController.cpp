#include "ClientsController.h"

#include "ApiSupport.h"
#include "AuditLog.h"
#include "ClientStore.h"
#include "Clock.h"
#include "Database.h"
#include "Router.h"
#include "StorageWriter.h"

#include <QJsonArray>
#include <QTimeZone>

namespace nestogy {

void ClientsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/clients"), [this](const auto &q, const auto &r) { list(q, r); });
    router.add("POST", QStringLiteral("/api/clients"),
               [this](const auto &q, const auto &r) { create(q, r); });
    router.add("GET", QStringLiteral("/api/clients/{}"), [this](const auto &q, const auto &r) { get(q, r); });
}

QJsonObject ClientsController::toJson(const Client &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("email"), c.email.isEmpty() ? QJsonValue() : QJsonValue(c.email)},
            {QStringLiteral("notify_opt_in"), c.notifyOptIn},
            {QStringLiteral("timezone"), c.timezone.isEmpty() ? QJsonValue() : QJsonValue(c.timezone)},
            {QStringLiteral("created_at"), api::isoTime(c.createdMs)},
            {QStringLiteral("updated_at"), api::isoTime(c.updatedMs)}};
}

void ClientsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto all = ClientStore::list(db, &error);
    if (!error.isEmpty()) {
        api::sendStorageUnavailable(resp, error);
        return;
    }
    QJsonArray items;
    for (const Client &c : all)
        items.append(toJson(c));
    resp.sendJson(200,
                  QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}});
}

void ClientsController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const auto id = api::parseId(req.param(0));
    QSqlDatabase db = m_ctx.database.connection();
    const auto found = id ? ClientStore::find(db, *id) : std::nullopt;
    if (!found) {
        resp.sendError(404, QStringLiteral("client not found"), {{QStringLiteral("id"), req.param(0)}});
        return;
    }
    resp.sendJson(200, toJson(*found));
}

void ClientsController::create(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    Client c;
    const QJsonValue name = body->value(u"name");
    c.name = name.toString().trimmed();
    if (!name.isString() || c.name.isEmpty() || c.name.size() > 200)
        return api::sendInvalid(resp, QStringLiteral("name"),
                                QStringLiteral("required, 1 to 200 characters"));
    if (body->contains(u"email")) {
        const QJsonValue v = body->value(u"email");
        c.email = v.toString().trimmed();
        if (!(v.isNull() ||
              (v.isString() && (c.email.isEmpty() || (c.email.contains(u'@') && !c.email.contains(u' '))))))
            return api::sendInvalid(resp, QStringLiteral("email"),
                                    QStringLiteral("must be an email address"));
    }
    if (body->contains(u"notify_opt_in")) {
        if (!body->value(u"notify_opt_in").isBool())
            return api::sendInvalid(resp, QStringLiteral("notify_opt_in"),
                                    QStringLiteral("must be true or false"));
        c.notifyOptIn = body->value(u"notify_opt_in").toBool();
    }
    if (body->contains(u"timezone")) {
        c.timezone = body->value(u"timezone").toString();
        if (!c.timezone.isEmpty() && !QTimeZone(c.timezone.toUtf8()).isValid())
            return api::sendInvalid(resp, QStringLiteral("timezone"),
                                    QStringLiteral("must be an IANA time zone such as Europe/Berlin"));
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto work = [c, now, actor = *actor](QSqlDatabase &db) -> WriteResult {
        WriteResult r = ClientStore::insert(db, c, now);
        if (r.ok() && !AuditLog::record(db, actor, QStringLiteral("create"), QStringLiteral("client"),
                                        r.value.toString(), {{QStringLiteral("name"), c.name}}, now))
            return WriteResult::failure(WriteResult::Code::Unavailable,
                                        QStringLiteral("cannot write audit log"));
        return r;
    };
    m_ctx.writer.submit(work, m_ctx.replyContext, [this, resp](const WriteResult &r) {
        if (!r.ok())
            return api::sendWriteFailure(r, resp);
        QSqlDatabase db = m_ctx.database.connection();
        const auto stored = ClientStore::find(db, r.value.toLongLong());
        if (!stored)
            return resp.sendError(500, QStringLiteral("stored client could not be read back"));
        resp.sendJson(201, toJson(*stored));
    });
}

} // namespace nestogy
