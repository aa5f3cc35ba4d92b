#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace nestogy {

// One row of the durable `jobs` table as the queue, the workers and the API see it (times in UTC epoch ms).
struct Job
{
    qint64 id = 0;
    QString kind;
    QString queue;
    QJsonObject payload;
    QString state; // queued | running | done | failed | dead
    int attempts = 0;
    int maxAttempts = 3;
    qint64 runAtMs = 0;
    QString lastError;
    QString lockedBy;
    qint64 lockedAtMs = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 finishedMs = 0;

    bool isValid() const { return id > 0; }
};

} // namespace nestogy

// Claimed jobs travel from the writer thread to a worker inside a WriteResult's QVariant.
Q_DECLARE_METATYPE(nestogy::Job)
