#include "HealthController.h"

#include "AdminTokens.h"
#include "Router.h"

namespace nestogy {

namespace {
bool hasAdminToken(const AdminTokens &tokens, const HttpRequest &req)
{
    const QByteArray auth = req.header("authorization").trimmed();
    return auth.size() > 7 && auth.left(7).toLower() == "bearer " &&
           !tokens.authenticate(auth.mid(7).trimmed()).isEmpty();
}
} // namespace

void HealthController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/healthz"), [this](const HttpRequest &req, const HttpResponder &resp) {
        QJsonObject body = m_status(hasAdminToken(m_tokens, req));
        body.insert(QStringLiteral("status"), QStringLiteral("ok"));
        resp.sendJson(200, body);
    });
    router.add("GET", QStringLiteral("/readyz"), [this](const HttpRequest &req, const HttpResponder &resp) {
        QJsonObject body = m_status(hasAdminToken(m_tokens, req));
        const bool ready = body.value(u"database").toObject().value(u"ok").toBool() &&
                           body.value(u"vault").toObject().value(u"ready").toBool();
        body.insert(QStringLiteral("status"), ready ? QStringLiteral("ready") : QStringLiteral("not ready"));
        resp.sendJson(ready ? 200 : 503, body);
    });
}

} // namespace nestogy
