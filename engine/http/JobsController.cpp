#include "JobsController.h"

#include "ApiSupport.h"
#include "JobQueue.h"
#include "Router.h"

#include <QJsonArray>

#include <climits>
#include <tuple>

namespace nestogy {

void JobsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/jobs"), [this](const auto &q, const auto &r) { list(q, r); });
    router.add("POST", QStringLiteral("/api/jobs/{}/retry"),
               [this](const auto &q, const auto &r) { retry(q, r); });
    router.add("DELETE", QStringLiteral("/api/jobs/{}"),
               [this](const auto &q, const auto &r) { discard(q, r); });
}

QJsonObject JobsController::toJson(const Job &j)
{
    const auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("id"), j.id},
            {QStringLiteral("kind"), j.kind},
            {QStringLiteral("queue"), j.queue},
            {QStringLiteral("state"), j.state},
            {QStringLiteral("attempts"), j.attempts},
            {QStringLiteral("max_attempts"), j.maxAttempts},
            {QStringLiteral("run_at"), api::isoTime(j.runAtMs)},
            {QStringLiteral("last_error"), text(j.lastError)},
            {QStringLiteral("locked_by"), text(j.lockedBy)},
            {QStringLiteral("created_at"), api::isoTime(j.createdMs)},
            {QStringLiteral("updated_at"), api::isoTime(j.updatedMs)},
            {QStringLiteral("finished_at"), api::isoTime(j.finishedMs)},
            {QStringLiteral("payload"), j.payload}};
}

void JobsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const auto value = [&](const char *key) {
        return req.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
    };
    JobQueue::Filter f;
    f.state = value("state").toLower();
    static const QStringList states{QStringLiteral("queued"), QStringLiteral("running"),
                                    QStringLiteral("done"), QStringLiteral("failed"), QStringLiteral("dead")};
    if (!f.state.isEmpty() && !states.contains(f.state))
        return api::sendInvalid(resp, QStringLiteral("state"),
                                QStringLiteral("one of ") + states.join(QStringLiteral(", ")));
    f.queue = value("queue");
    f.kind = value("kind");
    if (!api::readPaging(req, resp, &f.limit, &f.offset))
        return;
    QString error;
    const auto page = m_queue.list(f, &error);
    if (!page)
        return api::sendStorageUnavailable(resp, error);
    QJsonArray items;
    for (const Job &j : page->items)
        items.append(toJson(j));
    resp.sendJson(200, QJsonObject{{QStringLiteral("items"), items},
                                   {QStringLiteral("total"), page->total},
                                   {QStringLiteral("limit"), f.limit},
                                   {QStringLiteral("offset"), f.offset}});
}

void JobsController::retry(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const auto id = api::parseId(req.param(0));
    if (!id)
        return resp.sendError(404, QStringLiteral("job not found"), {{QStringLiteral("id"), req.param(0)}});
    m_queue.retry(*id, m_ctx.replyContext, [this, resp, id = *id](const WriteResult &r) {
        if (!r.ok())
            return api::sendWriteFailure(r, resp);
        QString error;
        const auto job = m_queue.find(id, &error);
        if (!job)
            return resp.sendError(500, QStringLiteral("retried job could not be read back"),
                                  {{QStringLiteral("reason"), error}});
        resp.sendJson(200, toJson(*job));
    });
}

void JobsController::discard(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const auto id = api::parseId(req.param(0));
    if (!id)
        return resp.sendError(404, QStringLiteral("job not found"), {{QStringLiteral("id"), req.param(0)}});
    m_queue.discard(*id, m_ctx.replyContext, [resp](const WriteResult &r) {
        if (!r.ok())
            return api::sendWriteFailure(r, resp);
        resp.send(204, {}, QByteArrayLiteral("application/json"));
    });
}

} // namespace nestogy
