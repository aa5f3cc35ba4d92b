#pragma once

#include "WriteResult.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace nestogy {

// Durable job rows. Enqueueing runs inside the caller's write transaction, so a job exists exactly when the
// change that asked for it was committed.
class JobStore
{
public:
    static constexpr auto UrgentAlerts = "urgent-alerts";
    static constexpr auto RmmAlerts = "rmm-alerts";

    // The value is the new job id. maxAttempts 0: the process's default (setDefaultMaxAttempts).
    static WriteResult enqueue(QSqlDatabase &db, const QString &kind, const QString &queue,
                               const QJsonObject &payload, qint64 runAtMs, qint64 nowMs, int maxAttempts = 0);
    // The attempts a job gets unless its enqueuer says otherwise; the JobQueue sets it from its RetryPolicy
    // (NESTOGY_RMM_RETRY_ATTEMPTS). Thread-safe.
    static void setDefaultMaxAttempts(int attempts);
    // Marks the running attempt of `workerId` done inside the caller's transaction, so a handler's change and
    // the end of its job commit together (exactly once across a crash). Conflict when the job is no longer
    // that worker's (its lease ran out and another took it).
    static WriteResult finish(QSqlDatabase &db, qint64 jobId, const QString &workerId, qint64 nowMs);
};

} // namespace nestogy
