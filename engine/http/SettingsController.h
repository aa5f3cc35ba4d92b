#pragma once

#include "ApiContext.h"

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/settings/{smtp,sla,notifications,retention}: the installation's mail server (password sealed by the
// vault, write-only), SLA targets and business hours, the client mail template and how long finished records
// are kept. GET reads, PUT replaces the whole section after validating it (422 naming the field).
// POST /api/settings/smtp/test sends a test message; POST /api/settings/retention/purge purges now and
// answers with what was deleted. Validation, storing and the test mail are SettingsActions, shared with the
// desktop.
class SettingsController
{
public:
    explicit SettingsController(ApiContext &context)
        : m_ctx(context)
    {}
    void registerRoutes(Router &router);

private:
    void get(const HttpRequest &req, const HttpResponder &resp);
    void put(const HttpRequest &req, const HttpResponder &resp);
    void testMail(const HttpRequest &req, const HttpResponder &resp);
    void purge(const HttpRequest &req, const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
