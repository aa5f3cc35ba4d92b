#include "WebhookController.h"

#include "AlertIngestor.h"
#include "ApiSupport.h"
#include "ChangeNotifier.h"
#include "Clock.h"
#include "Fingerprint.h"
#include "NormalizerRegistry.h"
#include "PayloadParser.h"
#include "Router.h"
#include "StorageWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWebhooks, "nestogy.webhooks")

namespace nestogy {

namespace {
int settingInt(const QJsonObject &settings, const char *key, int fallback)
{
    const QJsonValue v = settings.value(QLatin1String(key));
    return v.isDouble() && v.toDouble() >= 0 ? int(v.toDouble()) : fallback;
}

QStringList fingerprintFields(const QJsonObject &settings)
{
    QStringList fields;
    const QJsonArray configured = settings.value(u"fingerprint_fields").toArray();
    for (const QJsonValue &v : configured) {
        if (Fingerprint::knownFields().contains(v.toString()))
            fields << v.toString();
    }
    return fields.isEmpty() ? Fingerprint::defaultFields() : fields;
}

int statusFor(AlertIngestor::Outcome outcome)
{
    return outcome == AlertIngestor::Outcome::Accepted || outcome == AlertIngestor::Outcome::Reopened ? 202
                                                                                                      : 200;
}

QJsonObject bodyFor(const AlertIngestor::Answer &a)
{
    using O = AlertIngestor::Outcome;
    QJsonObject body{{QStringLiteral("alert_id"), a.alertUuid}};
    switch (a.outcome) {
    case O::Accepted:
        body.insert(QStringLiteral("status"), QStringLiteral("accepted"));
        break;
    case O::Reopened:
        body.insert(QStringLiteral("status"), QStringLiteral("reopened"));
        body.insert(QStringLiteral("occurrences"), a.occurrences);
        break;
    case O::Duplicate:
        body.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        body.insert(QStringLiteral("occurrences"), a.occurrences);
        break;
    case O::Redelivery:
        body.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        body.insert(QStringLiteral("redelivery"), true);
        body.insert(QStringLiteral("occurrences"), a.occurrences);
        break;
    case O::Resolved:
        body.insert(QStringLiteral("status"), QStringLiteral("resolved"));
        break;
    case O::ResolvedUnknown:
        body.insert(QStringLiteral("status"), QStringLiteral("resolved"));
        body.insert(QStringLiteral("matched"), false);
        break;
    }
    return body;
}
} // namespace

WebhookController::WebhookController(ApiContext &context, IntegrationCache &cache)
    : m_ctx(context)
    , m_cache(cache)
    , m_limiter(context.clock)
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("NESTOGY_RMM_RATE_LIMIT", &ok);
    if (ok && fromEnv > 0)
        m_defaultRateLimit = fromEnv;
}

void WebhookController::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/webhooks/{}/{}"),
               [this](const auto &q, const auto &r) { receive(q, r); });
}

void WebhookController::refuse(const HttpResponder &resp, const QString &uuid, int status,
                               const QString &message, const QJsonObject &detail,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_stats.count(QString::number(status));
    if (m_stats.perIntegration.contains(uuid))
        ++m_stats.perIntegration[uuid].errors;
    resp.sendError(status, message, detail, headers);
}

void WebhookController::receive(const HttpRequest &req, const HttpResponder &resp)
{
    const auto provider = providers::fromString(req.param(0));
    const QUuid parsedUuid = QUuid::fromString(req.param(1));
    const QString uuid = parsedUuid.toString(QUuid::WithoutBraces);
    const QString notFound = QStringLiteral("no active integration with this provider and id");
    if (!provider || parsedUuid.isNull())
        return refuse(resp, {}, 404, notFound);

    QString storageError;
    const auto entry = m_cache.find(uuid, &storageError);
    if (!storageError.isEmpty()) {
        qCWarning(lcWebhooks).noquote() << "integration lookup failed:" << storageError;
        return refuse(resp, {}, 503, QStringLiteral("storage unavailable"), {},
                      {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
    }
    if (!entry || !entry->integration.active || entry->integration.provider != *provider)
        return refuse(resp, {}, 404, notFound);
    const Integration &integration = entry->integration;
    auto &perIntegration = m_stats.perIntegration[uuid];
    perIntegration.lastWebhookMs = m_ctx.clock.nowMs();
    ++perIntegration.received;

    const int limit = settingInt(integration.settings, "rate_limit_per_minute", m_defaultRateLimit);
    const auto decision = m_limiter.take(uuid + u'|' + req.remoteAddress.toString(), limit);
    if (!decision.allowed)
        return refuse(resp, uuid, 429, QStringLiteral("rate limit exceeded"),
                      {{QStringLiteral("limit_per_minute"), limit},
                       {QStringLiteral("retry_after_s"), decision.retryAfterSeconds}},
                      {{QByteArrayLiteral("Retry-After"), QByteArray::number(decision.retryAfterSeconds)}});

    if (entry->secrets.isEmpty() && !entry->secretsError.isEmpty())
        return refuse(resp, uuid, 503, QStringLiteral("credential vault unavailable"), {},
                      {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30")}});

    // Authenticate before the body is parsed or anything about it is told to the sender. Only ConnectWise
    // scripts may carry their key inside the body; for them, and only without a key header, parse first.
    const QJsonObject noPayload;
    auto verdict = WebhookAuthenticator::check(integration.provider, entry->secrets,
                                               {req.headers, req.query, req.body, noPayload});
    const bool keyInBody = integration.provider == Provider::ConnectWise &&
                           !req.headers.contains("x-cw-api-key") && !req.headers.contains("authorization");
    std::optional<PayloadParser::Result> parsed;
    if (verdict == WebhookAuthenticator::Verdict::Rejected && keyInBody) {
        parsed = PayloadParser::parse(req.body, req.header("content-type"));
        if (parsed->status == 0)
            verdict = WebhookAuthenticator::check(integration.provider, entry->secrets,
                                                  {req.headers, req.query, req.body, parsed->object});
    }
    if (verdict == WebhookAuthenticator::Verdict::Rejected ||
        verdict == WebhookAuthenticator::Verdict::NotConfigured) {
        if (verdict == WebhookAuthenticator::Verdict::NotConfigured)
            qCWarning(lcWebhooks).noquote()
                << "integration" << uuid << "has no webhook credentials; refusing";
        return refuse(resp, uuid, 401, QStringLiteral("unauthorized"), {},
                      {{QByteArrayLiteral("WWW-Authenticate"),
                        QByteArrayLiteral("Bearer realm=\"nestogy-webhooks\"")}});
    }
    if (!parsed)
        parsed = PayloadParser::parse(req.body, req.header("content-type"));
    if (parsed->status == 415)
        return refuse(resp, uuid, 415, QStringLiteral("unsupported content type"),
                      {{QStringLiteral("content_type"), QString::fromLatin1(req.header("content-type"))},
                       {QStringLiteral("accepted"), QStringLiteral("JSON, XML or form-encoded")}});
    if (parsed->status != 0)
        return refuse(resp, uuid, parsed->status, QStringLiteral("unparsable body"),
                      {{QStringLiteral("reason"), parsed->error}});

    NormalizeContext context{integration.fieldMappings, integration.settings};
    const auto result =
        NormalizerRegistry::forProvider(integration.provider).normalize(parsed->object, context);
    if (result.kind == Normalizer::Result::Kind::Invalid) {
        m_stats.count(QStringLiteral("422"));
        ++perIntegration.errors;
        return resp.sendJson(422, QJsonObject{{QStringLiteral("error"), result.reason},
                                              {QStringLiteral("field"), result.field},
                                              {QStringLiteral("detail"),
                                               QJsonObject{{QStringLiteral("field"), result.field}}}});
    }
    if (result.kind == Normalizer::Result::Kind::Ignored) {
        m_stats.count(QStringLiteral("ignored"));
        return resp.sendJson(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ignored")},
                                              {QStringLiteral("reason"), result.reason}});
    }

    AlertIngestor::Request ingest;
    ingest.integrationId = integration.id;
    ingest.integrationClientId = integration.clientId;
    ingest.alert = result.alert;
    ingest.fingerprint =
        Fingerprint::compute(integration.id, result.alert, fingerprintFields(integration.settings));
    ingest.rawPayload = req.body;
    // A key sent inside the body must not be stored (or shown) with the payload.
    if (parsed->format == u"json" && parsed->object.contains(u"api_key")) {
        QJsonObject withoutKey = parsed->object;
        withoutKey.remove(u"api_key");
        ingest.rawPayload = QJsonDocument(withoutKey).toJson(QJsonDocument::Compact);
    }
    ingest.rawContentType = parsed->format;
    ingest.reopenWindowMs = qint64(settingInt(integration.settings, "reopen_window_minutes", 60)) * 60000;
    ingest.autoCreateClients = integration.settings.value(u"auto_create_clients").toBool(false);
    ingest.nowMs = m_ctx.clock.nowMs();
    m_ctx.writer.submit([ingest](QSqlDatabase &db) { return AlertIngestor::ingest(db, ingest); },
                        m_ctx.replyContext,
                        [this, resp, uuid](const WriteResult &r) {
                            if (!r.ok()) {
                                qCWarning(lcWebhooks).noquote() << "storing a webhook failed:" << r.error;
                                return refuse(resp, uuid, 503, QStringLiteral("storage unavailable"), {},
                                              {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
                            }
                            const auto answer = AlertIngestor::answerFrom(r);
                            // Committed: the desktop's lists may read the alert now.
                            if (m_ctx.changes && answer.alertRowId > 0)
                                m_ctx.changes->notify(ChangeNotifier::Topic::Alerts, answer.alertRowId);
                            m_stats.count(AlertIngestor::outcomeName(answer.outcome));
                            resp.sendJson(statusFor(answer.outcome), bodyFor(answer));
                        });
}

} // namespace nestogy
