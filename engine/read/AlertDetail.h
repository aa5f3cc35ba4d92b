#pragma once

#include <QString>

namespace nestogy {

// Everything the alert detail panel shows about one alert: its normalized fields, how often it fired, the
// raw payload as received, and its ticket. Times in UTC epoch ms, 0 when not set.
struct AlertDetail
{
    qint64 id = 0;
    QString uuid;
    QString integrationName;
    QString provider;
    QString externalAlertId;
    QString seriesKey;
    QString deviceId;
    QString deviceName;
    qint64 clientId = 0;
    QString clientName; // the client's name, else the name the RMM sent
    QString alertType;
    QString severity; // urgent | high | normal | low
    QString status;   // open | acknowledged | resolved
    QString message;
    int occurrences = 0;
    int flapCount = 0;
    bool suppressed = false;
    qint64 occurredAtMs = 0;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    qint64 resolvedAtMs = 0;
    QString rawPayload;
    QString rawContentType; // json | xml | form | ...

    qint64 ticketId = 0; // 0: no ticket
    qint64 ticketNumber = 0;
    QString ticketSubject;
    QString ticketStatus;   // Open | In Progress | ... | Resolved | Closed
    QString ticketPriority; // Urgent | High | Normal | Low
};

} // namespace nestogy
