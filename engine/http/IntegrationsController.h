#pragma once

#include "ApiContext.h"
#include "Integration.h"

#include <QJsonObject>

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/integrations: list, create, read, update and delete RMM integrations. Secrets go in through
// `credentials`, are sealed by the vault before they reach storage, and come back only as `credentials_set`.
class IntegrationsController
{
public:
    explicit IntegrationsController(ApiContext &context)
        : m_ctx(context)
    {}

    void registerRoutes(Router &router);

    // The API form of an integration (never with secrets).
    static QJsonObject toJson(const Integration &integration, const QString &webhookBase);

private:
    void list(const HttpRequest &req, const HttpResponder &resp);
    void create(const HttpRequest &req, const HttpResponder &resp);
    void get(const HttpRequest &req, const HttpResponder &resp);
    void update(const HttpRequest &req, const HttpResponder &resp);
    void remove(const HttpRequest &req, const HttpResponder &resp);

    QString webhookBase(const HttpRequest &req) const;
    // Seals `plain` for integration `uuid`; on failure answers 503 with how to fix the vault and returns
    // false.
    bool seal(const QString &uuid, const QMap<QString, QByteArray> &plain, QMap<QString, QByteArray> *sealed,
              const HttpResponder &resp) const;
    // Checks that client_id names a client; answers 422 if not.
    bool clientExists(const Integration &integration, const HttpResponder &resp) const;

    ApiContext &m_ctx;
};

} // namespace nestogy
