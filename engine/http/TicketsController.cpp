#include "TicketsController.h"

#include "ApiSupport.h"
#include "Clock.h"
#include "Database.h"
#include "Router.h"
#include "StorageWriter.h"
#include "TicketStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace nestogy {

void TicketsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/tickets"), [this](const auto &q, const auto &r) { list(q, r); });
    router.add("GET", QStringLiteral("/api/tickets/{}"), [this](const auto &q, const auto &r) { get(q, r); });
    router.add("PATCH", QStringLiteral("/api/tickets/{}"),
               [this](const auto &q, const auto &r) { patch(q, r); });
}

void TicketsController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    TicketStore::Filter f;
    const auto value = [&](const char *key) {
        return req.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
    };
    f.status = value("status");
    if (!f.status.isEmpty() && !TicketStore::statuses().contains(f.status))
        return api::sendInvalid(resp, QStringLiteral("status"),
                                QStringLiteral("one of %1").arg(TicketStore::statuses().join(u", ")));
    f.priority = value("priority");
    if (!f.priority.isEmpty() && !TicketStore::priorities().contains(f.priority))
        return api::sendInvalid(resp, QStringLiteral("priority"),
                                QStringLiteral("one of %1").arg(TicketStore::priorities().join(u", ")));
    for (const auto &[key, target] :
         {std::pair{"assignee", &f.assigneeId}, std::pair{"client", &f.clientId}}) {
        const QString text = value(key);
        if (text.isEmpty())
            continue;
        const auto id = api::parseId(text);
        if (!id)
            return api::sendInvalid(resp, QString::fromLatin1(key), QStringLiteral("must be an id"));
        *target = *id;
    }
    if (!api::readPaging(req, resp, &f.limit, &f.offset))
        return;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto page = TicketStore::list(db, f, &error);
    if (!page)
        return api::sendStorageUnavailable(resp, error);
    QJsonArray items;
    for (const QJsonObject &t : page->first)
        items.append(t);
    resp.sendJson(200,
                  QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), page->second}});
}

void TicketsController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const auto id = api::parseId(req.param(0));
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto ticket = id ? TicketStore::find(db, *id, true, &error) : std::nullopt;
    if (!error.isEmpty())
        return api::sendStorageUnavailable(resp, error);
    if (!ticket)
        return resp.sendError(404, QStringLiteral("ticket not found"),
                              {{QStringLiteral("id"), req.param(0)}});
    resp.sendJson(200, *ticket);
}

void TicketsController::patch(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const auto id = api::parseId(req.param(0));
    if (!id)
        return resp.sendError(404, QStringLiteral("ticket not found"),
                              {{QStringLiteral("id"), req.param(0)}});
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    static const QStringList known{QStringLiteral("status"), QStringLiteral("assignee_id"),
                                   QStringLiteral("priority"), QStringLiteral("note")};
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!known.contains(it.key()))
            return api::sendInvalid(resp, it.key(),
                                    QStringLiteral("unknown field (known: %1)").arg(known.join(u", ")));
    }
    if (body->isEmpty())
        return api::sendInvalid(resp, QStringLiteral("status"), QStringLiteral("nothing to change"));
    const QString status = body->value(u"status").toString();
    if (body->contains(u"status") && !TicketStore::statuses().contains(status))
        return api::sendInvalid(resp, QStringLiteral("status"),
                                QStringLiteral("one of %1").arg(TicketStore::statuses().join(u", ")));
    const QString priority = body->value(u"priority").toString();
    if (body->contains(u"priority") && !TicketStore::priorities().contains(priority))
        return api::sendInvalid(resp, QStringLiteral("priority"),
                                QStringLiteral("one of %1").arg(TicketStore::priorities().join(u", ")));
    const QJsonValue assignee = body->value(u"assignee_id");
    if (body->contains(u"assignee_id") && !assignee.isNull() &&
        !(assignee.isDouble() && assignee.toDouble() >= 1))
        return api::sendInvalid(resp, QStringLiteral("assignee_id"),
                                QStringLiteral("a technician id or null"));
    const QString note = body->value(u"note").toString().trimmed();
    if (body->contains(u"note") && note.isEmpty())
        return api::sendInvalid(resp, QStringLiteral("note"), QStringLiteral("must be non-empty text"));

    const qint64 now = m_ctx.clock.nowMs();
    const QJsonObject changes = *body;
    const QString who = *actor;
    const qint64 ticketId = *id;
    auto work = [changes, who, ticketId, now](QSqlDatabase &db) -> WriteResult {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT status FROM tickets WHERE id = ?"));
        exists.addBindValue(ticketId);
        if (!exists.exec())
            return WriteResult::queryFailed(exists);
        if (!exists.next())
            return WriteResult::failure(WriteResult::Code::NotFound, QStringLiteral("ticket not found"));
        exists.finish();
        const auto update = [&](const QString &sql, const QVariant &value) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(value);
            q.addBindValue(now);
            q.addBindValue(ticketId);
            return q.exec();
        };
        const auto event = [&](const QString &kind, const QString &message) {
            return TicketStore::addEvent(db, ticketId, kind, who, message, changes, now);
        };
        if (changes.contains(u"assignee_id") && !changes.value(u"assignee_id").isNull()) {
            QSqlQuery tech(db);
            tech.prepare(QStringLiteral("SELECT name FROM technicians WHERE id = ?"));
            tech.addBindValue(qint64(changes.value(u"assignee_id").toDouble()));
            if (!tech.exec() || !tech.next())
                return WriteResult::failure(WriteResult::Code::Invalid,
                                            QStringLiteral("assignee_id: no such technician"));
        }
        bool ok = true;
        if (changes.contains(u"status")) {
            const QString s = changes.value(u"status").toString();
            const bool closing = s == u"Resolved" || s == u"Closed";
            ok = ok &&
                 update(
                     QStringLiteral("UPDATE tickets SET status = ?, closed_by_system = 0, resolved_at = %1, "
                                    "updated_at = ? WHERE id = ?")
                         .arg(closing ? QString::number(now) : QStringLiteral("NULL")),
                     s) &&
                 event(QStringLiteral("status"), QStringLiteral("Status set to %1 by %2").arg(s, who));
        }
        if (changes.contains(u"priority")) {
            const QString p = changes.value(u"priority").toString();
            ok = ok &&
                 update(QStringLiteral("UPDATE tickets SET priority = ?, updated_at = ? WHERE id = ?"), p) &&
                 event(QStringLiteral("priority"), QStringLiteral("Priority set to %1 by %2").arg(p, who));
        }
        if (changes.contains(u"assignee_id")) {
            const QJsonValue a = changes.value(u"assignee_id");
            ok = ok &&
                 update(QStringLiteral("UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE id = ?"),
                        a.isNull() ? QVariant(QMetaType::fromType<qint64>())
                                   : QVariant(qint64(a.toDouble()))) &&
                 event(QStringLiteral("assignee"), QStringLiteral("Assignee changed by %1").arg(who));
        }
        if (changes.contains(u"note"))
            ok = ok && event(QStringLiteral("note"), changes.value(u"note").toString().trimmed());
        // Any of these is a technician's hand on the ticket: from now on only they close it.
        ok = ok && update(QStringLiteral("UPDATE tickets SET human_touched = ?, "
                                         "first_response_at = COALESCE(first_response_at, ?) WHERE id = ?"),
                          1);
        if (!ok)
            return WriteResult::failure(WriteResult::Code::Unavailable, db.lastError().text());
        return WriteResult::success(ticketId);
    };
    m_ctx.writer.submit(work, m_ctx.replyContext, [this, resp, ticketId](const WriteResult &r) {
        if (!r.ok())
            return api::sendWriteFailure(r, resp);
        QSqlDatabase db = m_ctx.database.connection();
        QString error;
        const auto ticket = TicketStore::find(db, ticketId, true, &error);
        if (!ticket)
            return resp.sendError(500, QStringLiteral("ticket could not be read back"));
        resp.sendJson(200, *ticket);
    });
}

} // namespace nestogy
