#include "MaintenanceWindowsController.h"

#include "ApiSupport.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "MaintenanceWindows.h"
#include "Router.h"
#include "StorageWriter.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace nestogy {

void MaintenanceWindowsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/maintenance-windows"),
               [this](const auto &q, const auto &r) { list(q, r); });
    router.add("POST", QStringLiteral("/api/maintenance-windows"),
               [this](const auto &q, const auto &r) { create(q, r); });
    router.add("DELETE", QStringLiteral("/api/maintenance-windows/{}"),
               [this](const auto &q, const auto &r) { remove(q, r); });
}

void MaintenanceWindowsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto windows = MaintenanceWindows::list(db, &error);
    if (!error.isEmpty())
        return api::sendStorageUnavailable(resp, error);
    QJsonArray items;
    for (const auto &w : windows)
        items.append(MaintenanceWindows::toJson(w));
    resp.sendJson(200,
                  QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}});
}

void MaintenanceWindowsController::create(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    QString field;
    QString error;
    const auto window = MaintenanceWindows::fromJson(*body, &field, &error);
    if (!window)
        return api::sendInvalid(resp, field, error);
    const qint64 now = m_ctx.clock.nowMs();
    auto work = [w = *window, now, who = *actor](QSqlDatabase &db) -> WriteResult {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO maintenance_windows (scope, scope_key, starts_at, ends_at, weekdays, "
            "start_time, end_time, timezone, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(w.scope);
        q.addBindValue(w.scopeKey);
        q.addBindValue(w.startsMs);
        q.addBindValue(w.endsMs);
        q.addBindValue(w.weekdays.join(u','));
        q.addBindValue(w.startTime);
        q.addBindValue(w.endTime);
        q.addBindValue(w.timezone);
        q.addBindValue(w.reason);
        q.addBindValue(now);
        if (!q.exec())
            return WriteResult::queryFailed(q);
        MaintenanceWindows::Window stored = w;
        stored.id = q.lastInsertId().toLongLong();
        if (!AuditLog::record(db, who, QStringLiteral("create"), QStringLiteral("maintenance_window"),
                              QString::number(stored.id), MaintenanceWindows::toJson(stored), now))
            return WriteResult::failure(WriteResult::Code::Unavailable,
                                        QStringLiteral("cannot write audit log"));
        return WriteResult::success(MaintenanceWindows::toJson(stored));
    };
    m_ctx.writer.submit(work, m_ctx.replyContext, [resp](const WriteResult &r) {
        if (!r.ok())
            return api::sendWriteFailure(r, resp);
        resp.sendJson(201, r.value.toJsonObject());
    });
}

void MaintenanceWindowsController::remove(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const auto id = api::parseId(req.param(0));
    if (!id)
        return resp.sendError(404, QStringLiteral("maintenance window not found"));
    const qint64 now = m_ctx.clock.nowMs();
    auto work = [id = *id, now, who = *actor](QSqlDatabase &db) -> WriteResult {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM maintenance_windows WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return WriteResult::queryFailed(q);
        if (q.numRowsAffected() == 0)
            return WriteResult::failure(WriteResult::Code::NotFound,
                                        QStringLiteral("maintenance window not found"));
        AuditLog::record(db, who, QStringLiteral("delete"), QStringLiteral("maintenance_window"),
                         QString::number(id), {}, now);
        return WriteResult::success();
    };
    m_ctx.writer.submit(work, m_ctx.replyContext, [resp](const WriteResult &r) {
        if (!r.ok())
            return api::sendWriteFailure(r, resp);
        resp.send(204, {}, QByteArrayLiteral("application/json"));
    });
}

} // namespace nestogy
