#pragma once

#include "ApiContext.h"
#include "Technician.h"

#include <QJsonObject>

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/technicians: list, read and create the people tickets are assigned to.
class TechniciansController
{
public:
    explicit TechniciansController(ApiContext &context)
        : m_ctx(context)
    {}
    void registerRoutes(Router &router);
    static QJsonObject toJson(const Technician &technician);

private:
    void list(const HttpRequest &req, const HttpResponder &resp);
    void get(const HttpRequest &req, const HttpResponder &resp);
    void create(const HttpRequest &req, const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
