#pragma once

#include "AlertActions.h"
#include "ApiContext.h"

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// GET /api/alerts (filtered, paged, newest first) and GET /api/alerts/{id} (with the raw payload); what a
// technician does with alerts (AlertActions, as in the desktop): POST /api/alerts/{id}/acknowledge, /resolve,
// /ticket, /snooze {"minutes": N}, and POST /api/alerts/bulk {"action", "ids": [...], "minutes"} for many.
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
    void act(AlertActions::Kind kind, const HttpRequest &req, const HttpResponder &resp);
    void bulk(const HttpRequest &req, const HttpResponder &resp);
    void answerAction(AlertActions::Kind kind, const QString &uuid, const WriteResult &result,
                      const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
