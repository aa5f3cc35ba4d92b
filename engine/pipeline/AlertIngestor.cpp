#include "AlertIngestor.h"

#include "ClientResolver.h"
#include "JobStore.h"
#include "RetryPolicy.h"
#include "StatementCache.h"
#include "TimeOrderedUuid.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantMap>

namespace nestogy {

namespace {
struct Row
{
    qint64 id = 0;
    QString uuid;
    int occurrences = 0;
    QString severity;
};

const QString RowColumns = QStringLiteral("id, uuid, occurrences, severity");

std::optional<Row> firstRow(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()};
    q.finish(); // an open SELECT would pin a WAL snapshot and stop checkpoints
    return row;
}

bool isUniqueViolation(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == u"2067" || code == u"1555" || code == u"23505";
}

// Lower enum value = more severe.
QString moreSevere(const QString &stored, Severity incoming)
{
    const auto current = severity::fromString(stored).value_or(Severity::Normal);
    return severity::toString(qMin(int(current), int(incoming)) == int(current) ? current : incoming);
}

struct Candidate
{
    Row row;
    bool open = false;
    qint64 resolvedAt = 0;
    qint64 sourceResolvedAt = 0; // the source's own time of the resolve, when it said
};

// The alert this key points at: an open one if any, else the one resolved most recently inside the reopen
// window. One indexed query per key.
std::optional<Candidate> lookup(QSqlDatabase &db, const AlertIngestor::Request &r, const QString &column,
                                const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    QSqlQuery &q = StatementCache::get(
        db,
        QStringLiteral("SELECT %1, status, resolved_at, source_resolved_at FROM rmm_alerts WHERE "
                       "integration_id = ? AND %2 = ? "
                       "AND (status <> 'resolved' OR resolved_at >= ?) "
                       "ORDER BY CASE WHEN status = 'resolved' THEN 1 ELSE 0 END, resolved_at DESC, id DESC "
                       "LIMIT 1")
            .arg(RowColumns, column));
    q.addBindValue(r.integrationId);
    q.addBindValue(value);
    q.addBindValue(r.nowMs - r.reopenWindowMs);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Candidate c{
        Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()},
        q.value(4).toString() != u"resolved", q.value(5).toLongLong(), q.value(6).toLongLong()};
    q.finish();
    return c;
}

struct Match
{
    std::optional<Row> open;
    std::optional<Row> recentlyResolved;
    qint64 sourceResolvedAt = 0;
};

// Series key first (it is what the sender says ties events together), then the fingerprint. A resolve that
// names its series matches only that series: falling back to the fingerprint could close a newer incident.
Match match(QSqlDatabase &db, const AlertIngestor::Request &r)
{
    const auto bySeries = lookup(db, r, QStringLiteral("series_key"), r.alert.seriesKey);
    if (bySeries && bySeries->open)
        return {bySeries->row, std::nullopt, 0};
    const bool resolve = r.alert.status == NormalizedAlert::Status::Resolved;
    const auto byFingerprint = resolve && !r.alert.seriesKey.isEmpty()
                                   ? std::nullopt
                                   : lookup(db, r, QStringLiteral("fingerprint"), r.fingerprint);
    if (byFingerprint && byFingerprint->open)
        return {byFingerprint->row, std::nullopt, 0};
    if (bySeries && (!byFingerprint || bySeries->resolvedAt >= byFingerprint->resolvedAt))
        return {std::nullopt, bySeries->row, bySeries->sourceResolvedAt};
    if (byFingerprint)
        return {std::nullopt, byFingerprint->row, byFingerprint->sourceResolvedAt};
    return {};
}

// NESTOGY_RMM_RETRY_ATTEMPTS, read once: every job row carries its own attempt limit.
int retryAttempts()
{
    static const int attempts = RetryPolicy::fromEnvironment().maxAttempts;
    return attempts;
}

WriteResult enqueueProcessing(QSqlDatabase &db, const AlertIngestor::Request &r, const Row &row,
                              AlertIngestor::Outcome outcome)
{
    const QString queue = QString::fromLatin1(r.alert.severity == Severity::Urgent ? JobStore::UrgentAlerts
                                                                                   : JobStore::RmmAlerts);
    return JobStore::enqueue(db, QStringLiteral("ProcessRmmAlert"), queue,
                             {{QStringLiteral("alert_id"), row.uuid},
                              {QStringLiteral("event"), AlertIngestor::outcomeName(outcome)}},
                             r.nowMs, r.nowMs, retryAttempts());
}

WriteResult answer(AlertIngestor::Outcome outcome, const Row &row)
{
    return WriteResult::success(QVariantMap{{QStringLiteral("outcome"), int(outcome)},
                                            {QStringLiteral("alert_id"), row.uuid},
                                            {QStringLiteral("row_id"), row.id},
                                            {QStringLiteral("occurrences"), row.occurrences}});
}

bool recordEvent(QSqlDatabase &db, const AlertIngestor::Request &r, const Row &row,
                 AlertIngestor::Outcome outcome)
{
    if (r.alert.providerEventId.isEmpty())
        return true;
    QSqlQuery &q = StatementCache::get(
        db,
        QStringLiteral("INSERT INTO webhook_events (integration_id, provider_event_id, alert_id, outcome, "
                       "received_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(r.integrationId);
    q.addBindValue(r.alert.providerEventId);
    q.addBindValue(row.id);
    q.addBindValue(AlertIngestor::outcomeName(outcome));
    q.addBindValue(r.nowMs);
    return q.exec();
}

// Common tail: remember the event id, queue the job, answer.
WriteResult finish(QSqlDatabase &db, const AlertIngestor::Request &r, const Row &row,
                   AlertIngestor::Outcome outcome)
{
    if (!recordEvent(db, r, row, outcome))
        return WriteResult::failure(WriteResult::Code::Unavailable, db.lastError().text());
    if (WriteResult job = enqueueProcessing(db, r, row, outcome); !job.ok())
        return job;
    return answer(outcome, row);
}

WriteResult addOccurrence(QSqlDatabase &db, const AlertIngestor::Request &r, Row row, bool reopen)
{
    QSqlQuery &q = StatementCache::get(
        db,
        QStringLiteral("UPDATE rmm_alerts SET occurrences = occurrences + 1, last_seen = ?, message = ?, "
                       "severity = ?, raw_payload = ?, raw_content_type = ?, provider_event_id = ?, "
                       "series_key = CASE WHEN ? <> '' THEN ? ELSE series_key END%1 WHERE id = ?")
            .arg(reopen ? QStringLiteral(", status = 'open', resolved_at = NULL, flap_count = flap_count + 1")
                        : QString()));
    row.severity = reopen ? severity::toString(r.alert.severity) : moreSevere(row.severity, r.alert.severity);
    q.addBindValue(r.nowMs);
    q.addBindValue(r.alert.message);
    q.addBindValue(row.severity);
    q.addBindValue(QString::fromUtf8(r.rawPayload));
    q.addBindValue(r.rawContentType);
    q.addBindValue(r.alert.providerEventId);
    // A repeat under a new series (a new NinjaOne seriesUid, a new Datto alert uid) must be closable by that
    // series' resolve, so the alert follows the newest series key.
    q.addBindValue(r.alert.seriesKey);
    q.addBindValue(r.alert.seriesKey);
    q.addBindValue(row.id);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    row.occurrences += 1;
    return finish(db, r, row, reopen ? AlertIngestor::Outcome::Reopened : AlertIngestor::Outcome::Duplicate);
}

std::optional<Row> insertAlert(QSqlDatabase &db, const AlertIngestor::Request &r, bool resolved,
                               QSqlError *error)
{
    const auto &a = r.alert;
    ClientResolver::Options opts{r.integrationId, r.integrationClientId, r.autoCreateClients, r.nowMs};
    const std::optional<qint64> clientId = ClientResolver::resolve(db, a, opts);
    Row row{0, TimeOrderedUuid::create(r.nowMs), 1, severity::toString(a.severity)};
    QSqlQuery &q = StatementCache::get(
        db,
        QStringLiteral(
            "INSERT INTO rmm_alerts (uuid, integration_id, external_alert_id, series_key, provider_event_id, "
            "fingerprint, "
            "device_id, device_name, client_id, client_name, alert_type, severity, status, message, "
            "occurrences, "
            "occurred_at, first_seen, last_seen, resolved_at, source_resolved_at, raw_payload, "
            "raw_content_type) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.uuid);
    q.addBindValue(r.integrationId);
    q.addBindValue(a.externalAlertId);
    q.addBindValue(a.seriesKey);
    q.addBindValue(a.providerEventId);
    q.addBindValue(r.fingerprint);
    q.addBindValue(a.deviceId);
    q.addBindValue(a.deviceName);
    q.addBindValue(clientId ? QVariant(*clientId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(a.clientName);
    q.addBindValue(a.alertType);
    q.addBindValue(row.severity);
    q.addBindValue(resolved ? QStringLiteral("resolved") : QStringLiteral("open"));
    q.addBindValue(a.message);
    q.addBindValue(a.occurredAtMs > 0 ? a.occurredAtMs : r.nowMs);
    q.addBindValue(r.nowMs);
    q.addBindValue(r.nowMs);
    q.addBindValue(resolved ? QVariant(r.nowMs) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(resolved ? QVariant(a.occurredAtMs > 0 ? a.occurredAtMs : r.nowMs)
                            : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(QString::fromUtf8(r.rawPayload));
    q.addBindValue(r.rawContentType);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    row.id = q.lastInsertId().toLongLong();
    return row;
}

WriteResult ingestTrigger(QSqlDatabase &db, const AlertIngestor::Request &r)
{
    const Match found = match(db, r);
    if (found.open)
        return addOccurrence(db, r, *found.open, false);
    if (found.recentlyResolved) {
        // A trigger the source sent before its own resolve (a retry, a slow queue) is a late copy: it counts,
        // but must not reopen what the source already declared resolved.
        const bool stale = r.alert.occurredAtMs > 0 && found.sourceResolvedAt > 0 &&
                           r.alert.occurredAtMs <= found.sourceResolvedAt;
        return addOccurrence(db, r, *found.recentlyResolved, !stale);
    }
    // PostgreSQL aborts the whole transaction on a failed statement unless it ran inside a savepoint; SQLite
    // undoes just the failed statement, so it needs none (and saves two statements per alert).
    const bool guard = db.driverName() == u"QPSQL";
    if (guard)
        StatementCache::get(db, QStringLiteral("SAVEPOINT alert_insert")).exec();
    QSqlError error;
    if (auto row = insertAlert(db, r, false, &error)) {
        if (guard)
            StatementCache::get(db, QStringLiteral("RELEASE SAVEPOINT alert_insert")).exec();
        return finish(db, r, *row, AlertIngestor::Outcome::Accepted);
    }
    if (guard) {
        StatementCache::get(db, QStringLiteral("ROLLBACK TO SAVEPOINT alert_insert")).exec();
        StatementCache::get(db, QStringLiteral("RELEASE SAVEPOINT alert_insert")).exec();
    }
    // Another writer (a second process on the same database) opened the same alert first: it is a repeat.
    if (isUniqueViolation(error)) {
        if (auto open = match(db, r).open)
            return addOccurrence(db, r, *open, false);
    }
    return WriteResult::failure(WriteResult::Code::Unavailable,
                                QStringLiteral("storage error: ") + error.text());
}

WriteResult ingestResolve(QSqlDatabase &db, const AlertIngestor::Request &r)
{
    if (auto open = match(db, r).open) {
        QSqlQuery &q = StatementCache::get(
            db, QStringLiteral("UPDATE rmm_alerts SET status = 'resolved', resolved_at = ?, last_seen = ?, "
                               "source_resolved_at = ?, provider_event_id = ? WHERE id = ?"));
        q.addBindValue(r.nowMs);
        q.addBindValue(r.nowMs);
        q.addBindValue(r.alert.occurredAtMs > 0 ? r.alert.occurredAtMs : r.nowMs);
        q.addBindValue(r.alert.providerEventId);
        q.addBindValue(open->id);
        if (!q.exec())
            return WriteResult::queryFailed(q);
        return finish(db, r, *open, AlertIngestor::Outcome::Resolved);
    }
    // A resolve for an alert we never saw (or already closed) is kept as a record, not refused.
    QSqlError error;
    auto row = insertAlert(db, r, true, &error);
    if (!row)
        return WriteResult::failure(WriteResult::Code::Unavailable,
                                    QStringLiteral("storage error: ") + error.text());
    return finish(db, r, *row, AlertIngestor::Outcome::ResolvedUnknown);
}
} // namespace

QString AlertIngestor::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Reopened:
        return QStringLiteral("reopened");
    case Outcome::Resolved:
        return QStringLiteral("resolved");
    case Outcome::ResolvedUnknown:
        return QStringLiteral("resolved_unknown");
    case Outcome::Redelivery:
        return QStringLiteral("redelivery");
    }
    return {};
}

WriteResult AlertIngestor::ingest(QSqlDatabase &db, const Request &r)
{
    if (!r.alert.providerEventId.isEmpty()) {
        QSqlQuery &q = StatementCache::get(
            db, QStringLiteral("SELECT a.id, a.uuid, a.occurrences, a.severity FROM webhook_events e "
                               "JOIN rmm_alerts a ON a.id = e.alert_id "
                               "WHERE e.integration_id = ? AND e.provider_event_id = ?"));
        q.addBindValue(r.integrationId);
        q.addBindValue(r.alert.providerEventId);
        if (auto seen = firstRow(q))
            return answer(Outcome::Redelivery, *seen);
    }
    return r.alert.status == NormalizedAlert::Status::Resolved ? ingestResolve(db, r) : ingestTrigger(db, r);
}

AlertIngestor::Answer AlertIngestor::answerFrom(const WriteResult &result)
{
    const QVariantMap m = result.value.toMap();
    return {Outcome(m.value(QStringLiteral("outcome")).toInt()),
            m.value(QStringLiteral("alert_id")).toString(), m.value(QStringLiteral("occurrences")).toInt(),
            m.value(QStringLiteral("row_id")).toLongLong()};
}

} // namespace nestogy
