#include "TicketsController.h"

#include "ActionOutcome.h"
#include "ApiSupport.h"
#include "Clock.h"
#include "Database.h"
#include "Router.h"
#include "TicketActions.h"
#include "TicketStore.h"

#include <QJsonArray>

namespace nestogy {

void TicketsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/tickets"), [this](const auto &q, const auto &r) { list(q, r); });
    router.add("GET", QStringLiteral("/api/tickets/{}"), [this](const auto &q, const auto &r) { get(q, r); });
    router.add("PATCH", QStringLiteral("/api/tickets/{}"),
               [this](const auto &q, const auto &r) { patch(q, r); });
}

void TicketsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    TicketStore::Filter f;
    const auto value = [&](const char *key) {
        return req.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
    };
    f.status = value("status");
    if (!f.status.isEmpty() && !TicketStore::statuses().contains(f.status))
        return api::sendInvalid(resp, QStringLiteral("status"),
                                QStringLiteral("one of %1").arg(TicketStore::statuses().join(u", ")));
    f.priority = value("priority");
    if (!f.priority.isEmpty() && !TicketStore::priorities().contains(f.priority))
        return api::sendInvalid(resp, QStringLiteral("priority"),
                                QStringLiteral("one of %1").arg(TicketStore::priorities().join(u", ")));
    for (const auto &[key, target] :
         {std::pair{"assignee", &f.assigneeId}, std::pair{"client", &f.clientId}}) {
        const QString text = value(key);
        if (text.isEmpty())
            continue;
        const auto id = api::parseId(text);
        if (!id)
            return api::sendInvalid(resp, QString::fromLatin1(key), QStringLiteral("must be an id"));
        *target = *id;
    }
    if (!api::readPaging(req, resp, &f.limit, &f.offset))
        return;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto page = TicketStore::list(db, f, &error);
    if (!page)
        return api::sendStorageUnavailable(resp, error);
    QJsonArray items;
    for (const QJsonObject &t : page->first)
        items.append(t);
    resp.sendJson(200,
                  QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), page->second}});
}

void TicketsController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const auto id = api::parseId(req.param(0));
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto ticket = id ? TicketStore::find(db, *id, true, &error) : std::nullopt;
    if (!error.isEmpty())
        return api::sendStorageUnavailable(resp, error);
    if (!ticket)
        return resp.sendError(404, QStringLiteral("ticket not found"),
                              {{QStringLiteral("id"), req.param(0)}});
    resp.sendJson(200, *ticket);
}

void TicketsController::patch(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const auto id = api::parseId(req.param(0));
    if (!id)
        return resp.sendError(404, QStringLiteral("ticket not found"),
                              {{QStringLiteral("id"), req.param(0)}});
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    if (const auto problem = TicketActions::checkPatch(*body))
        return api::sendInvalid(resp, problem->field, problem->message);
    auto work = [changes = *body, who = *actor, ticketId = *id, now = m_ctx.clock.nowMs()](QSqlDatabase &db) {
        return TicketActions::patch(db, ticketId, changes, who, now);
    };
    ActionOutcome::submit(m_ctx.writer, m_ctx.changes, work, m_ctx.replyContext,
                          [this, resp, ticketId = *id](const WriteResult &r) {
                              if (!r.ok())
                                  return api::sendWriteFailure(r, resp);
                              QSqlDatabase db = m_ctx.database.connection();
                              QString error;
                              const auto ticket = TicketStore::find(db, ticketId, true, &error);
                              if (!ticket)
                                  return resp.sendError(500, QStringLiteral("ticket could not be read back"));
                              resp.sendJson(200, *ticket);
                          });
}

} // namespace nestogy
