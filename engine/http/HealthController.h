#pragma once

#include <QJsonObject>

#include <functional>

namespace nestogy {

class Router;

// /healthz (is the process serving?) and /readyz (can it take webhooks: database and vault usable?). No auth:
// load balancers and monitors call them; they reveal no secrets.
class HealthController
{
public:
    using StatusFn = std::function<QJsonObject()>;
    explicit HealthController(StatusFn status)
        : m_status(std::move(status))
    {}
    void registerRoutes(Router &router);

private:
    StatusFn m_status;
};

} // namespace nestogy
