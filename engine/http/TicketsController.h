#pragma once

#include "ApiContext.h"

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/tickets: list with filters, one ticket with its event history, and PATCH for the changes a technician
// makes (status, assignee, priority, note; TicketActions, as in the desktop). Every PATCH is a "human touch":
// the ticket no longer closes by itself when the source reports the alert resolved.
class TicketsController
{
public:
    explicit TicketsController(ApiContext &context)
        : m_ctx(context)
    {}
    void registerRoutes(Router &router);

private:
    void list(const HttpRequest &req, const HttpResponder &resp);
    void get(const HttpRequest &req, const HttpResponder &resp);
    void patch(const HttpRequest &req, const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
