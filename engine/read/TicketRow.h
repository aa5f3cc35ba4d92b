#pragma once

#include <QString>
#include <QVariant>

namespace nestogy {

// One line of the ticket list. Times in UTC epoch ms; 0 means not set.
struct TicketRow
{
    qint64 id = 0;
    qint64 number = 0;
    QString subject;
    QString priority; // Urgent | High | Normal | Low
    QString status;   // Open | In Progress | Waiting | Resolved | Closed
    qint64 assigneeId = 0;
    QString assigneeName;
    qint64 clientId = 0;
    QString clientName;
    qint64 responseDueMs = 0;
    qint64 resolutionDueMs = 0;
    qint64 firstResponseMs = 0;
    qint64 resolvedMs = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QVariant sortKey; // the value the list is sorted by (see ReadKey)

    bool operator==(const TicketRow &) const = default;
};

} // namespace nestogy
