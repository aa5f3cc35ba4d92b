#include "TicketStore.h"

#include "StatementCache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace nestogy {

namespace {
QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QJsonValue iso(const QVariant &ms)
{
    if (ms.isNull() || ms.toLongLong() <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue idOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
}

const QString Columns = QStringLiteral(
    "t.id, t.number, t.subject, t.details, t.client_id, c.name, t.asset_id, t.priority, t.status, t.source, "
    "t.category, t.assignee_id, tech.name, t.team, t.response_due, t.resolution_due, t.first_response_at, "
    "t.resolved_at, t.closed_by_system, t.human_touched, t.created_at, t.updated_at, "
    "(SELECT a.uuid FROM rmm_alerts a WHERE a.ticket_id = t.id ORDER BY a.id LIMIT 1)");
const QString From = QStringLiteral(" FROM tickets t LEFT JOIN clients c ON c.id = t.client_id "
                                    "LEFT JOIN technicians tech ON tech.id = t.assignee_id");

QJsonObject fromRow(const QSqlQuery &q)
{
    return {{QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("number"), q.value(1).toLongLong()},
            {QStringLiteral("subject"), q.value(2).toString()},
            {QStringLiteral("details"), q.value(3).toString()},
            {QStringLiteral("client_id"), idOrNull(q.value(4))},
            {QStringLiteral("client"), q.value(5).toString()},
            {QStringLiteral("asset_id"), idOrNull(q.value(6))},
            {QStringLiteral("priority"), q.value(7).toString()},
            {QStringLiteral("status"), q.value(8).toString()},
            {QStringLiteral("source"), q.value(9).toString()},
            {QStringLiteral("category"), q.value(10).toString()},
            {QStringLiteral("assignee_id"), idOrNull(q.value(11))},
            {QStringLiteral("assignee"), q.value(12).toString()},
            {QStringLiteral("team"), q.value(13).toString()},
            {QStringLiteral("response_due"), iso(q.value(14))},
            {QStringLiteral("resolution_due"), iso(q.value(15))},
            {QStringLiteral("first_response_at"), iso(q.value(16))},
            {QStringLiteral("resolved_at"), iso(q.value(17))},
            {QStringLiteral("closed_by_system"), q.value(18).toInt() != 0},
            {QStringLiteral("human_touched"), q.value(19).toInt() != 0},
            {QStringLiteral("created_at"), iso(q.value(20))},
            {QStringLiteral("updated_at"), iso(q.value(21))},
            {QStringLiteral("alert_id"),
             q.value(22).isNull() ? QJsonValue() : QJsonValue(q.value(22).toString())}};
}
} // namespace

const QStringList &TicketStore::statuses()
{
    static const QStringList s{QStringLiteral("Open"), QStringLiteral("In Progress"),
                               QStringLiteral("Waiting"), QStringLiteral("Resolved"),
                               QStringLiteral("Closed")};
    return s;
}

const QStringList &TicketStore::priorities()
{
    static const QStringList p{QStringLiteral("Urgent"), QStringLiteral("High"), QStringLiteral("Normal"),
                               QStringLiteral("Low")};
    return p;
}

WriteResult TicketStore::create(QSqlDatabase &db, const NewTicket &t, qint64 nowMs)
{
    QSqlQuery &next =
        StatementCache::get(db, QStringLiteral("SELECT COALESCE(MAX(number), 1000) + 1 FROM tickets"));
    if (!next.exec() || !next.next())
        return WriteResult::queryFailed(next);
    const qint64 number = next.value(0).toLongLong();
    next.finish();
    QSqlQuery &q = StatementCache::get(
        db, QStringLiteral(
                "INSERT INTO tickets (number, subject, details, client_id, asset_id, priority, status, "
                "source, category, assignee_id, team, response_due, resolution_due, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'Open', 'RMM Integration', ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(t.subject);
    q.addBindValue(t.details);
    q.addBindValue(nullable(t.clientId));
    q.addBindValue(nullable(t.assetId));
    q.addBindValue(t.priority);
    q.addBindValue(t.category);
    q.addBindValue(nullable(t.assigneeId));
    q.addBindValue(t.team);
    q.addBindValue(t.responseDueMs);
    q.addBindValue(t.resolutionDueMs);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    return WriteResult::success(q.lastInsertId().toLongLong());
}

bool TicketStore::addEvent(QSqlDatabase &db, qint64 ticketId, const QString &kind, const QString &actor,
                           const QString &message, const QJsonObject &data, qint64 nowMs)
{
    QSqlQuery &q =
        StatementCache::get(db, QStringLiteral("INSERT INTO ticket_events (ticket_id, kind, actor, "
                                               "message, data, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ticketId);
    q.addBindValue(kind);
    q.addBindValue(actor);
    q.addBindValue(message);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    return q.exec();
}

bool TicketStore::hasEvent(QSqlDatabase &db, qint64 ticketId, const QString &kind, const QString &dataJson)
{
    QSqlQuery &q = StatementCache::get(
        db,
        QStringLiteral("SELECT 1 FROM ticket_events WHERE ticket_id = ? AND kind = ? AND data = ? LIMIT 1"));
    q.addBindValue(ticketId);
    q.addBindValue(kind);
    q.addBindValue(dataJson);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

std::optional<QJsonObject> TicketStore::find(QSqlDatabase &db, qint64 id, bool withEvents, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + Columns + From + QStringLiteral(" WHERE t.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QJsonObject ticket = fromRow(q);
    if (withEvents) {
        QSqlQuery e(db);
        e.prepare(QStringLiteral(
            "SELECT kind, actor, message, data, created_at FROM ticket_events WHERE ticket_id = ? "
            "ORDER BY id"));
        e.addBindValue(id);
        QJsonArray events;
        if (e.exec()) {
            while (e.next())
                events.append(QJsonObject{
                    {QStringLiteral("kind"), e.value(0).toString()},
                    {QStringLiteral("actor"), e.value(1).toString()},
                    {QStringLiteral("message"), e.value(2).toString()},
                    {QStringLiteral("data"), QJsonDocument::fromJson(e.value(3).toByteArray()).object()},
                    {QStringLiteral("at"), iso(e.value(4))}});
        }
        ticket.insert(QStringLiteral("events"), events);
    }
    return ticket;
}

std::optional<QPair<QList<QJsonObject>, qint64>> TicketStore::list(QSqlDatabase &db, const Filter &f,
                                                                   QString *error)
{
    QStringList where;
    QVariantList binds;
    if (!f.status.isEmpty()) {
        where << QStringLiteral("t.status = ?");
        binds << f.status;
    }
    if (!f.priority.isEmpty()) {
        where << QStringLiteral("t.priority = ?");
        binds << f.priority;
    }
    if (f.assigneeId) {
        where << QStringLiteral("t.assignee_id = ?");
        binds << *f.assigneeId;
    }
    if (f.clientId) {
        where << QStringLiteral("t.client_id = ?");
        binds << *f.clientId;
    }
    const QString clause = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*)") + From + clause);
    for (const QVariant &b : binds)
        count.addBindValue(b);
    if (!count.exec() || !count.next()) {
        *error = count.lastError().text();
        return std::nullopt;
    }
    const qint64 total = count.value(0).toLongLong();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + Columns + From + clause +
              QStringLiteral(" ORDER BY t.id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(f.limit);
    q.addBindValue(f.offset);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<QJsonObject> items;
    while (q.next())
        items.append(fromRow(q));
    return qMakePair(items, total);
}

} // namespace nestogy
