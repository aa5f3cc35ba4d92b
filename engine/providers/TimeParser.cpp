#include "TimeParser.h"

#include <QDateTime>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

// Year 9999 in ms; anything later is a unit mix-up, not a date.
constexpr double MaxEpochMs = 253402300799999.0;
// Below this a number is seconds: 1e11 s is the year 5138, 1e11 ms is March 1973.
constexpr double MsThreshold = 1e11;

qint64 fromNumber(double d)
{
    if (!std::isfinite(d) || d <= 0)
        return 0;
    const double ms = d > MsThreshold ? d : d * 1000.0;
    if (ms > MaxEpochMs)
        return 0;
    return std::llround(ms);
}

qint64 fromDateTime(QDateTime dt)
{
    if (!dt.isValid())
        return 0;
    // A timestamp without a zone is UTC by our contract; Qt would read it as the machine's local time.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    const qint64 ms = dt.toMSecsSinceEpoch();
    return ms > 0 ? ms : 0;
}

} // namespace

qint64 TimeParser::parseToEpochMs(const QJsonValue &v)
{
    if (v.isDouble())
        return fromNumber(v.toDouble());
    if (v.isString())
        return parseToEpochMs(v.toString());
    return 0;
}

qint64 TimeParser::parseToEpochMs(const QString &input)
{
    QString s = input.trimmed();
    if (s.isEmpty() || s.size() > 64)
        return 0;

    bool isNumber = false;
    const double d = s.toDouble(&isNumber);
    if (isNumber)
        return fromNumber(d);

    // Zabbix's {EVENT.DATE} writes 2025.08.11; some scripts write 2025/08/11.
    static const QRegularExpression otherSeparators(u"^(\\d{4})[./](\\d{2})[./](\\d{2})"_s);
    s.replace(otherSeparators, u"\\1-\\2-\\3"_s);
    // Python's str(datetime) and SQL write "2025-08-11 12:00:01"; ISO wants a "T" there.
    static const QRegularExpression spaced(u"^(\\d{4}-\\d{2}-\\d{2})[ ](\\d{2}:\\d{2})"_s);
    s.replace(spaced, u"\\1T\\2"_s);
    // ISO allows a lower-case designator and a space before the offset in the wild ("...01 +00:00").
    static const QRegularExpression spacedOffset(u"(\\d)\\s+([+-]\\d{2}:?\\d{2})$"_s);
    s.replace(spacedOffset, u"\\1\\2"_s);
    if (s.endsWith(u'z'))
        s[s.size() - 1] = u'Z';

    if (qint64 ms = fromDateTime(QDateTime::fromString(s, Qt::ISODateWithMs)))
        return ms;

    // RFC 2822 as mail and HTTP write it; Qt only knows numeric zones, so spell GMT/UT/UTC as +0000.
    static const QRegularExpression namedZone(u"\\s+(GMT|UTC|UT|Z)$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QString rfc = input.trimmed();
    rfc.replace(namedZone, u" +0000"_s);
    return fromDateTime(QDateTime::fromString(rfc, Qt::RFC2822Date));
}

} // namespace nestogy
