#pragma once

#include "ApiContext.h"
#include "Integration.h"
#include "IntegrationCommands.h"

#include <QJsonObject>

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/integrations: list, create, read, update and delete RMM integrations. Secrets go in through
// `credentials`, are sealed by the vault before they reach storage, and come back only as `credentials_set`.
// The writes are IntegrationCommands, the same the desktop runs; this class only speaks HTTP.
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
    // Built per request: the cache and the change notifier join the context after the routes exist.
    IntegrationCommands commands() const;
    // Answers a command that did not end well.
    static void sendFailure(const IntegrationCommands::Outcome &outcome, const QString &id,
                            const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
