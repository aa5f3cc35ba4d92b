#include "NinjaNormalizer.h"

#include "FieldReader.h"
#include "SeverityMapper.h"
#include "TimeParser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

using F = FieldReader;

// Ninja fills sourceName with the condition's target for some conditions ("_average_"); that is no name.
bool isMeaningfulName(const QString &s)
{
    static const QRegularExpression placeholder(u"^_[A-Za-z0-9_]*_$"_s);
    return !s.isEmpty() && !placeholder.match(s).hasMatch();
}

QJsonObject severityOverrides(const NormalizeContext &context)
{
    return F::object(context.settings.value(u"severity_map"_s));
}

} // namespace

bool NinjaNormalizer::isMonitoringActivity(const QString &activityType)
{
    // PROVIDERS.md: CONDITION plus "the other monitoring types". These four may carry an alert; only their
    // TRIGGERED/RESET events open or close one (checked by the caller), so patch or scan results with other
    // status codes are still ignored rather than turned into tickets.
    static const QStringList types{u"CONDITION"_s, u"MONITOR"_s, u"ANTIVIRUS"_s, u"PATCH_MANAGEMENT"_s};
    return types.contains(activityType.toUpper());
}

Normalizer::Result NinjaNormalizer::normalize(const QJsonObject &payload,
                                              const NormalizeContext &context) const
{
    const bool isActivity = payload.contains(u"activityType"_s) || payload.contains(u"statusCode"_s) ||
                            payload.contains(u"seriesUid"_s) || payload.contains(u"activityTime"_s);
    return isActivity ? normalizeActivity(payload, context) : normalizeSeed(payload, context);
}

Normalizer::Result NinjaNormalizer::normalizeActivity(const QJsonObject &payload,
                                                      const NormalizeContext &context)
{
    const QString activityType = F::text(payload.value(u"activityType"_s)).toUpper();
    const QString statusCode = F::text(payload.value(u"statusCode"_s)).toUpper();
    // A missing activityType with TRIGGERED/RESET is still a condition event; only a named other type is not.
    if (!activityType.isEmpty() && !isMonitoringActivity(activityType))
        return Result::ignored(u"NinjaOne %1 activity (%2) is not an alert"_s.arg(activityType, statusCode));
    NormalizedAlert::Status status;
    if (statusCode == u"TRIGGERED")
        status = NormalizedAlert::Status::Triggered;
    else if (statusCode == u"RESET")
        status = NormalizedAlert::Status::Resolved;
    else
        return Result::ignored(u"NinjaOne status %1 is neither TRIGGERED nor RESET"_s.arg(
            statusCode.isEmpty() ? u"(none)"_s : F::clip(statusCode, 64)));

    const QJsonObject device = F::object(payload.value(u"device"_s));
    const QJsonObject references = F::object(device.value(u"references"_s));
    const QJsonObject organization = F::object(references.value(u"organization"_s));
    const QJsonObject location = F::object(references.value(u"location"_s));

    NormalizedAlert a;
    a.status = status;
    a.deviceId = F::text(payload.value(u"deviceId"_s));
    if (a.deviceId.isEmpty())
        a.deviceId = F::text(device.value(u"id"_s));
    if (a.deviceId.isEmpty())
        return Result::invalid(u"deviceId"_s, u"NinjaOne activity has neither deviceId nor device.id"_s);

    const QString seriesUid = F::text(payload.value(u"seriesUid"_s));
    const QString activityId = F::text(payload.value(u"id"_s));
    const QString conditionUid = F::text(payload.value(u"sourceConfigUid"_s));
    a.providerEventId = activityId;
    a.externalAlertId = seriesUid.isEmpty() ? activityId : seriesUid;
    // Without seriesUid a reset still meets its trigger through the condition on that device (inference).
    if (!seriesUid.isEmpty())
        a.seriesKey = seriesUid;
    else if (!conditionUid.isEmpty())
        a.seriesKey = conditionUid + u'@' + a.deviceId;
    else
        a.seriesKey = activityId;
    if (a.seriesKey.isEmpty())
        return Result::invalid(u"seriesUid"_s,
                               u"NinjaOne activity has no seriesUid, sourceConfigUid or id"_s);

    a.deviceName = F::first(device, {u"systemName"_s, u"displayName"_s, u"dnsName"_s});
    a.clientName = F::text(organization.value(u"name"_s));
    a.clientExternalId = F::text(device.value(u"organizationId"_s));
    if (a.clientExternalId.isEmpty())
        a.clientExternalId = F::first(payload, {u"organizationId"_s});
    if (a.clientExternalId.isEmpty())
        a.clientExternalId = F::text(organization.value(u"id"_s));
    const QString overlong = F::overlong({{u"deviceId"_s, a.deviceId},
                                          {u"seriesUid"_s, a.seriesKey},
                                          {u"id"_s, a.providerEventId},
                                          {u"organizationId"_s, a.clientExternalId}});
    if (!overlong.isEmpty())
        return Result::invalid(overlong,
                               u"%1 is longer than %2 characters"_s.arg(overlong).arg(F::MaxIdLength));

    const QJsonObject dataMessage = F::object(F::object(payload.value(u"data"_s)).value(u"message"_s));
    QString code = F::text(dataMessage.value(u"code"_s));
    // The reset's code is the trigger's plus "_reset"; both events should show the same type.
    if (status == NormalizedAlert::Status::Resolved && code.endsWith(u"_reset"_s))
        code.chop(6);
    const QString sourceName = F::text(payload.value(u"sourceName"_s));
    a.alertType = isMeaningfulName(sourceName) ? sourceName : code;
    if (a.alertType.isEmpty())
        a.alertType = F::text(payload.value(u"type"_s));

    a.message = F::first(payload, {u"message"_s, u"subject"_s});
    const QJsonObject overrides = severityOverrides(context);
    const QString severityWord = F::text(payload.value(u"severity"_s));
    const QString priorityWord = F::text(payload.value(u"priority"_s));
    if (!severityWord.isEmpty()) {
        a.severityWord = severityWord;
        a.severity = SeverityMapper::map(severityWord, SeverityMapper::Table::NinjaSeverity, overrides);
    } else if (!priorityWord.isEmpty()) {
        a.severityWord = priorityWord;
        a.severity = SeverityMapper::map(priorityWord, SeverityMapper::Table::NinjaPriority, overrides);
    }
    a.occurredAtMs = TimeParser::parseToEpochMs(payload.value(u"activityTime"_s));

    QJsonObject extra;
    auto keep = [&extra](const QString &key, const QString &value) {
        if (!value.isEmpty())
            extra.insert(key, F::clip(value, F::MaxNameLength));
    };
    keep(u"activityType"_s, activityType);
    keep(u"statusCode"_s, statusCode);
    keep(u"sourceConfigUid"_s, conditionUid);
    keep(u"nodeClass"_s, F::text(device.value(u"nodeClass"_s)));
    keep(u"locationId"_s, F::text(device.value(u"locationId"_s)));
    keep(u"locationName"_s, F::text(location.value(u"name"_s)));
    keep(u"messageCode"_s, F::text(dataMessage.value(u"code"_s)));
    if (dataMessage.value(u"params"_s).isObject())
        extra.insert(u"params"_s, dataMessage.value(u"params"_s));
    a.extra = extra;
    F::clipTexts(a);
    return Result::ofAlert(std::move(a));
}

Normalizer::Result NinjaNormalizer::normalizeSeed(const QJsonObject &payload, const NormalizeContext &context)
{
    NormalizedAlert a;
    a.deviceId = F::text(F::value(payload, u"deviceId"_s));
    if (a.deviceId.isEmpty())
        return Result::invalid(u"deviceId"_s, u"required field deviceId is missing"_s);
    const QString alertId = F::text(F::value(payload, u"alertId"_s));
    if (alertId.isEmpty())
        return Result::invalid(u"alertId"_s, u"required field alertId is missing"_s);
    a.externalAlertId = alertId;
    a.seriesKey = alertId;
    a.deviceName = F::text(F::value(payload, u"deviceName"_s));
    a.clientExternalId = F::text(F::value(payload, u"organizationId"_s));
    const QString overlong = F::overlong(
        {{u"deviceId"_s, a.deviceId}, {u"alertId"_s, alertId}, {u"organizationId"_s, a.clientExternalId}});
    if (!overlong.isEmpty())
        return Result::invalid(overlong,
                               u"%1 is longer than %2 characters"_s.arg(overlong).arg(F::MaxIdLength));
    a.clientName = F::first(payload, {u"organizationName"_s});
    // The seed's alertType holds a severity word (Critical/Major/Minor/Trivial), not a type, so it is used
    // for severity only and alertType stays empty rather than reading "Major".
    a.severityWord = F::text(F::value(payload, u"alertType"_s));
    a.severity =
        SeverityMapper::map(a.severityWord, SeverityMapper::Table::NinjaSeed, severityOverrides(context));
    a.message = F::text(F::value(payload, u"alertMessage"_s));
    a.occurredAtMs = TimeParser::parseToEpochMs(F::value(payload, u"createdAt"_s));
    // Seed senders never resolved, but a script that adds a status should be understood.
    const QString status = F::text(F::value(payload, u"status"_s)).toLower();
    if (status == u"resolved" || status == u"reset" || status == u"closed")
        a.status = NormalizedAlert::Status::Resolved;
    F::clipTexts(a);
    return Result::ofAlert(std::move(a));
}

} // namespace nestogy
