#include "SyncRunStore.h"

#include "JobStore.h"
#include "StatementCache.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

const QString RunColumns =
    u"r.id, r.integration_id, r.job_id, r.state, r.requested_by, r.attempt, r.pages, r.fetched, r.total, "
    "r.inserted, r.updated, r.marked_stale, r.error, r.created_at, r.started_at, r.finished_at, "
    "r.updated_at, "
    "j.state, j.last_error"_s;
// Job states in which a job still runs or will run again.
const QString LiveJob = u"('queued', 'running', 'failed')"_s;

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

SyncRun readRun(const QSqlQuery &q)
{
    SyncRun r;
    r.id = q.value(0).toLongLong();
    r.integrationId = q.value(1).toLongLong();
    r.jobId = q.value(2).toLongLong();
    r.state = SyncRun::stateFrom(q.value(3).toString()).value_or(SyncRun::State::Failed);
    r.requestedBy = q.value(4).toString();
    r.attempt = q.value(5).toInt();
    r.pages = q.value(6).toInt();
    r.fetched = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        r.total = q.value(8).toLongLong();
    r.inserted = q.value(9).toInt();
    r.updated = q.value(10).toInt();
    r.markedStale = q.value(11).toInt();
    r.error = q.value(12).toString();
    r.createdMs = q.value(13).toLongLong();
    r.startedMs = q.value(14).toLongLong();
    r.finishedMs = q.value(15).toLongLong();
    r.updatedMs = q.value(16).toLongLong();
    const QString job = q.value(17).toString();
    if (!r.finished() && job != u"queued" && job != u"running" && job != u"failed") {
        // The job is dead, done or gone without the run hearing of it (its worker was lost).
        r.state = SyncRun::State::Failed;
        const QString why = q.value(18).toString();
        r.error = why.isEmpty() ? u"interrupted: the sync job is gone"_s : why;
    }
    return r;
}

std::optional<SyncRun> readOne(QSqlDatabase &db, const QString &where, qint64 key, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM sync_runs r LEFT JOIN jobs j ON j.id = r.job_id WHERE %2 ORDER BY r.id DESC "
              "LIMIT 1"_s.arg(RunColumns, where));
    q.addBindValue(key);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRun(q);
}

WriteResult exec(QSqlQuery &q)
{
    return q.exec() ? WriteResult::success() : WriteResult::queryFailed(q);
}

} // namespace

WriteResult SyncRunStore::request(QSqlDatabase &db, qint64 integrationId, const QString &integrationUuid,
                                  const QString &who, qint64 nowMs)
{
    QSqlQuery close(db);
    close.prepare(
        u"UPDATE sync_runs SET state = 'failed', finished_at = ?, updated_at = ?, "
        "error = COALESCE((SELECT last_error FROM jobs WHERE jobs.id = sync_runs.job_id), "
        "'interrupted: the sync job is gone') "
        "WHERE integration_id = ? AND finished_at IS NULL AND (job_id IS NULL OR NOT EXISTS "
        "(SELECT 1 FROM jobs WHERE jobs.id = sync_runs.job_id AND jobs.state IN %1))"_s.arg(LiveJob));
    close.addBindValue(nowMs);
    close.addBindValue(nowMs);
    close.addBindValue(integrationId);
    if (!close.exec())
        return WriteResult::queryFailed(close);

    QSqlQuery running(db);
    running.prepare(u"SELECT id, state FROM sync_runs WHERE integration_id = ? AND finished_at IS NULL"_s);
    running.addBindValue(integrationId);
    if (!running.exec())
        return WriteResult::queryFailed(running);
    if (running.next())
        return WriteResult::failure(WriteResult::Code::Conflict,
                                    u"a sync of this integration is already %1 (run %2)"_s.arg(
                                        running.value(1).toString(), running.value(0).toString()));
    running.finish();

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO sync_runs (integration_id, state, requested_by, created_at, updated_at) "
                   "VALUES (?, 'queued', ?, ?, ?)"_s);
    insert.addBindValue(integrationId);
    insert.addBindValue(who);
    insert.addBindValue(nowMs);
    insert.addBindValue(nowMs);
    if (!insert.exec())
        return WriteResult::queryFailed(insert);
    const qint64 runId = insert.lastInsertId().toLongLong();
    const WriteResult job = JobStore::enqueue(
        db, QString::fromLatin1(JobKind), QString::fromLatin1(Queue),
        QJsonObject{{u"integration_id"_s, integrationUuid}, {u"run_id"_s, runId}}, nowMs, nowMs);
    if (!job.ok())
        return job;
    QSqlQuery link(db);
    link.prepare(u"UPDATE sync_runs SET job_id = ? WHERE id = ?"_s);
    link.addBindValue(job.value.toLongLong());
    link.addBindValue(runId);
    if (!link.exec())
        return WriteResult::queryFailed(link);
    return WriteResult::success(runId);
}

WriteResult SyncRunStore::begin(QSqlDatabase &db, qint64 runId, int attempt, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT integration_id, finished_at FROM sync_runs WHERE id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    if (!q.next())
        return WriteResult::failure(WriteResult::Code::NotFound, u"sync run %1 not found"_s.arg(runId));
    const qint64 integrationId = q.value(0).toLongLong();
    const bool finished = !q.value(1).isNull();
    q.finish();
    if (finished) {
        QSqlQuery other(db);
        other.prepare(u"SELECT id FROM sync_runs WHERE integration_id = ? AND finished_at IS NULL"_s);
        other.addBindValue(integrationId);
        if (!other.exec())
            return WriteResult::queryFailed(other);
        if (other.next())
            return WriteResult::failure(
                WriteResult::Code::Conflict,
                u"run %1 of this integration is unfinished"_s.arg(other.value(0).toLongLong()));
    }
    QSqlQuery set(db);
    set.prepare(u"UPDATE sync_runs SET state = 'running', attempt = ?, pages = 0, fetched = 0, total = NULL, "
                "inserted = 0, updated = 0, marked_stale = 0, error = NULL, finished_at = NULL, "
                "started_at = COALESCE(started_at, ?), updated_at = ? WHERE id = ?"_s);
    set.addBindValue(attempt);
    set.addBindValue(nowMs);
    set.addBindValue(nowMs);
    set.addBindValue(runId);
    if (const WriteResult r = exec(set); !r.ok())
        return r;
    return WriteResult::success(integrationId);
}

WriteResult SyncRunStore::addPage(QSqlDatabase &db, qint64 runId, const PageProgress &p, qint64 nowMs)
{
    QSqlQuery &q = StatementCache::get(
        db, u"UPDATE sync_runs SET pages = ?, fetched = fetched + ?, total = COALESCE(?, total), "
            "inserted = inserted + ?, updated = updated + ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(p.page);
    q.addBindValue(p.fetched);
    q.addBindValue(nullable(p.total));
    q.addBindValue(p.inserted);
    q.addBindValue(p.updated);
    q.addBindValue(nowMs);
    q.addBindValue(runId);
    return exec(q);
}

WriteResult SyncRunStore::fail(QSqlDatabase &db, qint64 runId, const QString &error, bool final, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE sync_runs SET state = ?, error = ?, finished_at = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(final ? u"failed"_s : u"retrying"_s);
    q.addBindValue(error);
    q.addBindValue(final ? QVariant(nowMs) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nowMs);
    q.addBindValue(runId);
    return exec(q);
}

WriteResult SyncRunStore::complete(QSqlDatabase &db, qint64 runId, int markedStale, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE sync_runs SET state = 'done', marked_stale = ?, error = NULL, finished_at = ?, "
              "updated_at = ? WHERE id = ?"_s);
    q.addBindValue(markedStale);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(runId);
    return exec(q);
}

std::optional<SyncRun> SyncRunStore::latest(QSqlDatabase &db, qint64 integrationId, QString *error)
{
    return readOne(db, u"r.integration_id = ?"_s, integrationId, error);
}

std::optional<SyncRun> SyncRunStore::find(QSqlDatabase &db, qint64 runId, QString *error)
{
    return readOne(db, u"r.id = ?"_s, runId, error);
}

} // namespace nestogy
