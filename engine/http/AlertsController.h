#pragma once

#include "ApiContext.h"

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// GET /api/alerts (filtered, paged, newest first) and GET /api/alerts/{id} (with the raw payload).
class AlertsController
{
public:
    explicit AlertsController(ApiContext &context)
        : m_ctx(context)
    {}
    void registerRoutes(Router &router);

private:
    void list(const HttpRequest &req, const HttpResponder &resp);
    void get(const HttpRequest &req, const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
