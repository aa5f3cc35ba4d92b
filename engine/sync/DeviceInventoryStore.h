#pragma once

#include "RmmDevice.h"
#include "WriteResult.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace nestogy {

// Writes what an inventory sync read into device_mappings, one page per StorageWriter unit: new devices are
// inserted, changed ones updated, every one marked as seen by the attempt; when the listing is complete,
// devices it did not return are marked stale (never deleted). The client comes from the RMM's organization or
// site through client_aliases (ClientResolver), unless a person remapped the device: then its client and
// asset stay as they were set.
class DeviceInventoryStore
{
public:
    struct Context
    {
        qint64 integrationId = 0;
        std::optional<qint64> integrationClientId;
        bool autoCreateClients = false;
        QString seenMark; // identifies the sync attempt ("run:attempt")
        qint64 nowMs = 0;
    };
    struct PageOutcome
    {
        int inserted = 0;
        int updated = 0;           // inventory changed (names, client, serial, addresses, OS, deleted)
        QList<qint64> changedRows; // device_mappings ids inserted or changed in any way (last seen too)
    };

    // Upserts the devices of one page. On failure returns nullopt with *failure set.
    static std::optional<PageOutcome> upsertPage(QSqlDatabase &db, const Context &context,
                                                 const QList<RmmDevice> &devices, WriteResult *failure);
    // Marks the integration's devices that `seenMark` did not see stale; the ids newly marked.
    static std::optional<QList<qint64>> markUnseenStale(QSqlDatabase &db, const Context &context,
                                                        WriteResult *failure);
};

} // namespace nestogy
