#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

namespace nestogy {

// Opening hours in one time zone: per weekday one or more spans ("mon": "08:00-12:00,13:00-17:00"; a day
// not listed, or "", is closed) and closed dates ("holidays": ["2026-12-24"]). Answers how much business time
// lies between two instants and when a business-time budget runs out, across DST changes. Technicians'
// working hours use the same format.
class BusinessCalendar
{
public:
    // {"timezone": "Europe/Berlin", "hours": {"mon": "08:00-17:00", ...}, "holidays": [...]}; nullopt and
    // *error naming the key when something is malformed or no hour of the week is open.
    static std::optional<BusinessCalendar> fromJson(const QJsonObject &json, QString *error);
    // Just the weekday spans (a technician's working_hours) in `timezone` (empty or invalid: UTC).
    static std::optional<BusinessCalendar> fromHours(const QJsonObject &hours, const QString &timezone,
                                                     QString *error);

    bool isOpen(qint64 atMs) const;
    // Milliseconds of opening time in [fromMs, toMs); 0 when toMs <= fromMs.
    qint64 businessMsBetween(qint64 fromMs, qint64 toMs) const;
    // The instant at which `durationMs` of opening time has passed since startMs.
    qint64 addBusinessMs(qint64 startMs, qint64 durationMs) const;

private:
    struct Span
    {
        QTime from;
        QTime to; // 00:00 means midnight at the end of the day
    };
    // The day's open intervals as UTC epoch ms, in order.
    QList<QPair<qint64, qint64>> openIntervals(const QDate &localDate) const;

    QTimeZone m_zone = QTimeZone::utc();
    std::array<QList<Span>, 7> m_days; // Monday first
    QSet<QDate> m_holidays;
};

} // namespace nestogy
