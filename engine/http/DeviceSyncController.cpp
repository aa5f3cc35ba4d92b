#include "DeviceSyncController.h"

#include "ApiSupport.h"
#include "Router.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

QJsonValue count(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

void sendNotFound(const HttpResponder &resp, const QString &uuid)
{
    resp.sendError(404, u"integration not found"_s, {{u"id"_s, uuid}});
}

} // namespace

void DeviceSyncController::registerRoutes(Router &router)
{
    router.add("POST", u"/api/integrations/{}/sync"_s, [this](const auto &q, const auto &r) { start(q, r); });
    router.add("GET", u"/api/integrations/{}/sync"_s, [this](const auto &q, const auto &r) { latest(q, r); });
    router.add("POST", u"/api/integrations/{}/test-connection"_s,
               [this](const auto &q, const auto &r) { testConnection(q, r); });
}

DeviceSyncCommands DeviceSyncController::commands() const
{
    return DeviceSyncCommands({m_ctx.database, m_ctx.writer, m_ctx.vault, m_ctx.clock, m_ctx.changes});
}

QJsonObject DeviceSyncController::toJson(const SyncRun &run, const QString &integrationUuid)
{
    return {
        {u"id"_s, run.id},
        {u"integration_id"_s, integrationUuid},
        {u"job_id"_s, run.jobId > 0 ? QJsonValue(run.jobId) : QJsonValue(QJsonValue::Null)},
        {u"state"_s, SyncRun::stateName(run.state)},
        {u"requested_by"_s, run.requestedBy},
        {u"attempt"_s, run.attempt},
        {u"pages"_s, run.pages},
        {u"fetched"_s, double(run.fetched)},
        {u"total"_s, count(run.total)},
        {u"inserted"_s, run.inserted},
        {u"updated"_s, run.updated},
        {u"marked_stale"_s, run.markedStale},
        {u"error"_s, run.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run.error)},
        {u"created_at"_s, api::isoTime(run.createdMs)},
        {u"started_at"_s, api::isoTime(run.startedMs)},
        {u"finished_at"_s, api::isoTime(run.finishedMs)},
        {u"updated_at"_s, api::isoTime(run.updatedMs)},
    };
}

void DeviceSyncController::start(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const QString uuid = req.param(0);
    commands().start(uuid, *actor, m_ctx.replyContext, [resp, uuid](const DeviceSyncCommands::Outcome &o) {
        using Status = DeviceSyncCommands::Outcome::Status;
        switch (o.status) {
        case Status::Ok:
            resp.sendJson(
                202, toJson(*o.run, uuid),
                {{QByteArrayLiteral("Location"), u"/api/integrations/%1/sync"_s.arg(uuid).toUtf8()}});
            return;
        case Status::NotFound:
            sendNotFound(resp, uuid);
            return;
        case Status::Invalid:
            api::sendInvalid(resp, o.field, o.message);
            return;
        case Status::Conflict:
            // The unfinished run beside the error, where a client looks for a run.
            resp.sendJson(409,
                          QJsonObject{{u"error"_s, o.message},
                                      {u"run"_s, o.run ? QJsonValue(toJson(*o.run, uuid)) : QJsonValue()}});
            return;
        case Status::Unavailable:
            api::sendStorageUnavailable(resp, o.message);
            return;
        }
    });
}

void DeviceSyncController::latest(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const QString uuid = req.param(0);
    const DeviceSyncCommands sync = commands();
    QString error;
    const auto integration = sync.find(uuid, &error);
    if (error.isEmpty() && integration) {
        const auto run = sync.latest(integration->id, &error);
        if (error.isEmpty()) {
            if (run)
                resp.sendJson(200, toJson(*run, integration->uuid));
            else
                resp.sendError(404, u"this integration has not been synced yet"_s, {{u"id"_s, uuid}});
            return;
        }
    }
    if (!error.isEmpty())
        api::sendStorageUnavailable(resp, error);
    else
        sendNotFound(resp, uuid);
}

void DeviceSyncController::testConnection(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const QString uuid = req.param(0);
    const auto answer = [resp, uuid](const DeviceSyncCommands::TestOutcome &o) {
        using Status = DeviceSyncCommands::TestOutcome::Status;
        switch (o.status) {
        case Status::Ok:
            if (o.result.ok)
                resp.sendJson(200, QJsonObject{{u"ok"_s, true},
                                               {u"devices_seen"_s, o.result.devicesSeen},
                                               {u"total"_s, count(o.result.total)}});
            else
                resp.sendJson(502, QJsonObject{{u"ok"_s, false}, {u"error"_s, o.result.error}});
            return;
        case Status::NotFound:
            sendNotFound(resp, uuid);
            return;
        case Status::Invalid:
            api::sendInvalid(resp, o.field, o.message);
            return;
        case Status::Unavailable:
            api::sendStorageUnavailable(resp, o.message);
            return;
        }
    };
    const DeviceSyncCommands sync = commands();
    if (req.body.trimmed().isEmpty()) {
        sync.testConnection(uuid, m_ctx.replyContext, answer);
        return;
    }
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    QString error;
    const auto integration = sync.find(uuid, &error);
    if (!error.isEmpty()) {
        api::sendStorageUnavailable(resp, error);
        return;
    }
    if (!integration) {
        sendNotFound(resp, uuid);
        return;
    }
    sync.testDraft({*body, integration, {}}, m_ctx.replyContext, answer);
}

} // namespace nestogy
