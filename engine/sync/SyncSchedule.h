#pragma once

#include "WriteResult.h"

#include <QSqlDatabase>

namespace nestogy {

// Periodic inventory syncs: an active integration whose settings ask for one every `sync_interval_minutes`
// gets a run requested (as "scheduler") once that long has passed since its latest run was requested, when
// it can call its API and no run is unfinished. Runs as a writer unit from a Scheduler task.
namespace SyncSchedule {

constexpr auto Actor = "scheduler";

// The value is the number of runs requested.
WriteResult requestDue(QSqlDatabase &db, qint64 nowMs);

} // namespace SyncSchedule

} // namespace nestogy
