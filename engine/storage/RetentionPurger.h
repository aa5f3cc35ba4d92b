#pragma once

#include "RetentionPolicy.h"
#include "RetentionPurge.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace nestogy {

class ChangeNotifier;
class Clock;
class Database;
class StorageWriter;

// Applies the stored retention policy: deletes what is older than each period in small writer batches, one
// kind after the other, and tells the desktop which lists changed. Lives on the engine thread; run() may be
// called from any thread. One purge at a time: asking while one runs joins it.
class RetentionPurger : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchSize = 1000;

    struct Outcome
    {
        qint64 resolvedAlerts = 0;
        qint64 finishedJobs = 0;
        qint64 deliveryLog = 0;
        QString error; // empty when every kind was purged
        QJsonObject toJson() const;
    };
    using Done = std::function<void(const Outcome &)>;

    RetentionPurger(Database &database, StorageWriter &writer, const Clock &clock, ChangeNotifier *changes,
                    QObject *parent = nullptr);

    // Starts a purge (or joins the one running); `done` runs once on `context`'s thread when it has ended,
    // not at all if `context` is gone by then.
    void run(QObject *context = nullptr, Done done = {});
    // The engine is stopping: no further batches are submitted (a purge in progress ends with an error).
    // Call on the purger's thread.
    void stop();

private:
    struct Waiter
    {
        bool hasContext = false;
        QPointer<QObject> context;
        Done done;
    };
    void start();
    void nextBatch();
    void finish(const QString &error);

    Database &m_database;
    StorageWriter &m_writer;
    const Clock &m_clock;
    QPointer<ChangeNotifier> m_changes;
    bool m_running = false;
    bool m_stopped = false;
    RetentionPolicy m_policy;
    qint64 m_nowMs = 0;
    int m_kind = 0;
    Outcome m_outcome;
    std::vector<Waiter> m_waiters;
};

} // namespace nestogy
