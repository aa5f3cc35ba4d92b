#include "BusinessCalendar.h"

#include <QDateTime>
#include <QJsonArray>

namespace nestogy {

namespace {
constexpr const char *DayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
// How far a search for opening time may run: a calendar with any open hour reaches one within two weeks
// unless holidays close it; ten years of holidays is beyond any real configuration.
constexpr int MaxDaysSearched = 3660;
} // namespace

std::optional<BusinessCalendar> BusinessCalendar::fromHours(const QJsonObject &hours, const QString &timezone,
                                                            QString *error)
{
    BusinessCalendar c;
    if (!timezone.isEmpty()) {
        // Only names the zone database knows: a POSIX rule string such as "Nowhere" would pass as UTC.
        const QTimeZone zone(timezone.toUtf8());
        if (!QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8()) || !zone.isValid()) {
            *error = QStringLiteral("timezone: must be an IANA time zone such as Europe/Berlin");
            return std::nullopt;
        }
        c.m_zone = zone;
    }
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        const auto day = std::find_if(std::begin(DayKeys), std::end(DayKeys),
                                      [&](const char *k) { return it.key() == QLatin1String(k); });
        if (day == std::end(DayKeys)) {
            *error = QStringLiteral("hours: unknown day '%1' (use mon, tue, wed, thu, fri, sat, sun)")
                         .arg(it.key());
            return std::nullopt;
        }
        if (!it.value().isString()) {
            *error = QStringLiteral("hours.%1: must be text such as \"08:00-17:00\"").arg(it.key());
            return std::nullopt;
        }
        const QString text = it.value().toString().trimmed();
        if (text.isEmpty())
            continue;
        QList<Span> &spans = c.m_days[std::size_t(day - std::begin(DayKeys))];
        for (const QString &part : text.split(u',')) {
            const QStringList ends = part.trimmed().split(u'-');
            const QTime from = ends.size() == 2 ? QTime::fromString(ends[0].trimmed(), u"HH:mm") : QTime();
            const QString toText = ends.size() == 2 ? ends[1].trimmed() : QString();
            const QTime to = toText == u"24:00" ? QTime(0, 0) : QTime::fromString(toText, u"HH:mm");
            const bool toMidnight = to == QTime(0, 0);
            if (!from.isValid() || !to.isValid() || (!toMidnight && to <= from) ||
                (!spans.isEmpty() && (spans.constLast().to == QTime(0, 0) || from < spans.constLast().to))) {
                *error = QStringLiteral("hours.%1: '%2' is not HH:mm-HH:mm spans in order, e.g. "
                                        "\"08:00-12:00,13:00-17:00\"")
                             .arg(it.key(), part.trimmed());
                return std::nullopt;
            }
            spans.append({from, to});
        }
    }
    return c;
}

std::optional<BusinessCalendar> BusinessCalendar::fromJson(const QJsonObject &json, QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != u"timezone" && it.key() != u"hours" && it.key() != u"holidays") {
            *error = QStringLiteral("%1: unknown key (known: timezone, hours, holidays)").arg(it.key());
            return std::nullopt;
        }
    }
    if (!json.value(u"hours").isObject()) {
        *error = QStringLiteral("hours: required, e.g. {\"mon\": \"08:00-17:00\", ...}");
        return std::nullopt;
    }
    auto c = fromHours(json.value(u"hours").toObject(), json.value(u"timezone").toString(), error);
    if (!c)
        return std::nullopt;
    if (std::all_of(c->m_days.begin(), c->m_days.end(), [](const auto &spans) { return spans.isEmpty(); })) {
        *error = QStringLiteral("hours: at least one day must have opening hours");
        return std::nullopt;
    }
    const QJsonValue holidays = json.value(u"holidays");
    if (!holidays.isUndefined() && !holidays.isArray()) {
        *error = QStringLiteral("holidays: must be a list of dates such as \"2026-12-24\"");
        return std::nullopt;
    }
    for (const QJsonValue &v : holidays.toArray()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid()) {
            *error = QStringLiteral("holidays: '%1' is not a date such as \"2026-12-24\"").arg(v.toString());
            return std::nullopt;
        }
        c->m_holidays.insert(d);
    }
    return c;
}

QList<QPair<qint64, qint64>> BusinessCalendar::openIntervals(const QDate &localDate) const
{
    QList<QPair<qint64, qint64>> out;
    if (m_holidays.contains(localDate))
        return out;
    for (const Span &s : m_days[std::size_t(localDate.dayOfWeek() - 1)]) {
        const qint64 from = QDateTime(localDate, s.from, m_zone).toMSecsSinceEpoch();
        const qint64 to = s.to == QTime(0, 0)
                              ? QDateTime(localDate.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch()
                              : QDateTime(localDate, s.to, m_zone).toMSecsSinceEpoch();
        if (to > from)
            out.append({from, to});
    }
    return out;
}

bool BusinessCalendar::isOpen(qint64 atMs) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(atMs, m_zone).date();
    const auto intervals = openIntervals(day);
    return std::any_of(intervals.begin(), intervals.end(),
                       [atMs](const auto &i) { return atMs >= i.first && atMs < i.second; });
}

qint64 BusinessCalendar::businessMsBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    qint64 total = 0;
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, m_zone).date();
    for (QDate day = QDateTime::fromMSecsSinceEpoch(fromMs, m_zone).date(); day <= last;
         day = day.addDays(1)) {
        for (const auto &[open, close] : openIntervals(day)) {
            const qint64 a = qMax(open, fromMs);
            const qint64 b = qMin(close, toMs);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}

qint64 BusinessCalendar::addBusinessMs(qint64 startMs, qint64 durationMs) const
{
    qint64 left = qMax<qint64>(0, durationMs);
    QDate day = QDateTime::fromMSecsSinceEpoch(startMs, m_zone).date();
    for (int i = 0; i < MaxDaysSearched; ++i, day = day.addDays(1)) {
        for (const auto &[open, close] : openIntervals(day)) {
            const qint64 a = qMax(open, startMs);
            if (close <= a)
                continue;
            if (close - a >= left)
                return a + left;
            left -= close - a;
        }
    }
    return startMs + durationMs; // unreachable with a validated calendar; wall time is the honest fallback
}

} // namespace nestogy
