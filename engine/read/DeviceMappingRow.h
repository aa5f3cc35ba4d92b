#pragma once

#include <QString>
#include <QVariant>

namespace nestogy {

// One line of the device list: an RMM device and the asset and client it maps to. Times in UTC epoch ms.
struct DeviceMappingRow
{
    qint64 id = 0;
    qint64 integrationId = 0;
    QString integrationName;
    QString rmmDeviceId;
    qint64 assetId = 0; // 0: not mapped to an asset
    QString assetName;
    qint64 clientId = 0;
    QString clientName;
    QString deviceName;
    QString hostname;
    QString serial;
    QString os;
    qint64 lastSeenMs = 0; // 0: never reported
    bool stale = false;
    bool active = false;
    QVariant sortKey; // the value the list is sorted by (see ReadKey)

    bool operator==(const DeviceMappingRow &) const = default;
};

} // namespace nestogy
