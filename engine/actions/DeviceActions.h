#pragma once

#include "StorageWriter.h"
#include "WriteResult.h"

#include <QSqlDatabase>
#include <QString>

namespace nestogy {

class ChangeNotifier;

// What a technician changes on a device mapping: which client or asset an RMM device belongs to, as one
// writer unit with an audit_log row naming who did it. The alerts of a remapped device are then attributed
// to its new client by the pipeline; alerts already stored keep the client they had.
namespace DeviceActions {

// Where to point a mapping. An asset brings its own client along; a client alone drops an asset that
// belongs to another client (the device is no longer that asset).
struct Target
{
    qint64 clientId = 0; // 0: keep (or take the asset's)
    qint64 assetId = 0;  // 0: keep, unless it belongs to another client than clientId
};

// Points the mapping at `target` as `who` and marks it remapped (an inventory sync keeps a person's choice);
// the value is the mapping's id. Invalid for an empty target, an
// unknown client or asset, an asset of another client than the one named, or no change; NotFound without
// the mapping.
WriteResult remap(QSqlDatabase &db, qint64 mappingId, const Target &target, const QString &who, qint64 nowMs);

// Runs `work` (a DeviceActions function whose value is a mapping id) as one writer unit; after the commit
// tells `changes` (may be null) that devices changed, then calls `done` on `context`'s thread.
void submit(StorageWriter &writer, ChangeNotifier *changes, StorageWriter::Work work, QObject *context,
            StorageWriter::Done done);

} // namespace DeviceActions

} // namespace nestogy
