#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nestogy {

// One device as every RMM API client reports it, whatever the vendor's shape: what the inventory sync writes
// into device_mappings. Times in UTC epoch ms (0: unknown).
struct RmmDevice
{
    QString rmmId;      // the vendor's device id, as the webhooks name the device
    QString name;       // display name
    QString hostname;   // the machine's own name
    QString clientKey;  // the RMM organization / site / client id (for client_aliases)
    QString clientName; // its name in the RMM
    QString siteName;   // location within the client, when the RMM has one
    QString serial;
    QStringList macAddresses; // upper case, colon-separated
    QStringList ipAddresses;
    QString os;
    qint64 lastSeenMs = 0;
    std::optional<bool> online; // nullopt: the RMM did not say
    bool deleted = false;       // the RMM lists it as deleted

    bool operator==(const RmmDevice &) const = default;
};

} // namespace nestogy
