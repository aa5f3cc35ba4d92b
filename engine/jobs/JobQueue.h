#pragma once

#include "Job.h"
#include "RetryPolicy.h"
#include "WriteResult.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace nestogy {

class Clock;
class Database;
class StorageWriter;

// The durable job queue over the `jobs` table: claims, completions, retries and dead letters, each one unit
// of work through the single StorageWriter, so a job is claimed by one worker of one process only.
// Thread-safe: it keeps no state of its own besides settings; completions run on the caller's `context`
// thread.
class JobQueue
{
public:
    using Done = std::function<void(const WriteResult &)>;
    using ClaimDone = std::function<void(std::optional<Job> job, const QString &error)>;

    struct Filter
    {
        QString state;
        QString queue;
        QString kind;
        int limit = 50;
        int offset = 0;
    };
    struct Page
    {
        QList<Job> items;
        qint64 total = 0;
    };

    // A job left `running` longer than this is taken to be lost with its worker, whatever host ran it.
    static constexpr qint64 DefaultLeaseMs = 10 * 60 * 1000;

    JobQueue(Database &database, StorageWriter &writer, const Clock &clock,
             RetryPolicy policy = RetryPolicy::fromEnvironment());

    const Clock &clock() const { return m_clock; }
    const RetryPolicy &policy() const { return m_policy; }
    qint64 leaseMs() const { return m_leaseMs; }
    void setLeaseMs(qint64 ms) { m_leaseMs = ms; }
    // Tests fix the jitter (0.5 = none) so backoff delays are exact.
    void setRandom(std::function<double()> random01) { m_random = std::move(random01); }

    // Strict priority of the named queues: lower runs first; unknown queues run after all named ones.
    static int queueRank(const QString &queue);
    static const QStringList &queueNames();
    // "host:pid": the part of a worker id that names this process.
    static QString processTag();

    // Whether a job of one of `kinds` is due, by a read on this thread's connection: lets idle workers poll
    // without taking the writer.
    bool hasDueJob(const QStringList &kinds) const;

    // Claims the next due job among `kinds` for `workerId` (which must start with processTag()); `done` gets
    // nullopt when nothing is due.
    void claim(const QString &workerId, const QStringList &kinds, QObject *context, ClaimDone done);
    // The attempt of `workerId` succeeded / failed. A failure requeues with backoff or dead-letters.
    void complete(qint64 id, const QString &workerId, QObject *context, Done done);
    void fail(qint64 id, const QString &workerId, const QString &error, QObject *context, Done done);
    // Jobs left running by a process that is gone (same host, pid not alive) or whose lease ran out go back
    // to the queue; value: how many.
    void requeueOrphans(QObject *context, Done done);
    // A dead job back to the queue with fresh attempts (NotFound / Conflict otherwise).
    void retry(qint64 id, QObject *context, Done done);
    // Deletes a dead or done job (NotFound / Conflict otherwise).
    void discard(qint64 id, QObject *context, Done done);

    // Reads on this thread's connection.
    std::optional<Job> find(qint64 id, QString *error = nullptr) const;
    std::optional<Page> list(const Filter &filter, QString *error) const;

private:
    static WriteResult claimUnit(QSqlDatabase &db, const QString &workerId, const QStringList &kinds,
                                 qint64 now);
    static WriteResult failUnit(QSqlDatabase &db, qint64 id, const QString &workerId, const QString &error,
                                qint64 now, const RetryPolicy &policy, double random01);
    static WriteResult requeueUnit(QSqlDatabase &db, qint64 now, qint64 leaseMs);

    Database &m_database;
    StorageWriter &m_writer;
    const Clock &m_clock;
    RetryPolicy m_policy;
    qint64 m_leaseMs = DefaultLeaseMs;
    std::function<double()> m_random;
};

} // namespace nestogy
