// The durable job queue under its workers: backoff and dead letters on the injectable clock, exactly-once
// claims across two processes on one database, strict queue priority, requeueing after a crash, and the
// dead-letter operations.
#include "Clock.h"
#include "Database.h"
#include "JobHandler.h"
#include "JobQueue.h"
#include "OwnedThread.h"
#include "StorageWriter.h"
#include "WorkerPool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace nestogy;

namespace {

constexpr int WaitMs = 20000;

// Fails the first `failures` attempts of every job with "<error> <attempt>", then succeeds; counts runs per
// job and remembers the order in which jobs started. Called from several worker threads at once.
class ScriptedHandler final : public JobHandler
{
public:
    explicit ScriptedHandler(int failures = 0, QString error = u"boom"_s)
        : m_failures(failures)
        , m_error(std::move(error))
    {}
    void run(const Job &job, Done done) override
    {
        QMutexLocker lock(&m_mutex);
        const int n = ++m_runs[job.id];
        m_order.append(job.id);
        lock.unlock();
        done(n <= m_failures ? u"%1 %2"_s.arg(m_error).arg(n) : QString());
    }
    QHash<qint64, int> runs() const
    {
        QMutexLocker lock(&m_mutex);
        return m_runs;
    }
    QList<qint64> order() const
    {
        QMutexLocker lock(&m_mutex);
        return m_order;
    }

private:
    const int m_failures;
    const QString m_error;
    mutable QMutex m_mutex;
    QHash<qint64, int> m_runs;
    QList<qint64> m_order;
};

// What one process has: a database handle, its single writer, a queue and a worker pool.
struct Node
{
    Node(const QString &path, const Clock &clock, int workers, const QString &name)
        : database(std::make_unique<Database>(DatabaseConfig::sqlite(path)))
    {
        migrateError = database->openAndMigrate();
        writerThread = startNamedThread(u"test-writer-"_s + name);
        writer = std::make_unique<StorageWriter>(*database);
        writer->moveToThread(writerThread.get());
        queue = std::make_unique<JobQueue>(*database, *writer, clock, RetryPolicy{});
        queue->setRandom([] { return 0.5; }); // no jitter: delays are exactly 30 s, 60 s, ...
        pool = std::make_unique<WorkerPool>(*queue, workers, name);
        pool->setPollIntervalMs(10);
    }
    ~Node()
    {
        pool.reset();
        QMetaObject::invokeMethod(writer.get(), &StorageWriter::drain, Qt::BlockingQueuedConnection);
        writerThread.reset();
        writer.reset();
        queue.reset();
        database.reset();
    }
    QSqlDatabase db() { return database->connection(); }

    QString migrateError;
    std::unique_ptr<Database> database;
    OwnedThread writerThread;
    std::unique_ptr<StorageWriter> writer;
    std::unique_ptr<JobQueue> queue;
    std::unique_ptr<WorkerPool> pool;
};

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void claimTakesOneJobOnce();
    void failingHandlerRetriesThenSucceeds();
    void alwaysFailingHandlerEndsDead();
    void unhandledKindsStayQueued();
    void twoProcessesRunEachJobOnce();
    void orphanedJobsAreRequeuedAtStart();
    void strictQueuePriority();
    void retryAndDiscard();

private:
    Node &node() { return *m_nodes.front(); }
    Node &addNode(int workers, const QString &name);
    qint64 insertJob(const QString &kind, const QString &queue, qint64 runAt,
                     const QString &state = u"queued"_s, int attempts = 0, const QString &lockedBy = {},
                     qint64 lockedAt = 0);
    QVariant column(qint64 id, const QString &name);
    QString state(qint64 id) { return column(id, u"state"_s).toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::vector<std::unique_ptr<Node>> m_nodes;
};

void TestJobQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    addNode(1, u"a"_s);
    QVERIFY2(node().migrateError.isEmpty(), qPrintable(node().migrateError));
}

void TestJobQueue::cleanup()
{
    m_nodes.clear(); // pools first (they report to their writers), then writers and databases
    m_dir.reset();
}

Node &TestJobQueue::addNode(int workers, const QString &name)
{
    m_nodes.push_back(std::make_unique<Node>(m_dir->filePath(u"jobs.db"_s), *m_clock, workers, name));
    return *m_nodes.back();
}

qint64 TestJobQueue::insertJob(const QString &kind, const QString &queue, qint64 runAt, const QString &state,
                               int attempts, const QString &lockedBy, qint64 lockedAt)
{
    QSqlQuery q(node().db());
    q.prepare(u"INSERT INTO jobs (kind, queue, payload, state, attempts, max_attempts, run_at, locked_by, "
              "locked_at, created_at, updated_at) VALUES (?, ?, '{\"n\":1}', ?, ?, 3, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(kind);
    q.addBindValue(queue);
    q.addBindValue(state);
    q.addBindValue(attempts);
    q.addBindValue(runAt);
    q.addBindValue(lockedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(lockedBy));
    q.addBindValue(lockedAt ? QVariant(lockedAt) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(m_clock->nowMs());
    q.addBindValue(m_clock->nowMs());
    if (!q.exec())
        qFatal("insert failed: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

QVariant TestJobQueue::column(qint64 id, const QString &name)
{
    QSqlQuery q(node().db());
    q.prepare(u"SELECT %1 FROM jobs WHERE id = ?"_s.arg(name));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void TestJobQueue::claimTakesOneJobOnce()
{
    const qint64 id = insertJob(u"Probe"_s, u"notifications"_s, m_clock->nowMs());
    insertJob(u"Other"_s, u"urgent-alerts"_s, m_clock->nowMs()); // a kind this worker does not handle
    const QString worker = JobQueue::processTag() + u":probe-0"_s;
    QObject context;
    std::optional<Job> first;
    std::optional<Job> second;
    int answers = 0;
    node().queue->claim(worker, {u"Probe"_s}, &context, [&](std::optional<Job> job, const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        first = job;
        ++answers;
    });
    node().queue->claim(worker, {u"Probe"_s}, &context, [&](std::optional<Job> job, const QString &) {
        second = job;
        ++answers;
    });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 2, WaitMs);
    QVERIFY(first);
    QVERIFY(!second);
    QCOMPARE(first->id, id);
    QCOMPARE(first->state, u"running"_s);
    QCOMPARE(first->attempts, 1);
    QCOMPARE(first->lockedBy, worker);
    QCOMPARE(first->payload.value(u"n").toInt(), 1);
    QCOMPARE(column(id, u"locked_at"_s).toLongLong(), m_clock->nowMs());
}

void TestJobQueue::failingHandlerRetriesThenSucceeds()
{
    auto handler = std::make_shared<ScriptedHandler>(2);
    node().pool->registerHandler(u"Flaky"_s, handler);
    const qint64 t0 = m_clock->nowMs();
    const qint64 id = insertJob(u"Flaky"_s, u"rmm-alerts"_s, t0);
    QSignalSpy finished(node().pool.get(), &WorkerPool::jobFinished);
    node().pool->start();

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(state(id), u"failed"_s);
    QCOMPARE(column(id, u"attempts"_s).toInt(), 1);
    QCOMPARE(column(id, u"run_at"_s).toLongLong(), t0 + 30000);
    QCOMPARE(column(id, u"last_error"_s).toString(), u"boom 1"_s);

    m_clock->advance(29000);
    QVERIFY(!node().queue->hasDueJob({u"Flaky"_s})); // backing off: not due a second early
    m_clock->advance(1000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, WaitMs);
    QCOMPARE(state(id), u"failed"_s);
    QCOMPARE(column(id, u"run_at"_s).toLongLong(), m_clock->nowMs() + 60000);

    m_clock->advance(60000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, WaitMs);
    QCOMPARE(finished.at(2).at(2).toString(), QString());
    QCOMPARE(state(id), u"done"_s);
    QCOMPARE(column(id, u"attempts"_s).toInt(), 3);
    QCOMPARE(column(id, u"finished_at"_s).toLongLong(), m_clock->nowMs());
    QVERIFY(column(id, u"locked_by"_s).isNull());
    QCOMPARE(handler->runs().value(id), 3);
}

void TestJobQueue::alwaysFailingHandlerEndsDead()
{
    auto handler = std::make_shared<ScriptedHandler>(INT_MAX, u"upstream 503"_s);
    node().pool->registerHandler(u"Broken"_s, handler);
    const qint64 id = insertJob(u"Broken"_s, u"notifications"_s, m_clock->nowMs());
    QSignalSpy finished(node().pool.get(), &WorkerPool::jobFinished);
    node().pool->start();

    const qint64 delays[] = {30000, 60000};
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), attempt, WaitMs);
        QCOMPARE(state(id), u"failed"_s);
        QCOMPARE(column(id, u"attempts"_s).toInt(), attempt);
        QCOMPARE(column(id, u"run_at"_s).toLongLong(), m_clock->nowMs() + delays[attempt - 1]);
        m_clock->advance(delays[attempt - 1]);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, WaitMs);
    QCOMPARE(state(id), u"dead"_s);
    QCOMPARE(column(id, u"attempts"_s).toInt(), 3);
    QCOMPARE(column(id, u"last_error"_s).toString(), u"upstream 503 3"_s);
    QCOMPARE(column(id, u"finished_at"_s).toLongLong(), m_clock->nowMs());
    // A dead job is not due again, however much time passes.
    m_clock->advance(3600 * 1000);
    QVERIFY(!node().queue->hasDueJob({u"Broken"_s}));
    QCOMPARE(handler->runs().value(id), 3);
    // The third delay, had there been a fourth attempt: the doubling goes on.
    QCOMPARE(RetryPolicy{}.delayAfter(3, 0.5), qint64(120000));
}

void TestJobQueue::unhandledKindsStayQueued()
{
    auto handler = std::make_shared<ScriptedHandler>();
    node().pool->registerHandler(u"Known"_s, handler);
    const qint64 unknown = insertJob(u"ProcessRmmAlert"_s, u"urgent-alerts"_s, m_clock->nowMs());
    const qint64 known = insertJob(u"Known"_s, u"escalations"_s, m_clock->nowMs());
    QSignalSpy finished(node().pool.get(), &WorkerPool::jobFinished);
    node().pool->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(state(known), u"done"_s);
    QCOMPARE(state(unknown), u"queued"_s);
    QCOMPARE(column(unknown, u"attempts"_s).toInt(), 0);
    // Once its handler exists, the waiting job runs.
    node().pool->registerHandler(u"ProcessRmmAlert"_s, handler);
    QTRY_COMPARE_WITH_TIMEOUT(state(unknown), u"done"_s, WaitMs);
}

void TestJobQueue::twoProcessesRunEachJobOnce()
{
    constexpr int Jobs = 200;
    Node &other = addNode(2, u"b"_s);
    auto handler = std::make_shared<ScriptedHandler>();
    node().pool->registerHandler(u"Count"_s, handler);
    other.pool->registerHandler(u"Count"_s, handler);
    // Both processes are up and polling before the jobs appear, so they compete for every one of them.
    QSignalSpy startedA(node().pool.get(), &WorkerPool::started);
    QSignalSpy startedB(other.pool.get(), &WorkerPool::started);
    QSignalSpy finishedA(node().pool.get(), &WorkerPool::jobFinished);
    QSignalSpy finishedB(other.pool.get(), &WorkerPool::jobFinished);
    node().pool->start();
    other.pool->start();
    QTRY_COMPARE_WITH_TIMEOUT(startedA.count() + startedB.count(), 2, WaitMs);
    {
        QSqlDatabase db = node().db();
        QVERIFY(db.transaction());
        for (int i = 0; i < Jobs; ++i)
            insertJob(u"Count"_s, JobQueue::queueNames().at(i % 7), m_clock->nowMs());
        QVERIFY(db.commit());
    }
    QTRY_COMPARE_WITH_TIMEOUT(finishedA.count() + finishedB.count(), Jobs, 60000);

    const auto runs = handler->runs();
    QCOMPARE(runs.size(), Jobs);
    for (auto it = runs.cbegin(); it != runs.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(u"job %1 ran %2 times"_s.arg(it.key()).arg(it.value())));
    QSqlQuery q(node().db());
    QVERIFY(q.exec(u"SELECT COUNT(*), MAX(attempts) FROM jobs WHERE state = 'done'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Jobs);
    QCOMPARE(q.value(1).toInt(), 1);
    qInfo() << "process a ran" << finishedA.count() << "jobs, process b" << finishedB.count();
}

void TestJobQueue::orphanedJobsAreRequeuedAtStart()
{
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    qint64 deadPid = 4000000;
    while (QFile::exists(u"/proc/%1"_s.arg(deadPid)))
        ++deadPid;
    const qint64 now = m_clock->nowMs();
    const qint64 samePidEarlierBoot = insertJob(u"A"_s, u"rmm-alerts"_s, now, u"running"_s, 1,
                                                u"%1:%2:0ldb00t0:w-0"_s.arg(host).arg(pid), now);
    const qint64 deadProcess = insertJob(u"A"_s, u"rmm-alerts"_s, now, u"running"_s, 1,
                                         u"%1:%2:abcd:w-0"_s.arg(host).arg(deadPid), now);
    const qint64 leaseExpired =
        insertJob(u"A"_s, u"rmm-alerts"_s, now, u"running"_s, 1, u"elsewhere:1:abcd:w-0"_s, now - 11 * 60000);
    const qint64 otherHostAlive =
        insertJob(u"A"_s, u"rmm-alerts"_s, now, u"running"_s, 1, u"elsewhere:1:abcd:w-0"_s, now - 60000);
    const qint64 liveProcess = insertJob(u"A"_s, u"rmm-alerts"_s, now, u"running"_s, 1,
                                         u"%1:%2:abcd:w-0"_s.arg(host).arg(getppid()), now);
    const qint64 lastAttempt = insertJob(u"A"_s, u"rmm-alerts"_s, now, u"running"_s, 3,
                                         u"%1:%2:abcd:w-0"_s.arg(host).arg(deadPid), now);

    QSignalSpy started(node().pool.get(), &WorkerPool::started);
    node().pool->start(); // no handlers: nothing is claimed, so the states below are the requeue's alone
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, WaitMs);
    QCOMPARE(state(samePidEarlierBoot), u"queued"_s);
    QCOMPARE(state(deadProcess), u"queued"_s);
    QCOMPARE(state(leaseExpired), u"queued"_s);
    QCOMPARE(state(otherHostAlive), u"running"_s);
    QCOMPARE(state(liveProcess), u"running"_s);
    QCOMPARE(state(lastAttempt), u"dead"_s);
    QVERIFY(column(deadProcess, u"locked_by"_s).isNull());
    QCOMPARE(column(deadProcess, u"attempts"_s).toInt(), 1);
    QVERIFY(column(deadProcess, u"last_error"_s).toString().startsWith(u"interrupted"));
    QVERIFY(column(lastAttempt, u"last_error"_s).toString().startsWith(u"interrupted"));
}

void TestJobQueue::strictQueuePriority()
{
    const qint64 now = m_clock->nowMs();
    QList<qint64> expected(8);
    // Inserted lowest priority first, so neither id nor insertion order explains the result.
    expected[7] = insertJob(u"P"_s, u"some-other-queue"_s, now - 5000);
    const QStringList &names = JobQueue::queueNames();
    for (qsizetype i = names.size() - 1; i >= 0; --i)
        expected[i] = insertJob(u"P"_s, names.at(i), now);
    // Within a queue, the earlier run_at first.
    const qint64 earlier = insertJob(u"P"_s, u"device-sync"_s, now - 1000);
    expected.insert(2, earlier);
    const qint64 future = insertJob(u"P"_s, u"urgent-alerts"_s, now + 3600 * 1000);

    auto handler = std::make_shared<ScriptedHandler>();
    node().pool->registerHandler(u"P"_s, handler);
    QSignalSpy finished(node().pool.get(), &WorkerPool::jobFinished);
    node().pool->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), int(expected.size()), WaitMs);
    QCOMPARE(handler->order(), expected);
    QCOMPARE(state(future), u"queued"_s);
}

void TestJobQueue::retryAndDiscard()
{
    const qint64 dead = insertJob(u"D"_s, u"notifications"_s, m_clock->nowMs(), u"dead"_s, 3);
    const qint64 done = insertJob(u"D"_s, u"notifications"_s, m_clock->nowMs(), u"done"_s, 1);
    QObject context;
    std::optional<WriteResult> result;
    const auto wait = [&] { return QTest::qWaitFor([&] { return result.has_value(); }, WaitMs); };
    const auto keep = [&](const WriteResult &r) { result = r; };

    m_clock->advance(5000);
    node().queue->retry(dead, &context, keep);
    QVERIFY(wait());
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(state(dead), u"queued"_s);
    QCOMPARE(column(dead, u"attempts"_s).toInt(), 0);
    QCOMPARE(column(dead, u"run_at"_s).toLongLong(), m_clock->nowMs());

    result.reset();
    node().queue->retry(dead, &context, keep); // no longer dead
    QVERIFY(wait());
    QCOMPARE(result->code, WriteResult::Code::Conflict);

    result.reset();
    node().queue->retry(987654, &context, keep);
    QVERIFY(wait());
    QCOMPARE(result->code, WriteResult::Code::NotFound);

    result.reset();
    node().queue->discard(dead, &context, keep); // queued again: its worker might be about to take it
    QVERIFY(wait());
    QCOMPARE(result->code, WriteResult::Code::Conflict);
    QCOMPARE(state(dead), u"queued"_s);

    result.reset();
    node().queue->discard(done, &context, keep);
    QVERIFY(wait());
    QVERIFY(result->ok());
    QVERIFY(!column(done, u"id"_s).isValid());

    result.reset();
    node().queue->discard(done, &context, keep);
    QVERIFY(wait());
    QCOMPARE(result->code, WriteResult::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
