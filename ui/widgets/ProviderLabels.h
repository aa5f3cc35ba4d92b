#pragma once

#include "Provider.h"

#include <QCoreApplication>
#include <QString>

namespace nestogy {

// The translated names of the RMM providers, and an example of each one's API address.
class ProviderLabels
{
    Q_DECLARE_TR_FUNCTIONS(ProviderLabels)

public:
    static QString display(Provider provider);
    // A typical API base URL, shown as the endpoint field's placeholder; "" for generic (no API).
    static QString endpointExample(Provider provider);
};

} // namespace nestogy
