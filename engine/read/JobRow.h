#pragma once

#include <QString>
#include <QVariant>

namespace nestogy {

// One line of the job list (the payload is left out). Times in UTC epoch ms; 0 means not set.
struct JobRow
{
    qint64 id = 0;
    QString kind;
    QString queue;
    QString state; // queued | running | done | failed | dead
    int attempts = 0;
    int maxAttempts = 0;
    qint64 runAtMs = 0;
    QString lastError;
    QString lockedBy;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 finishedMs = 0;
    QVariant sortKey; // the value the list is sorted by (see ReadKey)

    bool operator==(const JobRow &) const = default;
};

} // namespace nestogy
