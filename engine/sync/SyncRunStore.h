#pragma once

#include "SyncRun.h"
#include "WriteResult.h"

#include <QSqlDatabase>

#include <optional>

namespace nestogy {

// The sync_runs rows: a run is requested together with its SyncDeviceInventory job, then moved along by the
// job's attempts. The write functions run inside a StorageWriter unit; reads on any thread's connection.
class SyncRunStore
{
public:
    static constexpr auto JobKind = "SyncDeviceInventory";
    static constexpr auto Queue = "device-sync";

    // What one page added to the attempt's counters. Added in SQL, so a unit the writer replays after a
    // rolled-back group counts once.
    struct PageProgress
    {
        int page = 0; // its number: pages read so far
        int fetched = 0;
        std::optional<qint64> total;
        int inserted = 0;
        int updated = 0;
    };

    // Requests a sync of the integration by `who`: first closes unfinished runs whose job can no longer run
    // (dead, done or deleted: "interrupted"), then refuses with Conflict naming the run when one is still
    // unfinished; otherwise inserts the run and its job (queue device-sync). The value is the run id.
    static WriteResult request(QSqlDatabase &db, qint64 integrationId, const QString &integrationUuid,
                               const QString &who, qint64 nowMs);
    // An attempt of the run's job begins: running, counters reset. A run finished meanwhile (its dead job was
    // retried by hand) is opened again, unless another run of the integration is unfinished (Conflict).
    static WriteResult begin(QSqlDatabase &db, qint64 runId, int attempt, qint64 nowMs);
    static WriteResult addPage(QSqlDatabase &db, qint64 runId, const PageProgress &page, qint64 nowMs);
    // The attempt failed: retrying, or failed for good when `final`.
    static WriteResult fail(QSqlDatabase &db, qint64 runId, const QString &error, bool final, qint64 nowMs);
    // Every page written and `markedStale` devices marked stale.
    static WriteResult complete(QSqlDatabase &db, qint64 runId, int markedStale, qint64 nowMs);

    // The integration's most recent run; an unfinished run whose job can no longer run reads as failed.
    static std::optional<SyncRun> latest(QSqlDatabase &db, qint64 integrationId, QString *error = nullptr);
    static std::optional<SyncRun> find(QSqlDatabase &db, qint64 runId, QString *error = nullptr);
};

} // namespace nestogy
