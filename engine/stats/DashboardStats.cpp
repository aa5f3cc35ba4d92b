#include "DashboardStats.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace nestogy {

namespace {

constexpr qint64 DayMs = DashboardStats::Hours * DashboardStats::HourMs;

// Runs `sql` with `binds`; on failure sets *error and returns false.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// The due time of the target that runs out first: the response target until someone responded (when it is
// the earlier one), otherwise resolution. The same expression orders, filters and counts.
const QString DueExpression = QStringLiteral(
    "CASE WHEN t.first_response_at IS NULL AND t.response_due > 0 AND (t.resolution_due IS NULL OR "
    "t.resolution_due <= 0 OR t.response_due < t.resolution_due) THEN t.response_due ELSE t.resolution_due "
    "END");
const QString OpenTickets =
    QStringLiteral(" FROM tickets t WHERE t.status NOT IN ('Resolved', 'Closed') AND (%1) > 0");

} // namespace

int DashboardStats::HourlyAlerts::total() const
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

std::optional<double> DashboardStats::IntegrationHealth::errorRate() const
{
    if (calls24h <= 0)
        return std::nullopt;
    return double(failedCalls24h) / double(calls24h);
}

std::optional<QList<DashboardStats::SeverityCount>> DashboardStats::openAlertsBySeverity(QSqlDatabase &db,
                                                                                         QString *error)
{
    QList<SeverityCount> out{{QStringLiteral("urgent")},
                             {QStringLiteral("high")},
                             {QStringLiteral("normal")},
                             {QStringLiteral("low")}};
    QSqlQuery q(db);
    // rmm_alerts_open_severity (status, severity, last_seen) answers this from the index.
    if (!run(q,
             QStringLiteral("SELECT severity, status, COUNT(*) FROM rmm_alerts WHERE status IN ('open', "
                            "'acknowledged') GROUP BY severity, status"),
             {}, error))
        return std::nullopt;
    while (q.next()) {
        for (SeverityCount &c : out) {
            if (c.severity != q.value(0).toString())
                continue;
            (q.value(1).toString() == u"open" ? c.open : c.acknowledged) += q.value(2).toInt();
        }
    }
    return out;
}

std::optional<DashboardStats::SlaSummary> DashboardStats::slaRisk(QSqlDatabase &db, qint64 nowMs, int limit,
                                                                  QString *error)
{
    SlaSummary out;
    QSqlQuery counts(db);
    if (!run(
            counts,
            QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN (%1) <= ? THEN 1 ELSE 0 END)").arg(DueExpression) +
                OpenTickets.arg(DueExpression),
            {nowMs}, error) ||
        !counts.next()) {
        if (error->isEmpty())
            *error = counts.lastError().text();
        return std::nullopt;
    }
    out.open = counts.value(0).toInt();
    out.breached = counts.value(1).toInt(); // NULL (no rows) reads as 0
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT t.id, t.number, t.subject, t.priority, t.status, "
                            "(SELECT tech.name FROM technicians tech WHERE tech.id = t.assignee_id), "
                            "(SELECT c.name FROM clients c WHERE c.id = t.client_id), t.first_response_at, "
                            "t.response_due, t.resolution_due, %1")
                     .arg(DueExpression) +
                 OpenTickets.arg(DueExpression) +
                 QStringLiteral(" ORDER BY %1, t.id LIMIT ?").arg(DueExpression),
             {limit}, error))
        return std::nullopt;
    while (q.next()) {
        SlaRisk r;
        r.ticketId = q.value(0).toLongLong();
        r.number = q.value(1).toLongLong();
        r.subject = q.value(2).toString();
        r.priority = q.value(3).toString();
        r.status = q.value(4).toString();
        r.assignee = q.value(5).toString();
        r.client = q.value(6).toString();
        r.dueMs = q.value(10).toLongLong();
        r.target = q.value(7).isNull() && q.value(8).toLongLong() == r.dueMs ? QStringLiteral("response")
                                                                             : QStringLiteral("resolution");
        r.remainingMs = r.dueMs - nowMs;
        out.nearest.append(r);
    }
    return out;
}

std::optional<DashboardStats::HourlyAlerts> DashboardStats::alertsPerHour(QSqlDatabase &db, qint64 nowMs,
                                                                          QString *error)
{
    HourlyAlerts out;
    out.firstHourStartMs = (nowMs / HourMs - (Hours - 1)) * HourMs;
    out.counts = QList<int>(Hours, 0);
    QSqlQuery q(db);
    // An alert first seen in the window was last seen in it too, so the last_seen index narrows the scan.
    if (!run(q,
             QStringLiteral("SELECT (first_seen - ?) / %1, COUNT(*) FROM rmm_alerts WHERE last_seen >= ? AND "
                            "first_seen >= ? AND first_seen <= ? GROUP BY 1")
                 .arg(HourMs),
             {out.firstHourStartMs, out.firstHourStartMs, out.firstHourStartMs, nowMs}, error))
        return std::nullopt;
    while (q.next()) {
        const qint64 bucket = q.value(0).toLongLong();
        if (bucket >= 0 && bucket < Hours)
            out.counts[bucket] += q.value(1).toInt();
    }
    return out;
}

std::optional<QList<DashboardStats::IntegrationHealth>>
DashboardStats::integrationHealth(QSqlDatabase &db, qint64 nowMs,
                                  const QHash<QString, QString> &circuitStates, QString *error)
{
    const qint64 since = nowMs - DayMs;
    QList<IntegrationHealth> out;
    QHash<qint64, qsizetype> byId;
    QSqlQuery q(db);
    if (!run(
            q,
            QStringLiteral("SELECT id, uuid, name, provider, is_active, last_sync FROM integrations ORDER BY "
                           "name, id"),
            {}, error))
        return std::nullopt;
    while (q.next()) {
        IntegrationHealth h;
        h.uuid = q.value(1).toString();
        h.name = q.value(2).toString();
        h.provider = q.value(3).toString();
        h.active = q.value(4).toInt() != 0;
        h.lastSyncMs = q.value(5).toLongLong();
        h.circuitState = circuitStates.value(h.uuid);
        byId.insert(q.value(0).toLongLong(), out.size());
        out.append(h);
    }
    const auto each = [&](const QString &sql, const QVariantList &binds,
                          const std::function<void(IntegrationHealth &, const QSqlQuery &)> &apply) {
        QSqlQuery rows(db);
        if (!run(rows, sql, binds, error))
            return false;
        while (rows.next()) {
            const auto it = byId.constFind(rows.value(0).toLongLong());
            if (it != byId.constEnd())
                apply(out[*it], rows);
        }
        return true;
    };
    const bool ok =
        each(QStringLiteral(
                 "SELECT integration_id, COUNT(*), MAX(last_seen) FROM rmm_alerts WHERE last_seen >= ? "
                 "GROUP BY integration_id"),
             {since},
             [](IntegrationHealth &h, const QSqlQuery &r) {
                 h.alerts24h = r.value(1).toLongLong();
                 h.lastWebhookMs = qMax(h.lastWebhookMs, r.value(2).toLongLong());
             }) &&
        each(QStringLiteral(
                 "SELECT integration_id, MAX(received_at) FROM webhook_events WHERE received_at >= ? "
                 "GROUP BY integration_id"),
             {since},
             [](IntegrationHealth &h, const QSqlQuery &r) {
                 h.lastWebhookMs = qMax(h.lastWebhookMs, r.value(1).toLongLong());
             }) &&
        each(QStringLiteral(
                 "SELECT integration_id, COUNT(*), SUM(CASE WHEN status_code BETWEEN 200 AND 299 THEN 0 "
                 "ELSE 1 END) FROM outbound_deliveries WHERE created_at >= ? AND integration_id IS "
                 "NOT NULL GROUP BY integration_id"),
             {since}, [](IntegrationHealth &h, const QSqlQuery &r) {
                 h.calls24h = r.value(1).toLongLong();
                 h.failedCalls24h = r.value(2).toLongLong();
             });
    if (!ok)
        return std::nullopt;
    // Quiet for a day: look further back, for those integrations only.
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        if (out[*it].lastWebhookMs > 0)
            continue;
        QSqlQuery last(db);
        if (!run(last, QStringLiteral("SELECT MAX(last_seen) FROM rmm_alerts WHERE integration_id = ?"),
                 {it.key()}, error))
            return std::nullopt;
        if (last.next())
            out[*it].lastWebhookMs = last.value(0).toLongLong();
    }
    return out;
}

std::optional<QList<DashboardStats::NoisyDevice>> DashboardStats::noisyDevices(QSqlDatabase &db, qint64 nowMs,
                                                                               int limit, QString *error)
{
    QList<NoisyDevice> out;
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "SELECT a.device_id, MAX(a.device_name), MAX(COALESCE(c.name, a.client_name)), MAX(i.name), "
                 "SUM(a.occurrences), COUNT(*) FROM rmm_alerts a JOIN integrations i ON i.id = "
                 "a.integration_id "
                 "LEFT JOIN clients c ON c.id = a.client_id WHERE a.last_seen >= ? AND a.device_id IS NOT "
                 "NULL "
                 "AND a.device_id <> '' GROUP BY a.integration_id, a.device_id ORDER BY 5 DESC, 6 DESC, 1 "
                 "LIMIT ?"),
             {nowMs - DayMs, limit}, error))
        return std::nullopt;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    return out;
}

std::optional<DashboardStats::Snapshot> DashboardStats::collect(QSqlDatabase &db, qint64 nowMs, int listLimit,
                                                                const QHash<QString, QString> &circuitStates,
                                                                QString *error)
{
    Snapshot s;
    s.nowMs = nowMs;
    auto severities = openAlertsBySeverity(db, error);
    auto sla = severities ? slaRisk(db, nowMs, listLimit, error) : std::nullopt;
    auto hourly = sla ? alertsPerHour(db, nowMs, error) : std::nullopt;
    auto health = hourly ? integrationHealth(db, nowMs, circuitStates, error) : std::nullopt;
    auto noisy = health ? noisyDevices(db, nowMs, listLimit, error) : std::nullopt;
    if (!noisy)
        return std::nullopt;
    s.openAlerts = std::move(*severities);
    s.sla = std::move(*sla);
    s.hourly = std::move(*hourly);
    s.integrations = std::move(*health);
    s.noisyDevices = std::move(*noisy);
    return s;
}

} // namespace nestogy
