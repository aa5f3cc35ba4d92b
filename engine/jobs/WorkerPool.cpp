#include "WorkerPool.h"

#include "JobQueue.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <exception>

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

namespace nestogy {

// One worker of a WorkerPool: lives on its own thread and loops claim -> run -> report, driven by a timer
// (immediately again after a job, after the poll interval when idle), never by a blocking wait. Private to
// the pool, hence in its file.
class JobWorker : public QObject
{
public:
    JobWorker(WorkerPool &pool, JobQueue &queue, QString id, int pollIntervalMs)
        : m_pool(pool)
        , m_queue(queue)
        , m_id(std::move(id))
        , m_pollIntervalMs(pollIntervalMs)
    {}

    // Both on the worker's thread.
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
        schedule(0);
    }
    void halt()
    {
        m_stopped = true;
        if (m_timer)
            m_timer->stop();
    }

private:
    void schedule(int ms)
    {
        if (!m_stopped && m_timer)
            m_timer->start(ms);
    }

    void poll()
    {
        if (m_stopped || m_busy)
            return;
        const QStringList kinds = m_pool.kinds();
        // A read first: idle workers must not occupy the single writer every poll.
        if (!m_queue.hasDueJob(kinds)) {
            schedule(m_pollIntervalMs);
            return;
        }
        m_busy = true;
        m_queue.claim(m_id, kinds, this, [this](std::optional<Job> job, const QString &error) {
            if (!job) {
                m_busy = false;
                if (!error.isEmpty())
                    qCWarning(lcJobs).noquote() << m_id << "cannot claim a job:" << error;
                // Lost the race for the job we saw (look again now), or storage trouble (wait a while).
                schedule(error.isEmpty() ? 0 : m_pollIntervalMs);
                return;
            }
            if (m_stopped) {
                // Claimed during shutdown: left `running`, requeued by the next start.
                m_busy = false;
                return;
            }
            run(*job);
        });
    }

    void run(const Job &job)
    {
        m_pool.m_running.ref();
        const std::shared_ptr<JobHandler> handler = m_pool.handler(job.kind);
        if (!handler) {
            finish(job, QStringLiteral("no handler for kind %1").arg(job.kind));
            return;
        }
        // The handler may answer from any thread and late; the outcome is recorded on this worker's thread,
        // once.
        auto answered = std::make_shared<std::atomic_bool>(false);
        QPointer<JobWorker> self(this);
        auto done = [self, job, answered](QString error) {
            if (answered->exchange(true) || !self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, job, error] {
                    if (self)
                        self->finish(job, error);
                },
                Qt::QueuedConnection);
        };
        try {
            handler->run(job, done);
        } catch (const std::exception &e) {
            done(QStringLiteral("handler threw: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            done(QStringLiteral("handler threw an unknown exception"));
        }
    }

    void finish(const Job &job, const QString &error)
    {
        auto after = [this, job, error](const WriteResult &r) {
            if (!r.ok())
                qCWarning(lcJobs).noquote() << m_id << "cannot record the outcome of job" << job.id << ":"
                                            << r.error << "(the job is requeued when its lease runs out)";
            m_busy = false;
            m_pool.reportFinished(job.id, job.kind, error);
            if (!m_pool.m_running.deref())
                m_pool.reportIdle();
            schedule(0);
        };
        if (error.isEmpty())
            m_queue.complete(job.id, m_id, this, after);
        else
            m_queue.fail(job.id, m_id, error, this, after);
    }

    WorkerPool &m_pool;
    JobQueue &m_queue;
    const QString m_id;
    const int m_pollIntervalMs;
    QTimer *m_timer = nullptr;
    bool m_busy = false;
    bool m_stopped = false;
};

WorkerPool::WorkerPool(JobQueue &queue, int workers, const QString &name, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_count(qMax(1, workers))
    , m_name(name)
{}

WorkerPool::~WorkerPool()
{
    stop();
    for (Slot &s : m_workers) {
        // The worker's timer belongs to its thread: delete it there, then end the thread.
        QMetaObject::invokeMethod(
            s.worker, [w = s.worker] { delete w; }, Qt::BlockingQueuedConnection);
        s.thread.reset();
    }
}

int WorkerPool::defaultWorkerCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("NESTOGY_WORKERS", &ok);
    return ok && n > 0 ? n : qMax(1, QThread::idealThreadCount());
}

void WorkerPool::registerHandler(const QString &kind, std::shared_ptr<JobHandler> handler)
{
    QMutexLocker lock(&m_mutex);
    m_handlers.insert(kind, std::move(handler));
}

QStringList WorkerPool::kinds() const
{
    QMutexLocker lock(&m_mutex);
    return m_handlers.keys();
}

std::shared_ptr<JobHandler> WorkerPool::handler(const QString &kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_handlers.value(kind);
}

void WorkerPool::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_queue.requeueOrphans(this, [this](const WriteResult &r) {
        if (!r.ok())
            qCWarning(lcJobs).noquote() << "cannot requeue interrupted jobs:" << r.error;
        else if (r.value.toInt() > 0)
            qCInfo(lcJobs) << r.value.toInt() << "interrupted jobs put back";
        if (m_wanted && m_workers.empty())
            startWorkers();
    });
}

void WorkerPool::startWorkers()
{
    for (int i = 0; i < m_count; ++i) {
        Slot s;
        s.thread = startNamedThread(QStringLiteral("nestogy-%1-%2").arg(m_name).arg(i));
        s.worker = new JobWorker(*this, m_queue,
                                 QStringLiteral("%1:%2-%3").arg(JobQueue::processTag(), m_name).arg(i),
                                 m_pollIntervalMs);
        s.worker->moveToThread(s.thread.get());
        QMetaObject::invokeMethod(
            s.worker, [w = s.worker] { w->begin(); }, Qt::QueuedConnection);
        m_workers.push_back(std::move(s));
    }
    // Jobs of another host whose process died are found by their lease only, so look again now and then.
    m_sweep = new QTimer(this);
    connect(m_sweep, &QTimer::timeout, this, [this] {
        m_queue.requeueOrphans(this, [](const WriteResult &r) {
            if (!r.ok())
                qCWarning(lcJobs).noquote() << "cannot requeue interrupted jobs:" << r.error;
        });
    });
    m_sweep->start(int(std::clamp<qint64>(m_queue.leaseMs() / 2, 1000, 3600 * 1000)));
    qCInfo(lcJobs) << "started" << m_count << "job workers";
    Q_EMIT started();
}

void WorkerPool::stop()
{
    m_wanted = false;
    if (m_sweep)
        m_sweep->stop();
    for (Slot &s : m_workers)
        QMetaObject::invokeMethod(
            s.worker, [w = s.worker] { w->halt(); }, Qt::BlockingQueuedConnection);
}

int WorkerPool::runningJobs() const
{
    return m_running.loadAcquire();
}

void WorkerPool::reportIdle()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_running.loadAcquire() == 0)
                Q_EMIT idle();
        },
        Qt::QueuedConnection);
}

void WorkerPool::reportFinished(qint64 id, const QString &kind, const QString &error)
{
    QMetaObject::invokeMethod(
        this, [this, id, kind, error] { Q_EMIT jobFinished(id, kind, error); }, Qt::QueuedConnection);
}

} // namespace nestogy
