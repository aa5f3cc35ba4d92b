#pragma once

#include "NormalizedAlert.h"

#include <QJsonObject>
#include <QString>

namespace nestogy {

// What a normalizer may use besides the payload: the integration's configuration.
struct NormalizeContext
{
    QJsonObject fieldMappings; // generic: paths; others: optional overrides
    QJsonObject settings;      // e.g. "severity_map": {"Warning": "high"} per-integration overrides
};

// Turns one parsed webhook payload of a provider into a NormalizedAlert, or says it is not an alert
// (ignored), or that it lacks what identifies an alert (invalid, naming the field).
class Normalizer
{
public:
    struct Result
    {
        enum class Kind { Alert, Ignored, Invalid };
        Kind kind = Kind::Invalid;
        NormalizedAlert alert;
        QString reason; // Ignored: why; Invalid: what is wrong
        QString field;  // Invalid: the missing or bad field, as named in the payload

        static Result ofAlert(NormalizedAlert a) { return {Kind::Alert, std::move(a), {}, {}}; }
        static Result ignored(QString why) { return {Kind::Ignored, {}, std::move(why), {}}; }
        static Result invalid(QString field, QString why)
        {
            return {Kind::Invalid, {}, std::move(why), std::move(field)};
        }
    };

    virtual ~Normalizer() = default;
    virtual Result normalize(const QJsonObject &payload, const NormalizeContext &context) const = 0;
};

} // namespace nestogy
