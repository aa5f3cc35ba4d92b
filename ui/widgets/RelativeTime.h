#pragma once

#include <QCoreApplication>
#include <QString>

namespace nestogy {

// Short, translated spans of time for the dashboard: "in 1 h 20 min", "breached 5 min ago", "3 min ago".
// Minutes are the finest unit: the dashboard redraws its countdowns every 30 seconds.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    // "45 min", "3 h 20 min", "2 d 4 h"; below a minute "under 1 min".
    static QString span(qint64 ms);
    // Time left to a due time: "in 20 min", or once it has passed "breached 5 min ago".
    static QString countdown(qint64 remainingMs);
    // "5 min ago", "just now"; "never" for 0.
    static QString ago(qint64 thenMs, qint64 nowMs);
};

} // namespace nestogy
