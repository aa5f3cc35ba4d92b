#include "AlertsController.h"

#include "ActionOutcome.h"
#include "AlertStore.h"
#include "ApiSupport.h"
#include "Clock.h"
#include "Database.h"
#include "MaintenanceWindows.h"
#include "Router.h"
#include "TicketStore.h"

#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace nestogy {

void AlertsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/alerts"), [this](const auto &q, const auto &r) { list(q, r); });
    router.add("GET", QStringLiteral("/api/alerts/{}"), [this](const auto &q, const auto &r) { get(q, r); });
    for (const auto kind : {AlertActions::Kind::Acknowledge, AlertActions::Kind::Resolve,
                            AlertActions::Kind::CreateTicket, AlertActions::Kind::Snooze}) {
        router.add("POST", QStringLiteral("/api/alerts/{}/") + AlertActions::name(kind),
                   [this, kind](const auto &q, const auto &r) { act(kind, q, r); });
    }
    router.add("POST", QStringLiteral("/api/alerts/bulk"),
               [this](const auto &q, const auto &r) { bulk(q, r); });
}

namespace {
// The body's "minutes" for a snooze; answers 422 and returns nullopt when it is not a whole number in range.
std::optional<int> snoozeMinutes(const QJsonObject &body, const HttpResponder &resp)
{
    const QJsonValue v = body.value(u"minutes");
    const double m = v.toDouble(-1);
    if (!v.isDouble() || m != std::floor(m) || m < 1 || m > AlertActions::MaxSnoozeMinutes) {
        api::sendInvalid(resp, QStringLiteral("minutes"),
                         QStringLiteral("a whole number from 1 to %1").arg(AlertActions::MaxSnoozeMinutes));
        return std::nullopt;
    }
    return int(m);
}

QString normalizedUuid(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

int statusOf(WriteResult::Code code)
{
    switch (code) {
    case WriteResult::Code::NotFound:
        return 404;
    case WriteResult::Code::Conflict:
        return 409;
    case WriteResult::Code::Invalid:
        return 422;
    case WriteResult::Code::Ok:
        return 200;
    case WriteResult::Code::Unavailable:
        break;
    }
    return 503;
}
QJsonObject bulkAnswer(AlertActions::Kind kind, const ActionOutcome &outcome)
{
    QJsonArray ticketIds;
    for (qint64 id : outcome.ticketIds)
        ticketIds.append(id);
    QJsonArray skipped;
    for (const auto &s : outcome.skipped)
        skipped.append(QJsonObject{{QStringLiteral("id"), s.alertUuid},
                                   {QStringLiteral("status"), statusOf(s.code)},
                                   {QStringLiteral("error"), s.reason}});
    return {{QStringLiteral("action"), AlertActions::name(kind)},
            {QStringLiteral("changed"), outcome.alertIds.size()},
            {QStringLiteral("ticket_ids"), ticketIds},
            {QStringLiteral("skipped"), skipped}};
}
} // namespace

void AlertsController::act(AlertActions::Kind kind, const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const QString uuid = normalizedUuid(req.param(0));
    if (uuid.isEmpty())
        return resp.sendError(404, QStringLiteral("alert not found"), {{QStringLiteral("id"), req.param(0)}});
    int minutes = 0;
    if (kind == AlertActions::Kind::Snooze) {
        const auto body = api::jsonObjectBody(req, resp);
        if (!body)
            return;
        const auto m = snoozeMinutes(*body, resp);
        if (!m)
            return;
        minutes = *m;
    }
    auto work = [kind, uuid, who = *actor, now = m_ctx.clock.nowMs(), minutes](QSqlDatabase &db) {
        return AlertActions::apply(db, kind, uuid, who, now, minutes);
    };
    ActionOutcome::submit(
        m_ctx.writer, m_ctx.changes, work, m_ctx.replyContext,
        [this, kind, uuid, resp](const WriteResult &r) { answerAction(kind, uuid, r, resp); });
}

void AlertsController::answerAction(AlertActions::Kind kind, const QString &uuid, const WriteResult &r,
                                    const HttpResponder &resp)
{
    if (!r.ok())
        return api::sendWriteFailure(r, resp);
    const ActionOutcome outcome = ActionOutcome::of(r);
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    if (kind == AlertActions::Kind::CreateTicket) {
        const auto ticket = TicketStore::find(db, outcome.createdTicketId, true, &error);
        if (!ticket)
            return resp.sendError(500, QStringLiteral("ticket could not be read back"));
        return resp.sendJson(201, *ticket);
    }
    const auto alert = AlertStore::find(db, uuid, false, &error);
    if (!alert)
        return resp.sendError(500, QStringLiteral("alert could not be read back"));
    if (kind != AlertActions::Kind::Snooze)
        return resp.sendJson(200, *alert);
    QJsonObject answer{{QStringLiteral("alert"), *alert}};
    for (const auto &w : MaintenanceWindows::list(db, &error)) {
        if (w.id == outcome.windowId)
            answer.insert(QStringLiteral("maintenance_window"), MaintenanceWindows::toJson(w));
    }
    resp.sendJson(201, answer);
}

void AlertsController::bulk(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    const auto kind = AlertActions::kindFromName(body->value(u"action").toString());
    if (!kind)
        return api::sendInvalid(resp, QStringLiteral("action"),
                                QStringLiteral("one of acknowledge, resolve, ticket, snooze"));
    const QJsonArray ids = body->value(u"ids").toArray();
    QStringList uuids;
    for (const QJsonValue &v : ids)
        uuids.append(normalizedUuid(v.toString()));
    if (uuids.isEmpty() || uuids.size() > AlertActions::MaxBulkAlerts || uuids.contains(QString()))
        return api::sendInvalid(
            resp, QStringLiteral("ids"),
            QStringLiteral("a list of 1 to %1 alert ids").arg(AlertActions::MaxBulkAlerts));
    int minutes = 0;
    if (*kind == AlertActions::Kind::Snooze) {
        const auto m = snoozeMinutes(*body, resp);
        if (!m)
            return;
        minutes = *m;
    }
    auto work = [kind = *kind, uuids, who = *actor, now = m_ctx.clock.nowMs(), minutes](QSqlDatabase &db) {
        return AlertActions::bulk(db, kind, uuids, who, now, minutes);
    };
    ActionOutcome::submit(m_ctx.writer, m_ctx.changes, work, m_ctx.replyContext,
                          [resp, kind = *kind](const WriteResult &r) {
                              if (!r.ok())
                                  return api::sendWriteFailure(r, resp);
                              resp.sendJson(200, bulkAnswer(kind, ActionOutcome::of(r)));
                          });
}

void AlertsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    AlertStore::Filter f;
    const auto value = [&](const char *key) {
        return req.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
    };
    f.integrationUuid = value("integration");
    if (!f.integrationUuid.isEmpty()) {
        const QUuid id = QUuid::fromString(f.integrationUuid);
        if (id.isNull())
            return api::sendInvalid(resp, QStringLiteral("integration"),
                                    QStringLiteral("must be an integration id"));
        f.integrationUuid = id.toString(QUuid::WithoutBraces);
    }
    f.status = value("status").toLower();
    if (!f.status.isEmpty() && f.status != u"open" && f.status != u"acknowledged" && f.status != u"resolved")
        return api::sendInvalid(resp, QStringLiteral("status"),
                                QStringLiteral("one of open, acknowledged, resolved"));
    f.severity = value("severity").toLower();
    if (!f.severity.isEmpty() && f.severity != u"urgent" && f.severity != u"high" &&
        f.severity != u"normal" && f.severity != u"low")
        return api::sendInvalid(resp, QStringLiteral("severity"),
                                QStringLiteral("one of urgent, high, normal, low"));
    f.client = value("client");
    f.text = value("q");
    if (!api::readPaging(req, resp, &f.limit, &f.offset))
        return;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto page = AlertStore::list(db, f, &error);
    if (!page)
        return api::sendStorageUnavailable(resp, error);
    QJsonArray items;
    for (const QJsonObject &o : page->items)
        items.append(o);
    resp.sendJson(200, QJsonObject{{QStringLiteral("items"), items},
                                   {QStringLiteral("total"), page->total},
                                   {QStringLiteral("limit"), f.limit},
                                   {QStringLiteral("offset"), f.offset}});
}

void AlertsController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const QUuid id = QUuid::fromString(req.param(0));
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto alert =
        id.isNull() ? std::nullopt : AlertStore::find(db, id.toString(QUuid::WithoutBraces), true, &error);
    if (!error.isEmpty())
        return api::sendStorageUnavailable(resp, error);
    if (!alert)
        return resp.sendError(404, QStringLiteral("alert not found"), {{QStringLiteral("id"), req.param(0)}});
    resp.sendJson(200, *alert);
}

} // namespace nestogy
