#include "ProviderLabels.h"

using namespace Qt::StringLiterals;

namespace nestogy {

QString ProviderLabels::display(Provider provider)
{
    switch (provider) {
    case Provider::Ninja:
        return tr("NinjaOne");
    case Provider::Datto:
        return tr("Datto RMM");
    case Provider::ConnectWise:
        return tr("ConnectWise Automate");
    case Provider::Generic:
        return tr("Generic webhook");
    }
    return {};
}

QString ProviderLabels::endpointExample(Provider provider)
{
    switch (provider) {
    case Provider::Ninja:
        return u"https://app.ninjarmm.com"_s;
    case Provider::Datto:
        return u"https://merlot-api.centrastage.net"_s;
    case Provider::ConnectWise:
        return u"https://automate.example.com"_s;
    case Provider::Generic:
        break;
    }
    return {};
}

} // namespace nestogy
