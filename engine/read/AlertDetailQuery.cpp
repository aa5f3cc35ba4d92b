#include "AlertDetailQuery.h"

#include "Database.h"
#include "RowReader.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nestogy {

namespace {
const QString Sql = QStringLiteral(
    "SELECT a.id, a.uuid, i.name, i.provider, a.external_alert_id, a.series_key, a.device_id, a.device_name, "
    "a.client_id, COALESCE(c.name, a.client_name), a.alert_type, a.severity, a.status, a.message, "
    "a.occurrences, a.flap_count, a.suppressed, a.occurred_at, a.first_seen, a.last_seen, a.resolved_at, "
    "a.raw_payload, a.raw_content_type, a.ticket_id, t.number, t.subject, t.status, t.priority "
    "FROM rmm_alerts a JOIN integrations i ON i.id = a.integration_id "
    "LEFT JOIN clients c ON c.id = a.client_id LEFT JOIN tickets t ON t.id = a.ticket_id WHERE a.id = ?");
} // namespace

std::optional<AlertDetail> AlertDetailQuery::find(qint64 id, QString *error) const
{
    error->clear();
    QSqlDatabase db = m_db.connection();
    if (!db.isOpen()) {
        *error = m_db.lastOpenError();
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(Sql);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    RowReader r(q, 0);
    AlertDetail d;
    d.id = r.int64();
    d.uuid = r.text();
    d.integrationName = r.text();
    d.provider = r.text();
    d.externalAlertId = r.text();
    d.seriesKey = r.text();
    d.deviceId = r.text();
    d.deviceName = r.text();
    d.clientId = r.int64();
    d.clientName = r.text();
    d.alertType = r.text();
    d.severity = r.text();
    d.status = r.text();
    d.message = r.text();
    d.occurrences = r.integer();
    d.flapCount = r.integer();
    d.suppressed = r.flag();
    d.occurredAtMs = r.int64();
    d.firstSeenMs = r.int64();
    d.lastSeenMs = r.int64();
    d.resolvedAtMs = r.int64();
    d.rawPayload = r.text();
    d.rawContentType = r.text();
    d.ticketId = r.int64();
    d.ticketNumber = r.int64();
    d.ticketSubject = r.text();
    d.ticketStatus = r.text();
    d.ticketPriority = r.text();
    return d;
}

std::optional<qint64> AlertDetailQuery::idOf(const QString &uuid, QString *error) const
{
    error->clear();
    QSqlDatabase db = m_db.connection();
    if (!db.isOpen()) {
        *error = m_db.lastOpenError();
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM rmm_alerts WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace nestogy
