#pragma once

#include <QJsonObject>

#include <functional>

namespace nestogy {

class AdminTokens;
class Router;

// /healthz (is the process serving?) and /readyz (can it take webhooks: database and vault usable?). They
// need no token, for load balancers and monitors, and then show only counts; with the admin token they add
// the per-integration details (ids, names), which must not help an outsider find an unauthenticated endpoint.
class HealthController
{
public:
    using StatusFn = std::function<QJsonObject(bool detailed)>;
    HealthController(const AdminTokens &tokens, StatusFn status)
        : m_tokens(tokens)
        , m_status(std::move(status))
    {}
    void registerRoutes(Router &router);

private:
    const AdminTokens &m_tokens;
    StatusFn m_status;
};

} // namespace nestogy
