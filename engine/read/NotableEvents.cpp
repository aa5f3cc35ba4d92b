#include "NotableEvents.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
const QString UrgentAlertWhere =
    u"a.id > ? AND a.id <= ? AND a.severity = 'urgent' AND a.status <> 'resolved' "
    u"AND a.suppressed = 0"_s;

bool run(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

std::optional<NotableEvents::Cursor> NotableEvents::latest(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT (SELECT COALESCE(MAX(id), 0) FROM rmm_alerts), "
              u"(SELECT COALESCE(MAX(id), 0) FROM ticket_events)"_s);
    if (!run(q, {}, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = u"no answer to the cursor query"_s;
        return std::nullopt;
    }
    return Cursor{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

std::optional<NotableEvents::Found> NotableEvents::since(QSqlDatabase &db, const Cursor &cursor, int limit,
                                                         QString *error)
{
    // Upper bounds first, so the counts and rows below describe the same rows the next cursor skips.
    const auto upTo = latest(db, error);
    if (!upTo)
        return std::nullopt;
    Found found;
    found.next = {qMax(cursor.alertId, upTo->alertId), qMax(cursor.ticketEventId, upTo->ticketEventId)};
    const int rows = qMax(1, limit);

    if (upTo->alertId > cursor.alertId) {
        QSqlQuery count(db);
        count.prepare(u"SELECT COUNT(*) FROM rmm_alerts a WHERE "_s + UrgentAlertWhere);
        if (!run(count, {cursor.alertId, upTo->alertId}, error) || !count.next())
            return std::nullopt;
        found.urgentAlertCount = count.value(0).toInt();
    }
    if (found.urgentAlertCount > 0) {
        QSqlQuery q(db);
        q.prepare(u"SELECT a.id, a.uuid, COALESCE(a.device_name, ''), COALESCE(c.name, a.client_name, ''), "
                  u"COALESCE(a.alert_type, ''), COALESCE(a.message, '') FROM rmm_alerts a "
                  u"LEFT JOIN clients c ON c.id = a.client_id WHERE "_s +
                  UrgentAlertWhere + u" ORDER BY a.id DESC LIMIT %1"_s.arg(rows));
        if (!run(q, {cursor.alertId, upTo->alertId}, error))
            return std::nullopt;
        while (q.next())
            found.alerts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }

    if (upTo->ticketEventId > cursor.ticketEventId) {
        QSqlQuery q(db);
        q.prepare(u"SELECT e.id, e.ticket_id, e.kind, t.number, t.subject FROM ticket_events e "
                  u"JOIN tickets t ON t.id = e.ticket_id WHERE e.id > ? AND e.id <= ? "
                  u"AND e.kind IN ('sla_response_breach', 'sla_resolution_breach') ORDER BY e.id DESC"_s);
        if (!run(q, {cursor.ticketEventId, upTo->ticketEventId}, error))
            return std::nullopt;
        QSet<qint64> tickets;
        while (q.next()) {
            const qint64 ticketId = q.value(1).toLongLong();
            if (tickets.contains(ticketId))
                continue; // an older breach of a ticket already listed
            tickets.insert(ticketId);
            if (found.breaches.size() < rows)
                found.breaches.append({q.value(0).toLongLong(), ticketId, q.value(3).toLongLong(),
                                       q.value(4).toString(),
                                       q.value(2).toString() == u"sla_resolution_breach"});
        }
        found.breachedTicketCount = int(tickets.size());
    }
    return found;
}

} // namespace nestogy
