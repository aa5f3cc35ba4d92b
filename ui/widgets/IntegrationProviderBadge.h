#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace nestogy {

// The small coloured badge with a provider's initials that marks each integration in the list (there are
// no vendor logo files to ship): NinjaOne "N1", Datto RMM "DR", ConnectWise Automate "CW", generic "GW".
class IntegrationProviderBadge
{
public:
    static QString initials(const QString &provider);
    static QColor color(const QString &provider);
    // A square badge of `size` pixels; cached per provider and size.
    static QIcon icon(const QString &provider, int size = 20);
};

} // namespace nestogy
