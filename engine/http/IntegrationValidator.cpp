#include "IntegrationValidator.h"

#include "Fingerprint.h"
#include "GenericNormalizer.h"
#include "RoutingRules.h"
#include "Severity.h"

#include <QJsonArray>

#include <QUrl>

namespace nestogy {

namespace {
using Outcome = IntegrationValidator::Outcome;

Outcome invalid(const QString &field, const QString &message)
{
    Outcome o;
    o.field = field;
    o.message = message;
    return o;
}

const QStringList &readOnlyFields()
{
    static const QStringList fields{
        QStringLiteral("id"),         QStringLiteral("webhook_url"), QStringLiteral("credentials_set"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"),  QStringLiteral("last_sync")};
    return fields;
}

const QStringList &writableFields()
{
    static const QStringList fields{
        QStringLiteral("name"),           QStringLiteral("provider"),
        QStringLiteral("api_endpoint"),   QStringLiteral("credentials"),
        QStringLiteral("field_mappings"), QStringLiteral("alert_rules"),
        QStringLiteral("settings"),       QStringLiteral("is_active"),
        QStringLiteral("client_id"),      QStringLiteral("revoke_previous_credentials")};
    return fields;
}
// "key: problem" for the first setting that cannot work, or "".
QString checkSettings(const QJsonObject &settings)
{
    const auto wholeNumber = [&](const char *key, double min, double max) -> QString {
        const QJsonValue v = settings.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            return QStringLiteral("%1: must be a whole number from %2 to %3")
                .arg(QLatin1String(key))
                .arg(min)
                .arg(max);
        return {};
    };
    if (QString p = wholeNumber("rate_limit_per_minute", 1, 1000000); !p.isEmpty())
        return p;
    if (QString p = wholeNumber("reopen_window_minutes", 0, 7 * 24 * 60); !p.isEmpty())
        return p;
    // The RMM API client: devices per page and seconds an API call may take.
    if (QString p = wholeNumber("sync_page_size", 1, 1000); !p.isEmpty())
        return p;
    if (QString p = wholeNumber("api_timeout_seconds", 1, 300); !p.isEmpty())
        return p;
    if (QString p = wholeNumber("sync_interval_minutes", 0, 7 * 24 * 60); !p.isEmpty())
        return p;
    if (settings.contains(u"notify_webhook_url")) {
        const QUrl url(settings.value(u"notify_webhook_url").toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return QStringLiteral(
                "notify_webhook_url: must be an http(s) URL (a Slack or Teams incoming webhook)");
    }
    if (settings.contains(u"auto_create_clients") && !settings.value(u"auto_create_clients").isBool())
        return QStringLiteral("auto_create_clients: must be true or false");
    if (settings.contains(u"fingerprint_fields")) {
        const QJsonValue v = settings.value(u"fingerprint_fields");
        const QJsonArray fields = v.toArray();
        if (!v.isArray() || fields.isEmpty())
            return QStringLiteral("fingerprint_fields: must be a non-empty list of %1")
                .arg(Fingerprint::knownFields().join(u", "));
        for (const QJsonValue &f : fields) {
            if (!Fingerprint::knownFields().contains(f.toString()))
                return QStringLiteral("fingerprint_fields: '%1' is not one of %2")
                    .arg(f.toString(), Fingerprint::knownFields().join(u", "));
        }
    }
    if (settings.contains(u"severity_map")) {
        const QJsonValue v = settings.value(u"severity_map");
        if (!v.isObject())
            return QStringLiteral("severity_map: must be an object such as {\"Warning\": \"high\"}");
        const QJsonObject map = v.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!severity::fromString(it.value().toString()))
                return QStringLiteral("severity_map: '%1' must map to urgent, high, normal or low")
                    .arg(it.key());
        }
    }
    return {};
}
} // namespace

IntegrationValidator::Outcome IntegrationValidator::apply(const QJsonObject &body, Integration &t,
                                                          bool creating)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!writableFields().contains(it.key()) && !readOnlyFields().contains(it.key()))
            return invalid(it.key(),
                           QStringLiteral("unknown field (known: %1)").arg(writableFields().join(u", ")));
    }
    Outcome out;
    if (creating || body.contains(u"name")) {
        const QJsonValue v = body.value(u"name");
        const QString name = v.toString().trimmed();
        if (!v.isString() || name.isEmpty())
            return invalid(QStringLiteral("name"), QStringLiteral("required, a non-empty string"));
        if (name.size() > 200)
            return invalid(QStringLiteral("name"), QStringLiteral("at most 200 characters"));
        t.name = name;
        out.changed << QStringLiteral("name");
    }
    if (creating || body.contains(u"provider")) {
        const QJsonValue v = body.value(u"provider");
        const auto provider = v.isString() ? providers::fromString(v.toString()) : std::nullopt;
        if (!provider)
            return invalid(QStringLiteral("provider"),
                           QStringLiteral("required, one of connectwise, datto, ninja "
                                          "(or ninjaone), generic"));
        t.provider = *provider;
        out.changed << QStringLiteral("provider");
    }
    if (body.contains(u"api_endpoint")) {
        const QJsonValue v = body.value(u"api_endpoint");
        if (!v.isString() && !v.isNull())
            return invalid(QStringLiteral("api_endpoint"), QStringLiteral("must be a URL string"));
        const QString text = v.toString().trimmed();
        if (!text.isEmpty()) {
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
                url.host().isEmpty())
                return invalid(
                    QStringLiteral("api_endpoint"),
                    QStringLiteral("must be an http(s) URL with a host, e.g. https://app.ninjarmm.com"));
        }
        t.apiEndpoint = text;
        out.changed << QStringLiteral("api_endpoint");
    }
    if (body.contains(u"client_id")) {
        const QJsonValue v = body.value(u"client_id");
        if (v.isNull()) {
            t.clientId.reset();
        } else if (v.isDouble() && v.toDouble() >= 1 && v.toDouble() == double(qint64(v.toDouble()))) {
            t.clientId = qint64(v.toDouble());
        } else {
            return invalid(QStringLiteral("client_id"),
                           QStringLiteral("must be a client id (positive integer) or null"));
        }
        out.changed << QStringLiteral("client_id");
    }
    if (body.contains(u"is_active")) {
        if (!body.value(u"is_active").isBool())
            return invalid(QStringLiteral("is_active"), QStringLiteral("must be true or false"));
        t.active = body.value(u"is_active").toBool();
        out.changed << QStringLiteral("is_active");
    }
    if (body.contains(u"field_mappings")) {
        if (!body.value(u"field_mappings").isObject())
            return invalid(QStringLiteral("field_mappings"), QStringLiteral("must be an object"));
        t.fieldMappings = body.value(u"field_mappings").toObject();
        out.changed << QStringLiteral("field_mappings");
    }
    if (body.contains(u"alert_rules")) {
        if (!body.value(u"alert_rules").isArray())
            return invalid(QStringLiteral("alert_rules"), QStringLiteral("must be an array of rules"));
        t.alertRules = body.value(u"alert_rules").toArray();
        if (const QString problem = RoutingRules::validate(t.alertRules); !problem.isEmpty())
            return invalid(QStringLiteral("alert_rules"), problem);
        out.changed << QStringLiteral("alert_rules");
    }
    if (body.contains(u"settings")) {
        if (!body.value(u"settings").isObject())
            return invalid(QStringLiteral("settings"), QStringLiteral("must be an object"));
        t.settings = body.value(u"settings").toObject();
        if (const QString problem = checkSettings(t.settings); !problem.isEmpty())
            return invalid(QStringLiteral("settings.") + problem.section(u':', 0, 0),
                           problem.section(u':', 1).trimmed());
        out.changed << QStringLiteral("settings");
    }
    if (body.contains(u"credentials")) {
        const QJsonValue v = body.value(u"credentials");
        if (!v.isObject())
            return invalid(QStringLiteral("credentials"),
                           QStringLiteral("must be an object of name: secret"));
        const QStringList allowed = providers::credentialFields(t.provider);
        const QJsonObject creds = v.toObject();
        for (auto it = creds.begin(); it != creds.end(); ++it) {
            const QString field = QStringLiteral("credentials.") + it.key();
            if (!allowed.contains(it.key()))
                return invalid(field, QStringLiteral("not a credential of provider %1 (allowed: %2)")
                                          .arg(providers::toString(t.provider), allowed.join(u", ")));
            if (it.value().isNull()) {
                out.removeSecrets << it.key();
                continue;
            }
            if (!it.value().isString() || it.value().toString().isEmpty())
                return invalid(field, QStringLiteral("must be a non-empty string, or null to remove it"));
            if (it.key() == u"auth_method") {
                static const QStringList methods{QStringLiteral("api_key"), QStringLiteral("hmac"),
                                                 QStringLiteral("basic"), QStringLiteral("none")};
                if (!methods.contains(it.value().toString()))
                    return invalid(field, QStringLiteral("must be one of %1").arg(methods.join(u", ")));
            }
            out.secrets.insert(it.key(), it.value().toString().toUtf8());
        }
        out.changed << QStringLiteral("credentials");
    }
    if (body.contains(u"revoke_previous_credentials")) {
        if (!body.value(u"revoke_previous_credentials").isBool())
            return invalid(QStringLiteral("revoke_previous_credentials"),
                           QStringLiteral("must be true or false"));
        out.revokePrevious = body.value(u"revoke_previous_credentials").toBool();
    }
    // A generic integration is only as good as its mapping: refuse one that cannot work, saying where.
    if (t.provider == Provider::Generic && (body.contains(u"field_mappings") || body.contains(u"provider"))) {
        const QStringList problems = GenericNormalizer::validateMappings(t.fieldMappings);
        if (!problems.isEmpty())
            return invalid(QStringLiteral("field_mappings"), problems.join(u"; "));
    }
    // A provider change must not leave secrets the new provider cannot use.
    if (!creating && body.contains(u"provider")) {
        const QStringList allowed = providers::credentialFields(t.provider);
        for (const QString &name : std::as_const(t.credentialsSet)) {
            if (!allowed.contains(name) && !out.removeSecrets.contains(name))
                out.removeSecrets << name;
        }
    }
    return out;
}

} // namespace nestogy
