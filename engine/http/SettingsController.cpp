#include "SettingsController.h"

#include "ApiSupport.h"
#include "Clock.h"
#include "Database.h"
#include "MasterKeySource.h"
#include "RetentionPurger.h"
#include "Router.h"
#include "SettingsActions.h"
#include "SettingsStore.h"
#include "StorageWriter.h"

namespace nestogy {

namespace {
void sendNoSuchSection(const HttpResponder &resp)
{
    resp.sendError(
        404,
        QStringLiteral("no such settings section (known: %1)").arg(SettingsActions::sections().join(u", ")));
}
} // namespace

void SettingsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/settings/{}"),
               [this](const auto &q, const auto &r) { get(q, r); });
    router.add("PUT", QStringLiteral("/api/settings/{}"),
               [this](const auto &q, const auto &r) { put(q, r); });
    router.add("POST", QStringLiteral("/api/settings/smtp/test"),
               [this](const auto &q, const auto &r) { testMail(q, r); });
    router.add("POST", QStringLiteral("/api/settings/retention/purge"),
               [this](const auto &q, const auto &r) { purge(q, r); });
}

void SettingsController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const QString section = req.param(0);
    if (!SettingsActions::sections().contains(section))
        return sendNoSuchSection(resp);
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto stored = SettingsStore::read(db, section, &error);
    if (!stored)
        return api::sendStorageUnavailable(resp, error);
    resp.sendJson(200, SettingsActions::publicView(section, *stored));
}

void SettingsController::put(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const QString section = req.param(0);
    if (!SettingsActions::sections().contains(section))
        return sendNoSuchSection(resp);
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    QJsonObject current;
    if (section == u"smtp") {
        QSqlDatabase db = m_ctx.database.connection();
        QString error;
        const auto stored = SettingsStore::read(db, section, &error);
        if (!stored)
            return api::sendStorageUnavailable(resp, error);
        current = *stored;
    }
    const SettingsActions::Checked checked = SettingsActions::check(section, *body, current, m_ctx.vault);
    if (!checked.problems.isEmpty())
        return api::sendInvalid(resp, checked.problems.first().field, checked.problems.first().message);
    if (!checked.ok())
        return resp.sendError(
            503, QStringLiteral("cannot store the password: the credential vault is unavailable"),
            {{QStringLiteral("reason"), checked.vaultError},
             {QStringLiteral("fix"), MasterKeySource::remedy()}});
    const qint64 now = m_ctx.clock.nowMs();
    const QJsonObject stored = *checked.value;
    m_ctx.writer.submit(
        [section, stored, now, who = *actor](QSqlDatabase &db) {
            return SettingsActions::save(db, section, stored, who, now);
        },
        m_ctx.replyContext,
        [resp, section, stored](const WriteResult &r) {
            if (!r.ok())
                return api::sendWriteFailure(r, resp);
            resp.sendJson(200, SettingsActions::publicView(section, stored));
        });
}

void SettingsController::testMail(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    const QString to = body->value(u"to").toString().trimmed();
    if (!SettingsActions::isMailAddress(to))
        return api::sendInvalid(resp, QStringLiteral("to"),
                                QStringLiteral("required: where to send the test mail"));
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    // The client lives on the engine thread until the server has answered (at most 30 s, see SmtpClient).
    const bool sending = SettingsActions::sendTestMail(
        db, m_ctx.vault, to, m_ctx.replyContext,
        [resp](const QString &failure) {
            if (failure.isEmpty())
                return resp.sendJson(200, QJsonObject{{QStringLiteral("sent"), true}});
            resp.sendError(502, QStringLiteral("the mail server did not take the message"),
                           {{QStringLiteral("reason"), failure}});
        },
        &error);
    if (!sending)
        resp.sendError(409, error);
}

void SettingsController::purge(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    if (!m_ctx.retention)
        return resp.sendError(503, QStringLiteral("the retention purge is not running in this process"));
    m_ctx.retention->run(m_ctx.replyContext, [resp](const RetentionPurger::Outcome &outcome) {
        if (!outcome.error.isEmpty())
            return resp.sendError(500, QStringLiteral("the purge did not finish"), outcome.toJson());
        resp.sendJson(200, outcome.toJson());
    });
}

} // namespace nestogy
