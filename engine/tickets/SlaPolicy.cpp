#include "SlaPolicy.h"

namespace nestogy::SlaPolicy {

SlaTargets defaultsFor(const QString &priority)
{
    constexpr qint64 min = 60 * 1000;
    constexpr qint64 hour = 60 * min;
    if (priority == u"Urgent")
        return {15 * min, 4 * hour, 2 * hour};
    if (priority == u"High")
        return {1 * hour, 8 * hour, 4 * hour};
    if (priority == u"Low")
        return {8 * hour, 48 * hour, 24 * hour};
    return {4 * hour, 24 * hour, 8 * hour};
}

} // namespace nestogy::SlaPolicy
