#pragma once

#include "ApiContext.h"

#include <QJsonObject>

namespace nestogy {

class JobQueue;
class Router;
struct HttpRequest;
class HttpResponder;
struct Job;

// The admin's view of the durable jobs: GET /api/jobs (filtered, paged, newest first), and for dead letters
// POST /api/jobs/{id}/retry and DELETE /api/jobs/{id}.
class JobsController
{
public:
    JobsController(ApiContext &context, JobQueue &queue)
        : m_ctx(context)
        , m_queue(queue)
    {}
    void registerRoutes(Router &router);

    static QJsonObject toJson(const Job &job);

private:
    void list(const HttpRequest &req, const HttpResponder &resp);
    void retry(const HttpRequest &req, const HttpResponder &resp);
    void discard(const HttpRequest &req, const HttpResponder &resp);

    ApiContext &m_ctx;
    JobQueue &m_queue;
};

} // namespace nestogy
