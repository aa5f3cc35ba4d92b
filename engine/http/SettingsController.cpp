#include "SettingsController.h"

#include "ApiSupport.h"
#include "AuditLog.h"
#include "Clock.h"
#include "CredentialVault.h"
#include "Database.h"
#include "MailTemplate.h"
#include "MasterKeySource.h"
#include "NotifyClientHandler.h"
#include "Router.h"
#include "SettingsStore.h"
#include "SlaPolicy.h"
#include "SmtpClient.h"
#include "StorageWriter.h"

#include <QFileInfo>
#include <QJsonArray>

namespace nestogy {

namespace {
const QStringList Sections{QStringLiteral("smtp"), QStringLiteral("sla"), QStringLiteral("notifications")};

bool knownKeys(const QJsonObject &body, const QStringList &known, const HttpResponder &resp)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            api::sendInvalid(resp, it.key(),
                             QStringLiteral("unknown field (known: %1)").arg(known.join(u", ")));
            return false;
        }
    }
    return true;
}

bool isAddress(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+$"));
    return re.match(s).hasMatch();
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
}

QJsonObject SettingsController::publicSmtp(const QJsonObject &stored)
{
    QJsonObject out = stored;
    out.remove(QStringLiteral("password_sealed"));
    out.insert(QStringLiteral("password_set"), !stored.value(u"password_sealed").toString().isEmpty());
    // The environment wins over the stored section (see SmtpSettings::load); say so rather than mislead.
    out.insert(QStringLiteral("overridden_by_environment"),
               !qEnvironmentVariableIsEmpty("NESTOGY_SMTP_HOST"));
    return out;
}

void SettingsController::get(const HttpRequest &req, const HttpResponder &resp)
{
    if (!api::requireAdmin(m_ctx.tokens, req, resp))
        return;
    const QString section = req.param(0);
    if (!Sections.contains(section))
        return resp.sendError(
            404, QStringLiteral("no such settings section (known: %1)").arg(Sections.join(u", ")));
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const auto stored = SettingsStore::read(db, section, &error);
    if (!stored)
        return api::sendStorageUnavailable(resp, error);
    resp.sendJson(200, section == u"smtp" ? publicSmtp(*stored) : *stored);
}

std::optional<QJsonObject> SettingsController::validateSmtp(const QJsonObject &body,
                                                            const QJsonObject &current,
                                                            const HttpResponder &resp) const
{
    if (!knownKeys(body,
                   {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"),
                    QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("from"),
                    QStringLiteral("ca_file")},
                   resp))
        return std::nullopt;
    QJsonObject out;
    const QString host = body.value(u"host").toString().trimmed();
    if (host.isEmpty() || host.contains(u' ') || host.size() > 253) {
        api::sendInvalid(resp, QStringLiteral("host"),
                         QStringLiteral("required: the mail server's host name"));
        return std::nullopt;
    }
    out.insert(QStringLiteral("host"), host);
    SmtpSettings::Security security = SmtpSettings::Security::StartTls;
    if (body.contains(u"security") &&
        !SmtpSettings::parseSecurity(body.value(u"security").toString(), &security)) {
        api::sendInvalid(resp, QStringLiteral("security"), QStringLiteral("one of none, starttls, tls"));
        return std::nullopt;
    }
    out.insert(QStringLiteral("security"), SmtpSettings::securityName(security));
    int port = SmtpSettings::defaultPort(security);
    if (body.contains(u"port")) {
        const double d = body.value(u"port").toDouble(-1);
        if (!body.value(u"port").isDouble() || d != double(int(d)) || d < 1 || d > 65535) {
            api::sendInvalid(resp, QStringLiteral("port"),
                             QStringLiteral("must be a whole number from 1 to 65535"));
            return std::nullopt;
        }
        port = int(d);
    }
    out.insert(QStringLiteral("port"), port);
    const QString from = body.value(u"from").toString().trimmed();
    if (!isAddress(from)) {
        api::sendInvalid(resp, QStringLiteral("from"), QStringLiteral("required: the sender's mail address"));
        return std::nullopt;
    }
    out.insert(QStringLiteral("from"), from);
    const QString username = body.value(u"username").toString();
    if (!username.isEmpty())
        out.insert(QStringLiteral("username"), username);
    const QString caFile = body.value(u"ca_file").toString();
    if (!caFile.isEmpty()) {
        if (!QFileInfo(caFile).isReadable()) {
            api::sendInvalid(resp, QStringLiteral("ca_file"),
                             QStringLiteral("cannot read %1 (a PEM file of CA certificates)").arg(caFile));
            return std::nullopt;
        }
        out.insert(QStringLiteral("ca_file"), caFile);
    }
    // The password is write-only: absent keeps the stored one, null clears it, text replaces it.
    const QJsonValue password = body.value(u"password");
    if (password.isUndefined()) {
        if (current.contains(u"password_sealed"))
            out.insert(QStringLiteral("password_sealed"), current.value(u"password_sealed"));
    } else if (password.isString() && !password.toString().isEmpty()) {
        const auto sealed =
            m_ctx.vault.seal(QString::fromLatin1(SmtpSettings::VaultScope),
                             QString::fromLatin1(SmtpSettings::VaultField), password.toString().toUtf8());
        if (!sealed.ok()) {
            resp.sendError(503,
                           QStringLiteral("cannot store the password: the credential vault is unavailable"),
                           {{QStringLiteral("reason"), sealed.error},
                            {QStringLiteral("fix"), MasterKeySource::remedy()}});
            return std::nullopt;
        }
        out.insert(QStringLiteral("password_sealed"), QString::fromLatin1(sealed.data));
    } else if (!password.isNull()) {
        api::sendInvalid(resp, QStringLiteral("password"),
                         QStringLiteral("text to set it, or null to clear it"));
        return std::nullopt;
    }
    return out;
}

std::optional<QJsonObject> SettingsController::validateNotifications(const QJsonObject &body,
                                                                     const HttpResponder &resp)
{
    const QStringList keys{QStringLiteral("client_subject_template"), QStringLiteral("client_body_template")};
    if (!knownKeys(body, keys, resp))
        return std::nullopt;
    for (const QString &key : keys) {
        if (!body.contains(key))
            continue;
        const QString text = body.value(key).toString();
        if (!body.value(key).isString() || text.trimmed().isEmpty() || text.size() > 20000) {
            api::sendInvalid(resp, key, QStringLiteral("must be non-empty text"));
            return std::nullopt;
        }
        if (key == u"client_subject_template" && (text.contains(u'\n') || text.contains(u'\r'))) {
            api::sendInvalid(resp, key, QStringLiteral("must be one line"));
            return std::nullopt;
        }
        const QStringList unknown =
            MailTemplate::unknownPlaceholders(text, NotifyClientHandler::placeholders());
        if (!unknown.isEmpty()) {
            api::sendInvalid(resp, key,
                             QStringLiteral("unknown placeholder {%1} (known: {%2})")
                                 .arg(unknown.first(), NotifyClientHandler::placeholders().join(u"}, {")));
            return std::nullopt;
        }
    }
    return body;
}

std::optional<QJsonObject> SettingsController::validateSla(const QJsonObject &body, const HttpResponder &resp)
{
    QString error;
    if (!SlaPolicy::fromJson(body, &error)) {
        const qsizetype colon = error.indexOf(u':');
        api::sendInvalid(resp, colon > 0 ? error.left(colon) : QStringLiteral("sla"),
                         colon > 0 ? error.mid(colon + 1).trimmed() : error);
        return std::nullopt;
    }
    return body;
}

void SettingsController::put(const HttpRequest &req, const HttpResponder &resp)
{
    const auto actor = api::requireAdmin(m_ctx.tokens, req, resp);
    if (!actor)
        return;
    const QString section = req.param(0);
    if (!Sections.contains(section))
        return resp.sendError(
            404, QStringLiteral("no such settings section (known: %1)").arg(Sections.join(u", ")));
    const auto body = api::jsonObjectBody(req, resp);
    if (!body)
        return;
    std::optional<QJsonObject> value;
    if (section == u"smtp") {
        QSqlDatabase db = m_ctx.database.connection();
        QString error;
        const auto current = SettingsStore::read(db, section, &error);
        if (!current)
            return api::sendStorageUnavailable(resp, error);
        value = validateSmtp(*body, *current, resp);
    } else if (section == u"sla") {
        value = validateSla(*body, resp);
    } else {
        value = validateNotifications(*body, resp);
    }
    if (!value)
        return;
    const qint64 now = m_ctx.clock.nowMs();
    const QJsonObject stored = *value;
    // The audit row names what changed, never the sealed password.
    QJsonObject details = section == u"smtp" ? publicSmtp(stored) : stored;
    details.remove(QStringLiteral("overridden_by_environment"));
    m_ctx.writer.submit(
        [section, stored, details, now, who = *actor](QSqlDatabase &db) {
            QString error;
            if (!SettingsStore::write(db, section, stored, &error))
                return WriteResult::failure(WriteResult::Code::Unavailable, error);
            if (!AuditLog::record(db, who, QStringLiteral("update"), QStringLiteral("settings"), section,
                                  details, now))
                return WriteResult::failure(WriteResult::Code::Unavailable,
                                            QStringLiteral("cannot write audit log"));
            return WriteResult::success();
        },
        m_ctx.replyContext,
        [resp, section, stored](const WriteResult &r) {
            if (!r.ok())
                return api::sendWriteFailure(r, resp);
            resp.sendJson(200, section == u"smtp" ? publicSmtp(stored) : stored);
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
    if (!isAddress(to))
        return api::sendInvalid(resp, QStringLiteral("to"),
                                QStringLiteral("required: where to send the test mail"));
    QSqlDatabase db = m_ctx.database.connection();
    QString error;
    const SmtpSettings settings = SmtpSettings::load(db, m_ctx.vault, &error);
    if (!error.isEmpty())
        return resp.sendError(409, error);
    // Lives on the engine thread until the server has answered (at most 30 s, see SmtpClient).
    auto *client = new SmtpClient(settings, m_ctx.replyContext);
    QObject::connect(client, &SmtpClient::finished, client, [client, resp](const QString &failure) {
        client->deleteLater();
        if (failure.isEmpty())
            return resp.sendJson(200, QJsonObject{{QStringLiteral("sent"), true}});
        resp.sendError(502, QStringLiteral("the mail server did not take the message"),
                       {{QStringLiteral("reason"), failure}});
    });
    client->send({to, QStringLiteral("Nestogy desk test message"),
                  QStringLiteral("This is a test message from Nestogy desk: mail settings work.\n")});
}

} // namespace nestogy
