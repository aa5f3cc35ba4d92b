#pragma once

#include "WriteResult.h"

#include <QSqlDatabase>
#include <QString>

namespace nestogy {

// The deletes behind RetentionPolicy, one small batch per writer unit, so a purge of a million rows never
// holds the single writer for long and webhooks keep being committed in between.
namespace RetentionPurge {

enum class Kind { ResolvedAlerts, FinishedJobs, DeliveryLog };

// Deletes up to `limit` records of `kind` older than cutoffMs (see RetentionPolicy), oldest first. The value
// of the result is the number deleted; fewer than `limit` means nothing older is left.
// Resolved alerts go only when their ticket (if any) is resolved or closed; their webhook_events go with
// them.
WriteResult deleteBatch(QSqlDatabase &db, Kind kind, qint64 cutoffMs, int limit);

QString kindName(Kind kind); // "resolved_alerts", "finished_jobs", "delivery_log"

} // namespace RetentionPurge

} // namespace nestogy
