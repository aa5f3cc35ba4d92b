#pragma once

#include "JobHandler.h"
#include "OwnedThread.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>

class QTimer;

#include <memory>
#include <vector>

namespace nestogy {

class JobQueue;
class JobWorker;

// Runs durable jobs: N workers, each on its own named thread, claim due jobs of the kinds that have a
// handler, run them and report the outcome to the queue. Lives on its owner's thread; handlers run on worker
// threads.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    // `name` tells the pools of one process apart in worker ids and thread names.
    explicit WorkerPool(JobQueue &queue, int workers = defaultWorkerCount(),
                        const QString &name = QStringLiteral("worker"), QObject *parent = nullptr);
    ~WorkerPool() override;

    // NESTOGY_WORKERS when it is a positive number, else the number of cores.
    static int defaultWorkerCount();

    // Thread-safe, also while running. Only kinds with a handler are ever claimed: jobs of other kinds stay
    // queued until their handler is registered (rather than failing into the dead letters meanwhile).
    void registerHandler(const QString &kind, std::shared_ptr<JobHandler> handler);
    QStringList kinds() const;
    std::shared_ptr<JobHandler> handler(const QString &kind) const;

    int workerCount() const { return m_count; }
    // How long an idle worker waits before looking again; a busy one looks again at once.
    int pollIntervalMs() const { return m_pollIntervalMs; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = qMax(1, ms); }
    bool isRunning() const { return !m_workers.empty(); }
    // Attempts whose handler has started and whose outcome is not yet recorded (thread-safe).
    int runningJobs() const;

public Q_SLOTS:
    // Requeues what crashed processes left running, then starts the workers (emits started()).
    void start();
    // No new claims after this returns. Attempts already running go on: wait for idle() (runningJobs() == 0)
    // before draining the writer, so their outcomes are committed; one still running when the threads end
    // stays `running` and is requeued at the next start.
    void stop();

Q_SIGNALS:
    void started();
    // One attempt ended (error empty on success); emitted on the pool's thread.
    void jobFinished(qint64 id, const QString &kind, const QString &error);
    // No attempt is running any more (their outcomes are handed to the writer); emitted on the pool's thread.
    void idle();

private:
    struct Slot
    {
        OwnedThread thread;
        JobWorker *worker = nullptr; // deleted on its thread before the thread ends
    };
    void startWorkers();
    void reportFinished(qint64 id, const QString &kind, const QString &error);
    void reportIdle();

    JobQueue &m_queue;
    int m_count;
    QString m_name;
    int m_pollIntervalMs = 200;
    bool m_wanted = false;
    QTimer *m_sweep = nullptr;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<JobHandler>> m_handlers;
    std::vector<Slot> m_workers;
    QAtomicInt m_running = 0;

    friend class JobWorker;
};

} // namespace nestogy
