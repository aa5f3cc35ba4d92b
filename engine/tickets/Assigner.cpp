#include "Assigner.h"

#include "BusinessCalendar.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace nestogy::Assigner {

namespace {
struct Candidate
{
    qint64 id = 0;
    QString name;
    QStringList skills;
    int capacity = 0;
    int seniority = 0;
    int open = 0;
    int familiarity = 0;
    bool onShift = true;
    qint64 lastAssignedId = 0; // newest ticket id assigned to them; 0 = never
    int score = 0;
    QStringList why;
};

QString matchedSkill(const QStringList &skills, const QString &alertType, const QString &category)
{
    const QString haystack = (alertType + u' ' + category).toLower();
    for (const QString &skill : skills) {
        if (!skill.isEmpty() && haystack.contains(skill.toLower()))
            return skill;
    }
    return {};
}
} // namespace

bool onShift(const QString &workingHoursJson, const QString &timezone, qint64 nowMs)
{
    const QJsonObject hours = QJsonDocument::fromJson(workingHoursJson.toUtf8()).object();
    if (hours.isEmpty())
        return true;
    // An unknown zone counts as UTC rather than as never on shift; malformed hours as off shift.
    QString error;
    const QTimeZone zone(timezone.toUtf8());
    const auto calendar = BusinessCalendar::fromHours(
        hours, timezone.isEmpty() || !zone.isValid() ? QString() : timezone, &error);
    return calendar && calendar->isOpen(nowMs); // a day not listed is a day off
}

Choice choose(QSqlDatabase &db, const Request &r)
{
    const qint64 since = r.nowMs - 90LL * 24 * 3600 * 1000;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT t.id, t.name, t.skills, t.capacity, t.seniority, t.working_hours, t.timezone, "
                       "(SELECT COUNT(*) FROM tickets k WHERE k.assignee_id = t.id AND k.status NOT IN "
                       "('Resolved', 'Closed')), "
                       "(SELECT COUNT(*) FROM tickets k WHERE k.assignee_id = t.id AND k.client_id = ? AND "
                       "k.created_at >= ?), "
                       "(SELECT COALESCE(MAX(k.id), 0) FROM tickets k WHERE k.assignee_id = t.id) "
                       "FROM technicians t WHERE t.active = 1 ORDER BY t.id"));
    q.addBindValue(r.clientId ? QVariant(*r.clientId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(since);
    if (!q.exec())
        return {std::nullopt, QStringLiteral("left unassigned: technicians could not be read")};
    QList<Candidate> candidates;
    int active = 0;
    while (q.next()) {
        ++active;
        Candidate c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        const QJsonArray skills = QJsonDocument::fromJson(q.value(2).toByteArray()).array();
        for (const auto &s : skills)
            c.skills << s.toString();
        c.capacity = q.value(3).toInt();
        c.seniority = q.value(4).toInt();
        c.onShift = onShift(q.value(5).toString(), q.value(6).toString(), r.nowMs);
        c.open = q.value(7).toInt();
        c.familiarity = r.clientId ? q.value(8).toInt() : 0;
        c.lastAssignedId = q.value(9).toLongLong();
        const int spare = c.capacity - c.open;
        if (spare <= 0)
            continue;
        c.score = spare * 2;
        c.why << QStringLiteral("spare capacity %1 of %2").arg(spare).arg(c.capacity);
        if (const QString skill = matchedSkill(c.skills, r.alertType, r.category); !skill.isEmpty()) {
            c.score += 15;
            c.why << QStringLiteral("skill '%1' matched").arg(skill);
        }
        if (c.familiarity > 0) {
            c.score += qMin(15, c.familiarity * 3);
            c.why << QStringLiteral("%1 ticket(s) for this client in 90 days").arg(c.familiarity);
        }
        if (c.onShift) {
            c.score += 20;
            c.why << QStringLiteral("on shift");
        } else {
            c.why << QStringLiteral("off shift");
        }
        if (r.priority == u"Urgent") {
            c.score += c.seniority * 5;
            c.why << QStringLiteral("seniority %1 for an urgent ticket").arg(c.seniority);
        }
        candidates.append(c);
    }
    if (candidates.isEmpty()) {
        return {std::nullopt,
                active == 0 ? QStringLiteral("left unassigned: no active technician")
                            : QStringLiteral("left unassigned: no active technician has spare capacity")};
    }
    // Highest score; among equals, whoever was assigned least recently (round-robin).
    const auto best =
        std::max_element(candidates.cbegin(), candidates.cend(), [](const Candidate &a, const Candidate &b) {
            if (a.score != b.score)
                return a.score < b.score;
            return a.lastAssignedId > b.lastAssignedId;
        });
    return {best->id, QStringLiteral("assigned to %1 (score %2): %3")
                          .arg(best->name)
                          .arg(best->score)
                          .arg(best->why.join(u", "))};
}

} // namespace nestogy::Assigner
