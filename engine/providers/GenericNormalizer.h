#pragma once

#include "Normalizer.h"

#include <QStringList>

namespace nestogy {

// Any sender, through the integration's field mapping: JSONPath-like paths per field, a severity value map
// and the status values that mean "resolved". Fields without a path fall back to the seed's top-level keys.
class GenericNormalizer final : public Normalizer
{
public:
    // Mapping keys whose value is a path, in the order an editor should show them.
    static const QStringList &pathFields();

    Result normalize(const QJsonObject &payload, const NormalizeContext &context) const override;

    // Problems with a field mapping, one readable sentence each; empty when the mapping is usable.
    static QStringList validateMappings(const QJsonObject &mappings);
};

} // namespace nestogy
