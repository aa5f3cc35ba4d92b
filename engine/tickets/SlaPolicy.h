#pragma once

#include <QString>

namespace nestogy {

// Response and resolution targets per ticket priority (the original design's defaults).
struct SlaTargets
{
    qint64 responseMs = 0;
    qint64 resolutionMs = 0;
    qint64 inactivityMs = 0;
};

namespace SlaPolicy {
SlaTargets defaultsFor(const QString &priority);
}

} // namespace nestogy
