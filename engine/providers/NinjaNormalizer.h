#pragma once

#include "Normalizer.h"

namespace nestogy {

// NinjaOne: the real webhook body (an Activity object, optionally with the expanded device) and the seed
// format (deviceId/alertId/alertType...), told apart by activityType/statusCode versus alertId.
class NinjaNormalizer final : public Normalizer
{
public:
    Result normalize(const QJsonObject &payload, const NormalizeContext &context) const override;

    // Activity types that carry monitoring alerts. Others (SYSTEM, ACTIONSET, ...) are acknowledged and
    // ignored.
    static bool isMonitoringActivity(const QString &activityType);

private:
    static Result normalizeActivity(const QJsonObject &payload, const NormalizeContext &context);
    static Result normalizeSeed(const QJsonObject &payload, const NormalizeContext &context);
};

} // namespace nestogy
