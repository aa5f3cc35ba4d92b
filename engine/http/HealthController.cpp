#include "HealthController.h"

#include "Router.h"

namespace nestogy {

void HealthController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/healthz"), [this](const HttpRequest &, const HttpResponder &resp) {
        QJsonObject body = m_status();
        body.insert(QStringLiteral("status"), QStringLiteral("ok"));
        resp.sendJson(200, body);
    });
    router.add("GET", QStringLiteral("/readyz"), [this](const HttpRequest &, const HttpResponder &resp) {
        QJsonObject body = m_status();
        const bool ready = body.value(u"database").toObject().value(u"ok").toBool() &&
                           body.value(u"vault").toObject().value(u"ready").toBool();
        body.insert(QStringLiteral("status"), ready ? QStringLiteral("ready") : QStringLiteral("not ready"));
        resp.sendJson(ready ? 200 : 503, body);
    });
}

} // namespace nestogy
