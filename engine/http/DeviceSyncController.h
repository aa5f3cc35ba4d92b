#pragma once

#include "ApiContext.h"
#include "DeviceSyncCommands.h"

#include <QJsonObject>

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// Inventory sync and connection tests of one integration:
//   POST /api/integrations/{id}/sync             202 with the new run; 409 while one is unfinished (with it);
//                                                422 naming what the integration lacks
//   GET  /api/integrations/{id}/sync             the latest run and its progress (404 before the first)
//   POST /api/integrations/{id}/test-connection  200 {ok, devices_seen, total} when the API answered, else
//                                                502 with the vendor's reason. An optional body (provider,
//                                                api_endpoint, credentials, settings) tests values not saved.
// The work is DeviceSyncCommands, the same the desktop runs; this class only speaks HTTP.
class DeviceSyncController
{
public:
    explicit DeviceSyncController(ApiContext &context)
        : m_ctx(context)
    {}

    void registerRoutes(Router &router);

    static QJsonObject toJson(const SyncRun &run, const QString &integrationUuid);

private:
    void start(const HttpRequest &req, const HttpResponder &resp);
    void latest(const HttpRequest &req, const HttpResponder &resp);
    void testConnection(const HttpRequest &req, const HttpResponder &resp);

    DeviceSyncCommands commands() const;

    ApiContext &m_ctx;
};

} // namespace nestogy
