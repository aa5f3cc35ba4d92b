#pragma once

#include "BusinessCalendar.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace nestogy {

// Response, resolution and inactivity targets of one priority.
struct SlaTargets
{
    qint64 responseMs = 0;
    qint64 resolutionMs = 0;
    qint64 inactivityMs = 0;
};

// The SLA in force (settings section "sla"): targets per priority (the original design's defaults unless
// overridden) and an optional business-hours calendar that the clock of the listed priorities runs on (by
// default every priority but Urgent, which is 24x7). Due times and "how much of the target is used" both go
// through here, so warnings and breaches agree with the due times shown.
//
// {"targets": {"High": {"response_minutes": 60, "resolution_minutes": 480, "inactivity_minutes": 240}},
//  "business_hours": {"timezone": "Europe/Berlin", "hours": {"mon": "08:00-17:00"}, "holidays": []},
//  "business_hours_priorities": ["High", "Normal", "Low"]}
class SlaPolicy
{
public:
    static SlaTargets defaultsFor(const QString &priority);
    // nullopt with *error ("field: reason") for a malformed section.
    static std::optional<SlaPolicy> fromJson(const QJsonObject &json, QString *error);
    // The stored policy; the defaults when none is stored or it cannot be read.
    static SlaPolicy load(QSqlDatabase &db);

    SlaTargets targetsFor(const QString &priority) const;
    bool usesCalendar(const QString &priority) const;
    // When `durationMs` of SLA time from startMs runs out for a ticket of `priority`.
    qint64 dueAt(const QString &priority, qint64 startMs, qint64 durationMs) const;
    // SLA time elapsed between two instants for a ticket of `priority`.
    qint64 elapsed(const QString &priority, qint64 fromMs, qint64 toMs) const;

private:
    QHash<QString, SlaTargets> m_targets;
    std::optional<BusinessCalendar> m_calendar;
    QStringList m_calendarPriorities{QStringLiteral("High"), QStringLiteral("Normal"), QStringLiteral("Low")};
};

} // namespace nestogy
