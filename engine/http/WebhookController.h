#pragma once

#include "ApiContext.h"
#include "IntegrationCache.h"
#include "RateLimiter.h"
#include "WebhookStats.h"

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// POST /api/webhooks/{provider}/{uuid}: the alert intake. Finds the integration, rate-limits, authenticates,
// parses, normalizes and hands the alert to the storage writer; answers 2xx only after the commit, and every
// refusal with the status that says why.
class WebhookController
{
public:
    WebhookController(ApiContext &context, IntegrationCache &cache);

    void registerRoutes(Router &router);
    const WebhookStats &stats() const { return m_stats; }
    quint64 rateLimited() const { return m_limiter.limitedCount(); }
    // Default requests/minute per integration and client IP (NESTOGY_RMM_RATE_LIMIT, else 1000).
    int defaultRateLimit() const { return m_defaultRateLimit; }

private:
    void receive(const HttpRequest &req, const HttpResponder &resp);
    void refuse(const HttpResponder &resp, const QString &uuid, int status, const QString &message,
                const QJsonObject &detail = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    ApiContext &m_ctx;
    IntegrationCache &m_cache;
    RateLimiter m_limiter;
    WebhookStats m_stats;
    int m_defaultRateLimit = 1000;
};

} // namespace nestogy
