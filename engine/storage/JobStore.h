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

    // The value is the new job id.
    static WriteResult enqueue(QSqlDatabase &db, const QString &kind, const QString &queue,
                               const QJsonObject &payload, qint64 runAtMs, qint64 nowMs, int maxAttempts = 3);
    // Marks the running attempt of `workerId` done inside the caller's transaction, so a handler's change and
    // the end of its job commit together (exactly once across a crash). Conflict when the job is no longer
    // that worker's (its lease ran out and another took it).
    static WriteResult finish(QSqlDatabase &db, qint64 jobId, const QString &workerId, qint64 nowMs);
};

} // namespace nestogy
