#pragma once

#include "ApiContext.h"

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/maintenance-windows: list, create and delete the windows during which alerts make no tickets.
class MaintenanceWindowsController
{
public:
    explicit MaintenanceWindowsController(ApiContext &context)
        : m_ctx(context)
    {}
    void registerRoutes(Router &router);

private:
    void list(const HttpRequest &req, const HttpResponder &resp);
    void create(const HttpRequest &req, const HttpResponder &resp);
    void remove(const HttpRequest &req, const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
