#pragma once

#include "ApiContext.h"

#include <QJsonObject>
#include <optional>

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/settings/{smtp,sla,notifications}: the installation's mail server (password sealed by the vault,
// write-only), SLA targets and business hours, and the client mail template. GET reads, PUT replaces the
// whole section after validating it (422 naming the field). POST /api/settings/smtp/test sends a test
// message.
class SettingsController
{
public:
    explicit SettingsController(ApiContext &context)
        : m_ctx(context)
    {}
    void registerRoutes(Router &router);

    // The smtp section as the API shows it (no password, only whether one is set).
    static QJsonObject publicSmtp(const QJsonObject &stored);

private:
    void get(const HttpRequest &req, const HttpResponder &resp);
    void put(const HttpRequest &req, const HttpResponder &resp);
    void testMail(const HttpRequest &req, const HttpResponder &resp);
    // The section to store, or nullopt after answering 422/503.
    std::optional<QJsonObject> validateSmtp(const QJsonObject &body, const QJsonObject &current,
                                            const HttpResponder &resp) const;
    static std::optional<QJsonObject> validateNotifications(const QJsonObject &body,
                                                            const HttpResponder &resp);
    static std::optional<QJsonObject> validateSla(const QJsonObject &body, const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
