#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// The dashboard's figures, read from the database alone (portable SQL for SQLite and PostgreSQL) as of a
// given "now", so countdowns and tests follow the injectable clock. Each query returns nullopt and sets
// *error when the database cannot answer.
//
// - Open alerts: per severity, alerts not resolved, split into open and acknowledged.
// - SLA risk: tickets not Resolved/Closed, by the target that runs out first (the response target until a
//   first response, then resolution), with the time left; negative means breached.
// - Alerts per hour: the current hour and the 23 before it, by rmm_alerts.first_seen, i.e. new alerts. A
//   repeat of an open alert only moves its last_seen and adds to occurrences, and counting by last_seen would
//   move old alerts into the latest hour, so repeats show up under noisy devices instead.
// - Integration health: the last webhook (the newest last_seen of its alerts, or of a webhook_events row),
//   alerts seen in the last 24 h, the error rate of our outbound calls for it over 24 h (outbound_deliveries;
//   refused webhooks are not stored, so they are not in it), last_sync, and the circuit breaker state when
//   the caller has one.
// - Noisy devices: by occurrences of the alerts seen in the last 24 h (an alert that started earlier counts
//   with all its occurrences: per-occurrence times are not stored).
class DashboardStats
{
public:
    static constexpr qint64 HourMs = 3'600'000;
    static constexpr int Hours = 24;

    struct SeverityCount
    {
        QString severity; // urgent | high | normal | low
        int open = 0;
        int acknowledged = 0;
        int unresolved() const { return open + acknowledged; }
    };

    struct SlaRisk
    {
        qint64 ticketId = 0;
        qint64 number = 0;
        QString subject;
        QString priority;
        QString status;
        QString assignee;
        QString client;
        QString target; // response | resolution
        qint64 dueMs = 0;
        qint64 remainingMs = 0; // dueMs - now
        bool breached() const { return remainingMs <= 0; }
    };

    struct SlaSummary
    {
        QList<SlaRisk> nearest; // at most the limit asked for, soonest first
        int open = 0;           // tickets with a running target
        int breached = 0;
    };

    struct HourlyAlerts
    {
        qint64 firstHourStartMs = 0; // start of the oldest bucket (hours are aligned to UTC hours)
        QList<int> counts;           // Hours buckets, oldest first; the last is the current hour
        int total() const;
    };

    struct IntegrationHealth
    {
        QString uuid;
        QString name;
        QString provider;
        bool active = true;
        qint64 lastWebhookMs = 0; // 0: never
        qint64 lastSyncMs = 0;    // 0: never
        qint64 alerts24h = 0;
        qint64 calls24h = 0;
        qint64 failedCalls24h = 0;
        QString circuitState; // closed | open | half_open; empty when unknown
        // Failed share of the outbound calls in 24 h; nullopt without calls.
        std::optional<double> errorRate() const;
    };

    struct NoisyDevice
    {
        QString deviceId;
        QString deviceName;
        QString client;
        QString integration;
        qint64 occurrences = 0;
        qint64 alerts = 0;
    };

    struct Snapshot
    {
        qint64 nowMs = 0;
        QList<SeverityCount> openAlerts;
        SlaSummary sla;
        HourlyAlerts hourly;
        QList<IntegrationHealth> integrations;
        QList<NoisyDevice> noisyDevices;
    };

    // Always the four severities, most severe first.
    static std::optional<QList<SeverityCount>> openAlertsBySeverity(QSqlDatabase &db, QString *error);
    static std::optional<SlaSummary> slaRisk(QSqlDatabase &db, qint64 nowMs, int limit, QString *error);
    static std::optional<HourlyAlerts> alertsPerHour(QSqlDatabase &db, qint64 nowMs, QString *error);
    // circuitStates: integration uuid -> CircuitBreaker::stateName, from whoever holds the breakers.
    static std::optional<QList<IntegrationHealth>>
    integrationHealth(QSqlDatabase &db, qint64 nowMs, const QHash<QString, QString> &circuitStates,
                      QString *error);
    static std::optional<QList<NoisyDevice>> noisyDevices(QSqlDatabase &db, qint64 nowMs, int limit,
                                                          QString *error);

    // Everything above in one go (read on the caller's thread; a few indexed queries).
    static std::optional<Snapshot> collect(QSqlDatabase &db, qint64 nowMs, int listLimit,
                                           const QHash<QString, QString> &circuitStates, QString *error);
};

} // namespace nestogy
