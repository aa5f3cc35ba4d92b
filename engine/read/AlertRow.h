#pragma once

#include <QString>
#include <QVariant>

namespace nestogy {

// One line of the alert list: what triage needs to see, without the raw payload. Times in UTC epoch ms.
struct AlertRow
{
    qint64 id = 0;
    QString uuid;
    QString severity; // urgent | high | normal | low
    QString status;   // open | acknowledged | resolved
    QString alertType;
    QString deviceName;
    qint64 clientId = 0; // 0: no client resolved
    QString clientName;  // the client's name, else the name the RMM sent
    qint64 integrationId = 0;
    QString integrationName;
    QString provider;
    QString message;
    int occurrences = 0;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    qint64 ticketId = 0; // 0: no ticket
    qint64 ticketNumber = 0;
    bool suppressed = false;
    QVariant sortKey; // the value the list is sorted by (see ReadKey)

    bool operator==(const AlertRow &) const = default;
};

} // namespace nestogy
