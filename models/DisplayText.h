#pragma once

#include <QCoreApplication>
#include <QString>

namespace nestogy {

// How the list models show times and durations: local time in the user's locale, durations in the two
// largest units.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // Local date and time for a UTC epoch-ms value; empty for 0 (never / not set).
    static QString dateTime(qint64 epochMs);
    // "3 d 4 h", "2 h 5 min", "12 min", "< 1 min" for a non-negative length.
    static QString duration(qint64 ms);
};

} // namespace nestogy
