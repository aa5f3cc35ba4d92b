#include "SlaPolicy.h"

#include "SettingsStore.h"
#include "TicketStore.h"

#include <QJsonArray>

namespace nestogy {

SlaTargets SlaPolicy::defaultsFor(const QString &priority)
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

std::optional<SlaPolicy> SlaPolicy::fromJson(const QJsonObject &json, QString *error)
{
    static const QStringList keys{QStringLiteral("targets"), QStringLiteral("business_hours"),
                                  QStringLiteral("business_hours_priorities")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!keys.contains(it.key())) {
            *error = QStringLiteral("%1: unknown key (known: %2)").arg(it.key(), keys.join(u", "));
            return std::nullopt;
        }
    }
    const QStringList priorities = TicketStore::priorities();
    SlaPolicy p;
    const QJsonValue targets = json.value(u"targets");
    if (!targets.isUndefined() && !targets.isObject()) {
        *error = QStringLiteral("targets: must be an object keyed by priority");
        return std::nullopt;
    }
    const QJsonObject byPriority = targets.toObject();
    for (auto it = byPriority.begin(); it != byPriority.end(); ++it) {
        if (!priorities.contains(it.key()) || !it.value().isObject()) {
            *error = QStringLiteral("targets.%1: must be one of %2 with an object of minutes")
                         .arg(it.key(), priorities.join(u", "));
            return std::nullopt;
        }
        SlaTargets t = defaultsFor(it.key());
        const QJsonObject o = it.value().toObject();
        for (auto f = o.begin(); f != o.end(); ++f) {
            qint64 *slot = f.key() == u"response_minutes"     ? &t.responseMs
                           : f.key() == u"resolution_minutes" ? &t.resolutionMs
                           : f.key() == u"inactivity_minutes" ? &t.inactivityMs
                                                              : nullptr;
            const double minutes = f.value().toDouble(-1);
            if (!slot || !f.value().isDouble() || minutes != double(qint64(minutes)) || minutes < 1 ||
                minutes > 525600) {
                *error = QStringLiteral("targets.%1.%2: use response_minutes, resolution_minutes or "
                                        "inactivity_minutes, each a whole number from 1 to 525600")
                             .arg(it.key(), f.key());
                return std::nullopt;
            }
            *slot = qint64(minutes) * 60 * 1000;
        }
        p.m_targets.insert(it.key(), t);
    }
    if (json.contains(u"business_hours") && !json.value(u"business_hours").isNull()) {
        QString calendarError;
        p.m_calendar = BusinessCalendar::fromJson(json.value(u"business_hours").toObject(), &calendarError);
        if (!p.m_calendar || !json.value(u"business_hours").isObject()) {
            *error = QStringLiteral("business_hours.%1")
                         .arg(calendarError.isEmpty() ? QStringLiteral("hours: must be an object")
                                                      : calendarError);
            return std::nullopt;
        }
    }
    if (json.contains(u"business_hours_priorities")) {
        p.m_calendarPriorities.clear();
        const QJsonValue list = json.value(u"business_hours_priorities");
        for (const QJsonValue &v : list.toArray()) {
            if (!priorities.contains(v.toString())) {
                *error = QStringLiteral("business_hours_priorities: '%1' is not one of %2")
                             .arg(v.toString(), priorities.join(u", "));
                return std::nullopt;
            }
            p.m_calendarPriorities.append(v.toString());
        }
        if (!list.isArray()) {
            *error = QStringLiteral("business_hours_priorities: must be a list of priorities");
            return std::nullopt;
        }
    }
    return p;
}

SlaPolicy SlaPolicy::load(QSqlDatabase &db)
{
    const auto section = SettingsStore::read(db, QStringLiteral("sla"));
    QString error;
    const auto policy = section ? fromJson(*section, &error) : std::nullopt;
    return policy.value_or(SlaPolicy());
}

SlaTargets SlaPolicy::targetsFor(const QString &priority) const
{
    return m_targets.value(priority, defaultsFor(priority));
}

bool SlaPolicy::usesCalendar(const QString &priority) const
{
    return m_calendar && m_calendarPriorities.contains(priority);
}

qint64 SlaPolicy::dueAt(const QString &priority, qint64 startMs, qint64 durationMs) const
{
    return usesCalendar(priority) ? m_calendar->addBusinessMs(startMs, durationMs) : startMs + durationMs;
}

qint64 SlaPolicy::elapsed(const QString &priority, qint64 fromMs, qint64 toMs) const
{
    if (usesCalendar(priority))
        return m_calendar->businessMsBetween(fromMs, toMs);
    return qMax<qint64>(0, toMs - fromMs);
}

} // namespace nestogy
