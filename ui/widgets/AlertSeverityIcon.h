#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace nestogy {

// The icon and colour of an alert severity, the same in the list and the detail panel. Shape as well as
// colour tells them apart (octagon, triangle, circle, ring), for readers who cannot tell red from orange.
class AlertSeverityIcon
{
public:
    // severity: urgent | high | normal | low; anything else gets the low ring. Painted on each call: callers
    // that paint often keep the icon.
    static QIcon create(const QString &severity);
    static QColor color(const QString &severity);
};

} // namespace nestogy
