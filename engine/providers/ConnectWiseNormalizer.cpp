#include "ConnectWiseNormalizer.h"

#include "FieldReader.h"
#include "SeverityMapper.h"
#include "TimeParser.h"

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

using F = FieldReader;

// Automate has no resolve event; scripts that report a monitor's return to normal say so in Status.
bool isResolvedStatus(const QString &status)
{
    static const QStringList words{u"resolved"_s, u"closed"_s, u"cleared"_s, u"ok"_s,
                                   u"reset"_s,    u"fixed"_s,  u"success"_s, u"normal"_s};
    return words.contains(status.toLower());
}

} // namespace

Normalizer::Result ConnectWiseNormalizer::normalize(const QJsonObject &payload,
                                                    const NormalizeContext &context) const
{
    const F::Picked computerId = F::pick(payload, {u"ComputerID"_s});
    if (computerId.value.isEmpty())
        return Result::invalid(computerId.key, u"required field ComputerID is missing"_s);
    const F::Picked alertId = F::pick(payload, {u"AlertID"_s});
    if (alertId.value.isEmpty())
        return Result::invalid(alertId.key, u"required field AlertID is missing"_s);

    NormalizedAlert a;
    a.deviceId = computerId.value;
    a.externalAlertId = alertId.value;
    a.seriesKey = alertId.value;
    a.deviceName = F::first(payload, {u"ComputerName"_s});
    a.clientExternalId = F::first(payload, {u"ClientID"_s});
    a.clientName = F::first(payload, {u"ClientName"_s});
    const QString overlong = F::overlong(
        {{computerId.key, a.deviceId}, {alertId.key, a.seriesKey}, {u"ClientID"_s, a.clientExternalId}});
    if (!overlong.isEmpty())
        return Result::invalid(overlong,
                               u"%1 is longer than %2 characters"_s.arg(overlong).arg(F::MaxIdLength));

    a.alertType = F::first(payload, {u"AlertType"_s});
    a.message = F::first(payload, {u"AlertMessage"_s, u"Message"_s});
    a.severityWord = F::first(payload, {u"Severity"_s});
    // Scripts send either the seed words (Medium) or Automate's own (Warning); both tables agree on Critical.
    const QJsonObject overrides = F::object(context.settings.value(u"severity_map"_s));
    const auto automate = SeverityMapper::lookup(a.severityWord, SeverityMapper::Table::Automate);
    a.severity = SeverityMapper::map(a.severityWord, SeverityMapper::Table::ConnectWise, overrides,
                                     automate.value_or(Severity::Normal));
    const QString status = F::first(payload, {u"Status"_s});
    if (isResolvedStatus(status))
        a.status = NormalizedAlert::Status::Resolved;
    a.occurredAtMs = TimeParser::parseToEpochMs(F::value(payload, u"DateStamp"_s));

    QJsonObject extra;
    if (const QString location = F::first(payload, {u"LocationID"_s}); !location.isEmpty())
        extra.insert(u"LocationID"_s, F::clip(location, F::MaxNameLength));
    if (const QString locationName = F::first(payload, {u"LocationName"_s}); !locationName.isEmpty())
        extra.insert(u"LocationName"_s, F::clip(locationName, F::MaxNameLength));
    if (!status.isEmpty())
        extra.insert(u"Status"_s, F::clip(status, F::MaxNameLength));
    // AdditionalData is free-form script output; kept whole (the raw payload is stored beside it anyway).
    const QJsonValue additional = F::value(payload, u"AdditionalData"_s);
    if (additional.isObject() || additional.isArray())
        extra.insert(u"AdditionalData"_s, additional);
    a.extra = extra;
    F::clipTexts(a);
    return Result::ofAlert(std::move(a));
}

} // namespace nestogy
