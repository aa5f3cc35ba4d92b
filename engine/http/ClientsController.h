#pragma once

#include "ApiContext.h"
#include "Client.h"

#include <QJsonObject>

namespace nestogy {

class Router;
struct HttpRequest;
class HttpResponder;

// /api/clients: list, read and create the MSP's clients, so a headless install can be set up without the GUI.
class ClientsController
{
public:
    explicit ClientsController(ApiContext &context)
        : m_ctx(context)
    {}
    void registerRoutes(Router &router);
    static QJsonObject toJson(const Client &client);

private:
    void list(const HttpRequest &req, const HttpResponder &resp);
    void get(const HttpRequest &req, const HttpResponder &resp);
    void create(const HttpRequest &req, const HttpResponder &resp);

    ApiContext &m_ctx;
};

} // namespace nestogy
