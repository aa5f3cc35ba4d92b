#pragma once

#include "ApiContext.h"

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/settings/{smtp,sla,notifications}: the installation's mail server (password sealed by the vault,
// write-only), SLA targets and business hours, and the client mail template. GET reads, PUT replaces the
// whole section after validating it (422 naming the field). POST /api/settings/smtp/test sends a test
// message. Validation, storing and the test mail are SettingsActions, shared with the desktop.
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

    ApiContext &m_ctx;
};

} // namespace nestogy
