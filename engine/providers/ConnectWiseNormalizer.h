#pragma once

#include "Normalizer.h"

namespace nestogy {

// ConnectWise Automate: the body a monitor's script POSTs (seed field names: ComputerID, AlertID, ...),
// read case-insensitively because every script is typed by hand.
class ConnectWiseNormalizer final : public Normalizer
{
public:
    Result normalize(const QJsonObject &payload, const NormalizeContext &context) const override;
};

} // namespace nestogy
