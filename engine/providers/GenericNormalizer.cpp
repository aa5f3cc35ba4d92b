#include "GenericNormalizer.h"

#include "FieldReader.h"
#include "JsonPath.h"
#include "SeverityMapper.h"
#include "TimeParser.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

using F = FieldReader;

// Where each field comes from: the configured path, or the seed's top-level key of the same name.
struct Source
{
    QString path;
    bool mapped = false;
    QString error;

    // What an Invalid result names: the path the admin wrote, or the seed key.
    QString name(const QString &field) const { return mapped ? path : field; }
};

Source sourceFor(const QJsonObject &mappings, const QString &field)
{
    const QString configured = mappings.value(field).toString().trimmed();
    if (configured.isEmpty())
        return {u"$."_s + field, false, {}};
    QString error;
    if (!JsonPath::isValid(configured, &error))
        return {configured, true, error};
    return {configured, true, {}};
}

QStringList resolveValues(const QJsonObject &mappings)
{
    const QJsonValue v = mappings.value(u"resolve_values"_s);
    QStringList values;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (const QString s = F::text(item); !s.isEmpty())
                values.append(s);
        }
    } else if (const QString s = F::text(v); !s.isEmpty()) {
        values.append(s);
    }
    if (values.isEmpty())
        values = {u"resolved"_s, u"ok"_s};
    return values;
}

// A path whose last step is literally "resolved" carries a flag: "true"/"resolved"/"ok" mean resolved
// even when resolve_values only lists status words.
bool pathNamesResolvedFlag(const QString &path)
{
    static const QRegularExpression re(u"(^|[.'\"\\[$])resolved['\"\\]]*$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(path.trimmed()).hasMatch();
}

bool isResolved(const QString &status, const Source &source, const QJsonObject &mappings)
{
    if (status.isEmpty())
        return false;
    for (const QString &value : resolveValues(mappings)) {
        if (value.compare(status, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (!pathNamesResolvedFlag(source.path))
        return false;
    const QString s = status.toLower();
    return s == u"true" || s == u"resolved" || s == u"ok" || s == u"1" || s == u"yes";
}

// The mapping's severity_map, with the integration settings' severity_map on top (the admin's last word).
QJsonObject severityOverrides(const NormalizeContext &context)
{
    QJsonObject merged = F::object(context.fieldMappings.value(u"severity_map"_s));
    const QJsonObject fromSettings = F::object(context.settings.value(u"severity_map"_s));
    for (auto it = fromSettings.constBegin(); it != fromSettings.constEnd(); ++it) {
        // Keys match case-insensitively, so "p1" in settings must replace "P1" from the mapping.
        const QStringList keys = merged.keys();
        for (const QString &key : keys) {
            if (key.compare(it.key(), Qt::CaseInsensitive) == 0)
                merged.remove(key);
        }
        merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace

const QStringList &GenericNormalizer::pathFields()
{
    static const QStringList fields{u"alert_id"_s,    u"device_id"_s,  u"device_name"_s, u"client_id"_s,
                                    u"client_name"_s, u"message"_s,    u"severity"_s,    u"status"_s,
                                    u"timestamp"_s,   u"alert_type"_s, u"event_id"_s};
    return fields;
}

Normalizer::Result GenericNormalizer::normalize(const QJsonObject &payload,
                                                const NormalizeContext &context) const
{
    const QJsonObject &mappings = context.fieldMappings;
    QHash<QString, Source> sources;
    for (const QString &field : pathFields()) {
        Source source = sourceFor(mappings, field);
        if (!source.error.isEmpty())
            return Result::invalid(source.path,
                                   u"mapping for %1 is not a valid path: %2"_s.arg(field, source.error));
        sources.insert(field, source);
    }
    // Tactical prints Python's None for empty values, so "None"/"null" count as missing here.
    auto read = [&](const QString &field) {
        return F::text(JsonPath::evaluate(payload, sources.value(field).path), F::Leniency::Loose);
    };

    NormalizedAlert a;
    a.externalAlertId = read(u"alert_id"_s);
    if (a.externalAlertId.isEmpty())
        return Result::invalid(sources.value(u"alert_id"_s).name(u"alert_id"_s),
                               u"no alert id at %1"_s.arg(sources.value(u"alert_id"_s).path));
    a.seriesKey = a.externalAlertId;
    a.deviceName = read(u"device_name"_s);
    a.deviceId = read(u"device_id"_s);
    // A sender that only names the host still identifies the device by that name.
    if (a.deviceId.isEmpty())
        a.deviceId = a.deviceName;
    if (a.deviceId.isEmpty())
        return Result::invalid(sources.value(u"device_id"_s).name(u"device_id"_s),
                               u"neither a device id nor a device name"_s);
    a.clientExternalId = read(u"client_id"_s);
    a.clientName = read(u"client_name"_s);
    // Generic senders (Zabbix host groups, the seed's client_id) usually identify the client by its name.
    if (a.clientName.isEmpty())
        a.clientName = a.clientExternalId;
    a.providerEventId = read(u"event_id"_s);
    const QString overlong =
        F::overlong({{sources.value(u"alert_id"_s).name(u"alert_id"_s), a.seriesKey},
                     {sources.value(u"device_id"_s).name(u"device_id"_s), a.deviceId},
                     {sources.value(u"client_id"_s).name(u"client_id"_s), a.clientExternalId},
                     {sources.value(u"event_id"_s).name(u"event_id"_s), a.providerEventId}});
    if (!overlong.isEmpty())
        return Result::invalid(overlong,
                               u"%1 is longer than %2 characters"_s.arg(overlong).arg(F::MaxIdLength));

    a.message = read(u"message"_s);
    a.alertType = read(u"alert_type"_s);
    a.severityWord = read(u"severity"_s);
    a.severity =
        SeverityMapper::map(a.severityWord, SeverityMapper::Table::Generic, severityOverrides(context));

    Source statusSource = sources.value(u"status"_s);
    QString status = read(u"status"_s);
    // Seed senders without a status mapping may send a top-level "resolved" flag instead.
    if (status.isEmpty() && !statusSource.mapped) {
        statusSource.path = u"$.resolved"_s;
        status = F::text(payload.value(u"resolved"_s), F::Leniency::Loose);
    }
    if (isResolved(status, statusSource, mappings))
        a.status = NormalizedAlert::Status::Resolved;
    a.occurredAtMs =
        TimeParser::parseToEpochMs(JsonPath::evaluate(payload, sources.value(u"timestamp"_s).path));

    QJsonObject extra;
    const QJsonObject extraPaths = F::object(mappings.value(u"extra"_s));
    for (auto it = extraPaths.constBegin(); it != extraPaths.constEnd(); ++it) {
        const QString value = F::text(JsonPath::evaluate(payload, it.value().toString()), F::Leniency::Loose);
        if (!value.isEmpty())
            extra.insert(it.key(), F::clip(value, F::MaxNameLength));
    }
    if (!status.isEmpty())
        extra.insert(u"status"_s, F::clip(status, F::MaxNameLength));
    a.extra = extra;
    F::clipTexts(a);
    return Result::ofAlert(std::move(a));
}

QStringList GenericNormalizer::validateMappings(const QJsonObject &mappings)
{
    QStringList problems;
    for (auto it = mappings.constBegin(); it != mappings.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &v = it.value();
        if (pathFields().contains(key)) {
            QString error;
            if (!v.isString())
                problems.append(u"%1: a path must be a string such as \"$.event.id\""_s.arg(key));
            else if (!v.toString().trimmed().isEmpty() && !JsonPath::isValid(v.toString(), &error))
                problems.append(u"%1: %2"_s.arg(key, error));
        } else if (key == u"severity_map") {
            const QJsonObject map = v.toObject();
            if (!v.isObject())
                problems.append(u"severity_map must be an object such as {\"P1\": \"urgent\"}"_s);
            for (auto m = map.constBegin(); m != map.constEnd(); ++m) {
                const QString target = m.value().toString();
                if (!severity::fromString(target) &&
                    !SeverityMapper::lookup(target, SeverityMapper::Table::Generic))
                    problems.append(
                        u"severity_map: \"%1\" must map to urgent, high, normal or low"_s.arg(m.key()));
            }
        } else if (key == u"resolve_values") {
            if (!v.isArray() && !v.isString())
                problems.append(u"resolve_values must be a list of status values"_s);
        } else if (key == u"extra") {
            const QJsonObject extra = v.toObject();
            if (!v.isObject())
                problems.append(u"extra must be an object of name: path"_s);
            for (auto e = extra.constBegin(); e != extra.constEnd(); ++e) {
                QString error;
                if (!JsonPath::isValid(e.value().toString(), &error))
                    problems.append(u"extra.%1: %2"_s.arg(e.key(), error));
            }
        } else {
            problems.append(u"unknown mapping key \"%1\""_s.arg(key));
        }
    }
    return problems;
}

} // namespace nestogy
