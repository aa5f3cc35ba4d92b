#pragma once

#include <QJsonValue>
#include <QString>

namespace nestogy {

// Turns the many ways RMMs write a point in time into UTC epoch milliseconds.
class TimeParser
{
public:
    // Epoch seconds (fractions allowed) or epoch ms (anything above 1e11 is ms), as numbers or numeric
    // strings; ISO 8601 with Z, an offset or no zone (taken as UTC); Python's str(datetime) with a space
    // instead of "T"; RFC 2822. Returns 0 when nothing usable is there.
    static qint64 parseToEpochMs(const QJsonValue &v);
    static qint64 parseToEpochMs(const QString &s);
};

} // namespace nestogy
