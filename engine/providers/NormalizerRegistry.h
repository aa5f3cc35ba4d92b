#pragma once

#include "Normalizer.h"
#include "Provider.h"

namespace nestogy {

// Hands out the one stateless normalizer of each provider; safe to call from any thread.
class NormalizerRegistry
{
public:
    static const Normalizer &forProvider(Provider provider);
};

} // namespace nestogy
