#include "AlertsController.h"

#include "AlertStore.h"
#include "ApiSupport.h"
#include "Database.h"
#include "Router.h"

#include <QJsonArray>
#include <QUuid>

namespace nestogy {

void AlertsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/alerts"), [this](const auto &q, const auto &r) { list(q, r); });
    router.add("GET", QStringLiteral("/api/alerts/{}"), [this](const auto &q, const auto &r) { get(q, r); });
}

void AlertsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    AlertStore::Filter f;
    const auto value = [&](const char *key) {
        return req.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
    };
    f.integrationUuid = value("integration");
    if (!f.integrationUuid.isEmpty()) {
        const QUuid id = QUuid::fromString(f.integrationUuid);
        if (id.isNull())
            return api::sendInvalid(resp, QStringLiteral("integration"),
                                    QStringLiteral("must be an integration id"));
        f.integrationUuid = id.toString(QUuid::WithoutBraces);
    }
    f.status = value("status").toLower();
    if (!f.status.isEmpty() && f.status != u"open" && f.status != u"acknowledged" && f.status != u"resolved")
        return api::sendInvalid(resp, QStringLiteral("status"),
                                QStringLiteral("one of open, acknowledged, resolved"));
    f.severity = value("severity").toLower();
    if (!f.severity.isEmpty() && f.severity != u"urgent" && f.severity != u"high" &&
        f.severity != u"normal" && f.severity != u"low")
        return api::sendInvalid(resp, QStringLiteral("severity"),
                                QStringLiteral("one of urgent, high, normal, low"));
    f.client = value("client");
    f.text = value("q");
    if (!api::readPaging(req, resp, &f.limit, &f.offset))
        return;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto page = AlertStore::list(db, f, &error);
    if (!page)
        return api::sendStorageUnavailable(resp, error);
    QJsonArray items;
    for (const QJsonObject &o : page->items)
        items.append(o);
    resp.sendJson(200, QJsonObject{{QStringLiteral("items"), items},
                                   {QStringLiteral("total"), page->total},
                                   {QStringLiteral("limit"), f.limit},
                                   {QStringLiteral("offset"), f.offset}});
}

void AlertsController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const QUuid id = QUuid::fromString(req.param(0));
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto alert =
        id.isNull() ? std::nullopt : AlertStore::find(db, id.toString(QUuid::WithoutBraces), true, &error);
    if (!error.isEmpty())
        return api::sendStorageUnavailable(resp, error);
    if (!alert)
        return resp.sendError(404, QStringLiteral("alert not found"), {{QStringLiteral("id"), req.param(0)}});
    resp.sendJson(200, *alert);
}

} // namespace nestogy
