#include "DattoNormalizer.h"

#include "FieldReader.h"
#include "SeverityMapper.h"
#include "TimeParser.h"

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

using F = FieldReader;

// Seed first, then camelCase, then HaloPSA snake_case: an Invalid names the spelling the sender used.
const QStringList alertUidKeys{u"alert_uid"_s, u"alertUID"_s, u"alertuid"_s};
const QStringList deviceIdKeys{u"uid"_s, u"deviceUid"_s, u"device_uid"_s, u"device_id"_s, u"deviceId"_s};
const QStringList hostnameKeys{u"device_name"_s, u"hostname"_s, u"device_hostname"_s, u"deviceHostname"_s,
                               u"deviceName"_s};
const QStringList siteNameKeys{u"site_name"_s, u"sitename"_s, u"dattoSiteDetails"_s, u"siteName"_s};
const QStringList siteIdKeys{u"site_uid"_s, u"siteUid"_s, u"site_id"_s, u"siteId"_s};
const QStringList messageKeys{u"alert_message"_s, u"alertMessage"_s, u"alert"_s, u"message"_s};
const QStringList resolvedFlagKeys{u"alert_resolved"_s, u"resolvedAlert"_s, u"resolved"_s};
const QStringList timeKeys{u"timestamp"_s, u"alert_time"_s, u"alertTime"_s, u"created"_s};

bool isSeedSeverityWord(const QString &word)
{
    return SeverityMapper::lookup(word, SeverityMapper::Table::DattoSeed).has_value();
}

bool isResolved(const QJsonObject &payload)
{
    for (const QString &key : resolvedFlagKeys) {
        if (const auto flag = F::flag(F::value(payload, key)))
            return *flag;
    }
    const QString state = F::first(payload, {u"state"_s, u"status"_s}).toLower();
    return state == u"resolved" || state == u"closed" || state == u"cleared";
}

} // namespace

Normalizer::Result DattoNormalizer::normalize(const QJsonObject &payload,
                                              const NormalizeContext &context) const
{
    const F::Picked alertUid = F::pick(payload, alertUidKeys);
    if (alertUid.value.isEmpty())
        return Result::invalid(
            alertUid.key, u"no alert uid (%1 missing or an unfilled template variable)"_s.arg(alertUid.key));

    NormalizedAlert a;
    a.externalAlertId = alertUid.value;
    // A resolve arrives as a second payload carrying the same alert uid.
    a.seriesKey = alertUid.value;
    const F::Picked deviceId = F::pick(payload, deviceIdKeys);
    a.deviceName = F::first(payload, hostnameKeys);
    // Templates without a device uid still name the host, the best device key left; the seed format
    // (spelled alert_uid) has always required uid, and senders configured for it keep that contract.
    const bool seedShape = alertUid.key.compare(u"alert_uid"_s, Qt::CaseInsensitive) == 0;
    a.deviceId = deviceId.value.isEmpty() && !seedShape ? a.deviceName : deviceId.value;
    if (a.deviceId.isEmpty())
        return Result::invalid(deviceId.key, u"no device id or hostname"_s);

    a.clientName = F::first(payload, siteNameKeys);
    a.clientExternalId = F::first(payload, siteIdKeys);
    const QString overlong = F::overlong(
        {{alertUid.key, a.seriesKey}, {deviceId.key, a.deviceId}, {u"site_uid"_s, a.clientExternalId}});
    if (!overlong.isEmpty())
        return Result::invalid(overlong,
                               u"%1 is longer than %2 characters"_s.arg(overlong).arg(F::MaxIdLength));

    // alert_type is a severity word in the seed (critical|warning|info) but a monitor type in HaloPSA's
    // template (perf_disk_usage_ctx), so it is read as whichever it turns out to be.
    const QString alertTypeWord = F::first(payload, {u"alert_type"_s, u"alertType"_s});
    const QString priority = F::first(payload, {u"priority"_s, u"alertPriority"_s, u"alert_priority"_s});
    const QJsonObject overrides = F::object(context.settings.value(u"severity_map"_s));
    if (!priority.isEmpty()) {
        a.severityWord = priority;
        a.severity = SeverityMapper::map(priority, SeverityMapper::Table::DattoPriority, overrides);
    } else if (isSeedSeverityWord(alertTypeWord) ||
               SeverityMapper::lookupOverride(alertTypeWord, overrides)) {
        a.severityWord = alertTypeWord;
        a.severity = SeverityMapper::map(alertTypeWord, SeverityMapper::Table::DattoSeed, overrides);
    }
    a.alertType = F::first(payload, {u"alert_category"_s, u"alertCategory"_s});
    if (a.alertType.isEmpty() && !isSeedSeverityWord(alertTypeWord))
        a.alertType = alertTypeWord;
    if (a.alertType.isEmpty())
        a.alertType = F::first(payload, {u"alert"_s, u"monitor"_s});

    a.message = F::first(payload, messageKeys);
    a.status = isResolved(payload) ? NormalizedAlert::Status::Resolved : NormalizedAlert::Status::Triggered;
    a.occurredAtMs = TimeParser::parseToEpochMs(F::pick(payload, timeKeys).value);

    QJsonObject extra;
    const QStringList kept{u"platform"_s,  u"device_os"_s, u"device_ip"_s,  u"device_description"_s,
                           u"last_user"_s, u"alert"_s,     u"alert_type"_s, u"alert_category"_s,
                           u"site_id"_s,   u"device_id"_s, u"device_uid"_s, u"state"_s};
    for (const QString &key : kept) {
        const QString value = F::text(payload.value(key));
        if (!value.isEmpty())
            extra.insert(key, F::clip(value, F::MaxNameLength));
    }
    a.extra = extra;
    F::clipTexts(a);
    return Result::ofAlert(std::move(a));
}

} // namespace nestogy
