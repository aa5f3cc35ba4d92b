#include "JobQueue.h"

#include "JobStore.h"

#include "Clock.h"
#include "Database.h"
#include "StatementCache.h"
#include "StorageWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

Q_LOGGING_CATEGORY(lcJobs, "nestogy.jobs")

namespace nestogy {

namespace {

const QString JobColumns = QStringLiteral("id, kind, queue, payload, state, attempts, max_attempts, run_at, "
                                          "last_error, locked_by, locked_at, created_at, updated_at, "
                                          "finished_at");
constexpr int MaxErrorLength = 4000;

Job readJob(const QSqlQuery &q)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.queue = q.value(2).toString();
    j.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    j.state = q.value(4).toString();
    j.attempts = q.value(5).toInt();
    j.maxAttempts = q.value(6).toInt();
    j.runAtMs = q.value(7).toLongLong();
    j.lastError = q.value(8).toString();
    j.lockedBy = q.value(9).toString();
    j.lockedAtMs = q.value(10).toLongLong();
    j.createdMs = q.value(11).toLongLong();
    j.updatedMs = q.value(12).toLongLong();
    j.finishedMs = q.value(13).toLongLong();
    return j;
}

// ORDER BY term for the strict queue priority. Computed in SQL rather than stored, so rows written by any
// enqueuer (JobStore leaves `priority` at 0) sort right.
const QString &rankSql()
{
    static const QString sql = [] {
        QStringList parts{QStringLiteral("CASE queue")};
        const QStringList &names = JobQueue::queueNames();
        for (qsizetype i = 0; i < names.size(); ++i)
            parts.append(QStringLiteral("WHEN '%1' THEN %2").arg(names.at(i)).arg(i));
        parts.append(QStringLiteral("ELSE %1 END").arg(names.size()));
        return parts.join(u' ');
    }();
    return sql;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Worker ids are "host:pid:boot:worker"; boot tells a restarted process from its predecessor with the same
// pid (containers start the service as the same pid every time).
struct WorkerIdentity
{
    QString host;
    qint64 pid = 0;
    QString boot;
};

std::optional<WorkerIdentity> parseWorkerId(const QString &id)
{
    const QStringList parts = id.split(u':');
    if (parts.size() < 4)
        return std::nullopt;
    bool ok = false;
    const qint64 pid = parts.at(parts.size() - 3).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return WorkerIdentity{parts.mid(0, parts.size() - 3).join(u':'), pid, parts.at(parts.size() - 2)};
}

const QString &bootTag()
{
    static const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return tag;
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    // Signal 0 only checks existence; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // no cheap check: the lease decides
#endif
}

WriteResult notFound(qint64 id)
{
    return WriteResult::failure(WriteResult::Code::NotFound, QStringLiteral("job %1 not found").arg(id));
}

// The job's state inside the write transaction, or an empty string when it does not exist.
std::optional<QString> stateOf(QSqlDatabase &db, qint64 id, WriteResult *failure)
{
    QSqlQuery &q = StatementCache::get(db, QStringLiteral("SELECT state FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *failure = WriteResult::queryFailed(q);
        return std::nullopt;
    }
    const QString state = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return state;
}

} // namespace

JobQueue::JobQueue(Database &database, StorageWriter &writer, const Clock &clock, RetryPolicy policy)
    : m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_policy(policy)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    // Jobs enqueued inside other units (alerts, tickets, notifications) get this policy's attempts too.
    JobStore::setDefaultMaxAttempts(m_policy.maxAttempts);
}

const QStringList &JobQueue::queueNames()
{
    static const QStringList names{QStringLiteral("urgent-alerts"), QStringLiteral("rmm-alerts"),
                                   QStringLiteral("device-sync"),   QStringLiteral("rmm-updates"),
                                   QStringLiteral("notifications"), QStringLiteral("ticket-assignment"),
                                   QStringLiteral("escalations")};
    return names;
}

int JobQueue::queueRank(const QString &queue)
{
    const qsizetype i = queueNames().indexOf(queue);
    return int(i < 0 ? queueNames().size() : i);
}

QString JobQueue::processTag()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(bootTag());
}

bool JobQueue::hasDueJob(const QStringList &kinds) const
{
    if (kinds.isEmpty())
        return false;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return false;
    QSqlQuery &q = StatementCache::get(
        db,
        QStringLiteral(
            "SELECT 1 FROM jobs WHERE state IN ('queued', 'failed') AND run_at <= ? AND kind IN (%1) LIMIT 1")
            .arg(placeholders(kinds.size())));
    q.addBindValue(m_clock.nowMs());
    for (const QString &k : kinds)
        q.addBindValue(k);
    const bool due = q.exec() && q.next();
    // An unfinished statement would keep this reader's snapshot (and the WAL behind it) open until the next
    // poll.
    q.finish();
    return due;
}

void JobQueue::claim(const QString &workerId, const QStringList &kinds, QObject *context, ClaimDone done)
{
    const qint64 now = m_clock.nowMs();
    m_writer.submit([workerId, kinds, now](QSqlDatabase &db) { return claimUnit(db, workerId, kinds, now); },
                    context,
                    [done = std::move(done)](const WriteResult &r) {
                        if (!r.ok())
                            return done(std::nullopt, r.error);
                        if (!r.value.canConvert<Job>())
                            return done(std::nullopt, {});
                        done(r.value.value<Job>(), {});
                    });
}

WriteResult JobQueue::claimUnit(QSqlDatabase &db, const QString &workerId, const QStringList &kinds,
                                qint64 now)
{
    if (kinds.isEmpty())
        return WriteResult::success();
    QSqlQuery &pick = StatementCache::get(
        db, QStringLiteral(
                "SELECT id FROM jobs WHERE state IN ('queued', 'failed') AND run_at <= ? AND kind IN (%1) "
                "ORDER BY %2, run_at, id LIMIT 8")
                .arg(placeholders(kinds.size()), rankSql()));
    pick.addBindValue(now);
    for (const QString &k : kinds)
        pick.addBindValue(k);
    if (!pick.exec())
        return WriteResult::queryFailed(pick);
    QList<qint64> candidates;
    while (pick.next())
        candidates.append(pick.value(0).toLongLong());
    pick.finish();
    // On SQLite the write transaction already excludes other processes; on PostgreSQL another process may
    // take a candidate between our SELECT and UPDATE, which the state condition and the row count reveal.
    QSqlQuery &take = StatementCache::get(
        db, QStringLiteral(
                "UPDATE jobs SET state = 'running', locked_by = ?, locked_at = ?, "
                "attempts = attempts + 1, updated_at = ? WHERE id = ? AND state IN ('queued', 'failed')"));
    for (const qint64 id : std::as_const(candidates)) {
        take.addBindValue(workerId);
        take.addBindValue(now);
        take.addBindValue(now);
        take.addBindValue(id);
        if (!take.exec())
            return WriteResult::queryFailed(take);
        if (take.numRowsAffected() != 1)
            continue;
        QSqlQuery &row =
            StatementCache::get(db, QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(JobColumns));
        row.addBindValue(id);
        if (!row.exec() || !row.next())
            return WriteResult::queryFailed(row);
        const Job job = readJob(row);
        row.finish();
        return WriteResult::success(QVariant::fromValue(job));
    }
    return WriteResult::success();
}

void JobQueue::complete(qint64 id, const QString &workerId, QObject *context, Done done)
{
    const qint64 now = m_clock.nowMs();
    m_writer.submit(
        [id, workerId, now](QSqlDatabase &db) {
            // The owner condition keeps a worker whose lease ran out from finishing someone else's attempt.
            QSqlQuery &q = StatementCache::get(
                db, QStringLiteral("UPDATE jobs SET state = 'done', finished_at = ?, updated_at = ?, "
                                   "locked_by = NULL, locked_at = NULL "
                                   "WHERE id = ? AND state = 'running' AND locked_by = ?"));
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(id);
            q.addBindValue(workerId);
            if (!q.exec())
                return WriteResult::queryFailed(q);
            return WriteResult::success(q.numRowsAffected() == 1);
        },
        context, std::move(done));
}

void JobQueue::fail(qint64 id, const QString &workerId, const QString &error, QObject *context, Done done)
{
    const qint64 now = m_clock.nowMs();
    const double random01 = m_random();
    m_writer.submit(
        [id, workerId, error = error.left(MaxErrorLength), now, policy = m_policy,
         random01](QSqlDatabase &db) { return failUnit(db, id, workerId, error, now, policy, random01); },
        context, std::move(done));
}

WriteResult JobQueue::failUnit(QSqlDatabase &db, qint64 id, const QString &workerId, const QString &error,
                               qint64 now, const RetryPolicy &policy, double random01)
{
    QSqlQuery &get = StatementCache::get(
        db,
        QStringLiteral(
            "SELECT attempts, max_attempts FROM jobs WHERE id = ? AND state = 'running' AND locked_by = ?"));
    get.addBindValue(id);
    get.addBindValue(workerId);
    if (!get.exec())
        return WriteResult::queryFailed(get);
    if (!get.next())
        return WriteResult::success(QString()); // no longer ours: the lease ran out and the job moved on
    const int attempts = get.value(0).toInt();
    RetryPolicy p = policy;
    // The limit was fixed when the job was enqueued; the policy contributes the delays.
    if (const int max = get.value(1).toInt(); max > 0)
        p.maxAttempts = max;
    get.finish();
    const bool dead = p.exhausted(attempts);
    QSqlQuery &set = StatementCache::get(
        db, QStringLiteral("UPDATE jobs SET state = ?, last_error = ?, run_at = ?, finished_at = ?, "
                           "locked_by = NULL, locked_at = NULL, updated_at = ? WHERE id = ?"));
    // 'failed': an attempt failed and the job waits for its retry at run_at; claimed like a queued one.
    set.addBindValue(dead ? QStringLiteral("dead") : QStringLiteral("failed"));
    set.addBindValue(error);
    set.addBindValue(dead ? QVariant(now) : QVariant(now + p.delayAfter(attempts, random01)));
    set.addBindValue(dead ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
    set.addBindValue(now);
    set.addBindValue(id);
    if (!set.exec())
        return WriteResult::queryFailed(set);
    if (dead)
        qCWarning(lcJobs).noquote() << "job" << id << "is dead after" << attempts << "attempts:" << error;
    return WriteResult::success(dead ? QStringLiteral("dead") : QStringLiteral("failed"));
}

void JobQueue::requeueOrphans(QObject *context, Done done)
{
    const qint64 now = m_clock.nowMs();
    m_writer.submit([now, lease = m_leaseMs](QSqlDatabase &db) { return requeueUnit(db, now, lease); },
                    context, std::move(done));
}

WriteResult JobQueue::requeueUnit(QSqlDatabase &db, qint64 now, qint64 leaseMs)
{
    QSqlQuery running(db);
    if (!running.exec(QStringLiteral(
            "SELECT id, locked_by, locked_at, attempts, max_attempts FROM jobs WHERE state = 'running'")))
        return WriteResult::queryFailed(running);
    const QString host = QSysInfo::machineHostName();
    const qint64 ownPid = QCoreApplication::applicationPid();
    struct Orphan
    {
        qint64 id;
        QString lockedBy;
        bool exhausted;
    };
    QList<Orphan> orphans;
    while (running.next()) {
        const QString lockedBy = running.value(1).toString();
        const auto who = parseWorkerId(lockedBy);
        bool lost = running.value(2).toLongLong() < now - leaseMs || !who;
        if (!lost && who->host == host) {
            lost = who->pid == ownPid ? who->boot != bootTag() : !processAlive(who->pid);
        }
        if (lost)
            orphans.append({running.value(0).toLongLong(), lockedBy,
                            running.value(3).toInt() >= running.value(4).toInt()});
    }
    running.finish();
    QSqlQuery set(db);
    set.prepare(QStringLiteral("UPDATE jobs SET state = ?, last_error = ?, run_at = ?, finished_at = ?, "
                               "locked_by = NULL, locked_at = NULL, updated_at = ? "
                               "WHERE id = ? AND state = 'running' AND locked_by = ?"));
    for (const Orphan &o : std::as_const(orphans)) {
        // A job that keeps killing its worker must not loop forever: its last allowed attempt ends it.
        set.addBindValue(o.exhausted ? QStringLiteral("dead") : QStringLiteral("queued"));
        set.addBindValue(QStringLiteral("interrupted: worker %1 stopped during the attempt").arg(o.lockedBy));
        set.addBindValue(now);
        set.addBindValue(o.exhausted ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
        set.addBindValue(now);
        set.addBindValue(o.id);
        set.addBindValue(o.lockedBy);
        if (!set.exec())
            return WriteResult::queryFailed(set);
        qCInfo(lcJobs).noquote() << "job" << o.id << (o.exhausted ? "dead-lettered" : "requeued")
                                 << "after its worker" << o.lockedBy << "was lost";
    }
    return WriteResult::success(int(orphans.size()));
}

void JobQueue::retry(qint64 id, QObject *context, Done done)
{
    const qint64 now = m_clock.nowMs();
    m_writer.submit(
        [id, now](QSqlDatabase &db) {
            WriteResult failure;
            const auto state = stateOf(db, id, &failure);
            if (!state)
                return failure;
            if (state->isEmpty())
                return notFound(id);
            if (*state != u"dead")
                return WriteResult::failure(
                    WriteResult::Code::Conflict,
                    QStringLiteral("only dead jobs can be retried; job %1 is %2").arg(id).arg(*state));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE jobs SET state = 'queued', attempts = 0, run_at = ?, "
                                     "finished_at = NULL, locked_by = NULL, locked_at = NULL, updated_at = ? "
                                     "WHERE id = ? AND state = 'dead'"));
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(id);
            if (!q.exec())
                return WriteResult::queryFailed(q);
            return WriteResult::success(id);
        },
        context, std::move(done));
}

void JobQueue::discard(qint64 id, QObject *context, Done done)
{
    m_writer.submit(
        [id](QSqlDatabase &db) {
            WriteResult failure;
            const auto state = stateOf(db, id, &failure);
            if (!state)
                return failure;
            if (state->isEmpty())
                return notFound(id);
            // Deleting a queued or running job would race its worker; those are retried or left to finish.
            if (*state != u"dead" && *state != u"done")
                return WriteResult::failure(
                    WriteResult::Code::Conflict,
                    QStringLiteral("only dead or done jobs can be deleted; job %1 is %2")
                        .arg(id)
                        .arg(*state));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ? AND state IN ('dead', 'done')"));
            q.addBindValue(id);
            if (!q.exec())
                return WriteResult::queryFailed(q);
            return WriteResult::success(id);
        },
        context, std::move(done));
}

std::optional<Job> JobQueue::find(qint64 id, QString *error) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(JobColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readJob(q);
}

std::optional<JobQueue::Page> JobQueue::list(const Filter &filter, QString *error) const
{
    QStringList where;
    QVariantList binds;
    for (const auto &[column, value] : {std::pair{"state", &filter.state}, std::pair{"queue", &filter.queue},
                                        std::pair{"kind", &filter.kind}}) {
        if (value->isEmpty())
            continue;
        where.append(QStringLiteral("%1 = ?").arg(QLatin1String(column)));
        binds.append(*value);
    }
    const QString condition =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlDatabase db = m_database.connection();
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs") + condition);
    for (const QVariant &v : std::as_const(binds))
        count.addBindValue(v);
    if (!count.exec() || !count.next()) {
        *error = count.lastError().text();
        return std::nullopt;
    }
    Page page;
    page.total = count.value(0).toLongLong();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM jobs%2 ORDER BY id DESC LIMIT ? OFFSET ?").arg(JobColumns, condition));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        page.items.append(readJob(q));
    return page;
}

} // namespace nestogy
