#include "TechniciansController.h"

#include "ApiSupport.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Router.h"
#include "StorageWriter.h"
#include "TechnicianStore.h"

#include <QJsonArray>
#include <QTimeZone>

namespace nestogy {

namespace {
// Reads an integer field in [min, max]; returns false (after answering 422) when it is not one.
bool readInt(const QJsonObject &body, const QString &field, int min, int max, int *out,
             const HttpResponder &resp)
{
    if (!body.contains(field))
        return true;
    const QJsonValue v = body.value(field);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(int(d)) || d < min || d > max) {
        api::sendInvalid(resp, field,
                         QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return false;
    }
    *out = int(d);
    return true;
}
} // namespace

void TechniciansController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/technicians"),
               [this](const auto &q, const auto &r) { list(q, r); });
    router.add("POST", QStringLiteral("/api/technicians"),
               [this](const auto &q, const auto &r) { create(q, r); });
    router.add("GET", QStringLiteral("/api/technicians/{}"),
               [this](const auto &q, const auto &r) { get(q, r); });
}

QJsonObject TechniciansController::toJson(const Technician &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("email"), t.email.isEmpty() ? QJsonValue() : QJsonValue(t.email)},
            {QStringLiteral("skills"), QJsonArray::fromStringList(t.skills)},
            {QStringLiteral("capacity"), t.capacity},
            {QStringLiteral("seniority"), t.seniority},
            {QStringLiteral("working_hours"), t.workingHours},
            {QStringLiteral("timezone"), t.timezone.isEmpty() ? QJsonValue() : QJsonValue(t.timezone)},
            {QStringLiteral("active"), t.active},
            {QStringLiteral("role"), t.role},
            {QStringLiteral("created_at"), api::isoTime(t.createdMs)},
            {QStringLiteral("updated_at"), api::isoTime(t.updatedMs)}};
}

void TechniciansController::list(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto all = TechnicianStore::list(db, &error);
    if (!error.isEmpty())
        return api::sendStorageUnavailable(resp, error);
    QJsonArray items;
    for (const Technician &t : all)
        items.append(toJson(t));
    resp.sendJson(200,
                  QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}});
}

void TechniciansController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const auto id = api::parseId(req.param(0));
    QSqlDatabase db = m_ctx.database.connection();
    const auto found = id ? TechnicianStore::find(db, *id) : std::nullopt;
    if (!found)
        return resp.sendError(404, QStringLiteral("technician not found"),
                              {{QStringLiteral("id"), req.param(0)}});
    resp.sendJson(200, toJson(*found));
}

void TechniciansController::create(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    Technician t;
    const QJsonValue name = body->value(u"name");
    t.name = name.toString().trimmed();
    if (!name.isString() || t.name.isEmpty() || t.name.size() > 200)
        return api::sendInvalid(resp, QStringLiteral("name"),
                                QStringLiteral("required, 1 to 200 characters"));
    if (body->contains(u"email")) {
        const QJsonValue v = body->value(u"email");
        t.email = v.toString().trimmed();
        if (!(v.isNull() ||
              (v.isString() && (t.email.isEmpty() || (t.email.contains(u'@') && !t.email.contains(u' '))))))
            return api::sendInvalid(resp, QStringLiteral("email"),
                                    QStringLiteral("must be an email address"));
    }
    if (body->contains(u"skills")) {
        const QJsonValue v = body->value(u"skills");
        if (!v.isArray())
            return api::sendInvalid(resp, QStringLiteral("skills"),
                                    QStringLiteral("must be an array of strings"));
        const QJsonArray skills = v.toArray();
        for (const QJsonValue &s : skills) {
            if (!s.isString() || s.toString().trimmed().isEmpty())
                return api::sendInvalid(resp, QStringLiteral("skills"),
                                        QStringLiteral("must be an array of non-empty strings"));
            const QString skill = s.toString().trimmed().toLower();
            if (!t.skills.contains(skill))
                t.skills.append(skill);
        }
    }
    if (!readInt(*body, QStringLiteral("capacity"), 0, 1000, &t.capacity, resp) ||
        !readInt(*body, QStringLiteral("seniority"), 0, 10, &t.seniority, resp))
        return;
    if (body->contains(u"active")) {
        if (!body->value(u"active").isBool())
            return api::sendInvalid(resp, QStringLiteral("active"), QStringLiteral("must be true or false"));
        t.active = body->value(u"active").toBool();
    }
    if (body->contains(u"role")) {
        t.role = body->value(u"role").toString();
        if (t.role != u"technician" && t.role != u"manager")
            return api::sendInvalid(resp, QStringLiteral("role"),
                                    QStringLiteral("one of technician, manager"));
    }
    if (body->contains(u"working_hours")) {
        if (!body->value(u"working_hours").isObject())
            return api::sendInvalid(resp, QStringLiteral("working_hours"),
                                    QStringLiteral("must be an object such as {\"mon\": \"08:00-17:00\"}"));
        t.workingHours = body->value(u"working_hours").toObject();
    }
    if (body->contains(u"timezone")) {
        t.timezone = body->value(u"timezone").toString();
        if (!t.timezone.isEmpty() && !QTimeZone(t.timezone.toUtf8()).isValid())
            return api::sendInvalid(resp, QStringLiteral("timezone"),
                                    QStringLiteral("must be an IANA time zone such as Europe/Berlin"));
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto work = [t, now, actor = *actor](QSqlDatabase &db) -> WriteResult {
        WriteResult r = TechnicianStore::insert(db, t, now);
        if (r.ok() && !AuditLog::record(db, actor, QStringLiteral("create"), QStringLiteral("technician"),
                                        r.value.toString(), {{QStringLiteral("name"), t.name}}, now))
            return WriteResult::failure(WriteResult::Code::Unavailable,
                                        QStringLiteral("cannot write audit log"));
        return r;
    };
    m_ctx.writer.submit(work, m_ctx.replyContext, [this, resp](const WriteResult &r) {
        if (!r.ok())
            return api::sendWriteFailure(r, resp);
        QSqlDatabase db = m_ctx.database.connection();
        const auto stored = TechnicianStore::find(db, r.value.toLongLong());
        if (!stored)
            return resp.sendError(500, QStringLiteral("stored technician could not be read back"));
        resp.sendJson(201, toJson(*stored));
    });
}

} // namespace nestogy
