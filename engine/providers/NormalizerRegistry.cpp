#include "NormalizerRegistry.h"

#include "ConnectWiseNormalizer.h"
#include "DattoNormalizer.h"
#include "GenericNormalizer.h"
#include "NinjaNormalizer.h"

namespace nestogy {

const Normalizer &NormalizerRegistry::forProvider(Provider provider)
{
    // Normalizers hold no state, so one shared const instance each serves every thread.
    static const ConnectWiseNormalizer connectWise;
    static const DattoNormalizer datto;
    static const NinjaNormalizer ninja;
    static const GenericNormalizer generic;
    switch (provider) {
    case Provider::ConnectWise:
        return connectWise;
    case Provider::Datto:
        return datto;
    case Provider::Ninja:
        return ninja;
    case Provider::Generic:
        return generic;
    }
    return generic;
}

} // namespace nestogy
