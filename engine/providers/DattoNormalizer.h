#pragma once

#include "Normalizer.h"

namespace nestogy {

// Datto RMM: webhook bodies are admin-written templates, so the seed (uid/alert_uid), camelCase
// (alertUID/resolvedAlert) and HaloPSA snake_case (alertuid/alert_resolved) shapes are all read by key.
class DattoNormalizer final : public Normalizer
{
public:
    Result normalize(const QJsonObject &payload, const NormalizeContext &context) const override;
};

} // namespace nestogy
