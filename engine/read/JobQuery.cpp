#include "JobQuery.h"

namespace nestogy {

namespace {
const QString Columns =
    QStringLiteral("j.id, j.kind, j.queue, j.state, j.attempts, j.max_attempts, j.run_at, "
                   "j.last_error, j.locked_by, j.created_at, j.updated_at, j.finished_at");

struct SortSql
{
    QString expression;
    bool text = false;
};

SortSql sortSql(JobQuery::Sort sort)
{
    switch (sort) {
    case JobQuery::Sort::Id:
        return {QStringLiteral("j.id")};
    case JobQuery::Sort::Kind:
        return {QStringLiteral("j.kind"), true};
    case JobQuery::Sort::Queue:
        return {QStringLiteral("j.queue"), true};
    case JobQuery::Sort::State:
        return {QStringLiteral("CASE j.state WHEN 'queued' THEN 1 WHEN 'running' THEN 2 WHEN 'failed' THEN 3 "
                               "WHEN 'dead' THEN 4 WHEN 'done' THEN 5 ELSE 6 END")};
    case JobQuery::Sort::Attempts:
        return {QStringLiteral("j.attempts")};
    case JobQuery::Sort::RunAt:
        return {QStringLiteral("j.run_at")};
    case JobQuery::Sort::Updated:
        return {QStringLiteral("j.updated_at")};
    case JobQuery::Sort::Finished:
        return {QStringLiteral("COALESCE(j.finished_at, 0)")};
    }
    return {QStringLiteral("j.id")};
}
} // namespace

JobQuery::JobQuery(Database &db)
    : m_sql(db, Columns, QStringLiteral("jobs j"), QStringLiteral("j.id"))
{
    setSort(Sort::Id, Qt::DescendingOrder);
}

void JobQuery::setFilter(const Filter &filter)
{
    m_filter = filter;
    SqlWhere where;
    where.addIn(QStringLiteral("j.state"), filter.states);
    where.addIn(QStringLiteral("j.queue"), filter.queues);
    where.addContains({QStringLiteral("j.kind"), QStringLiteral("j.last_error")}, filter.text);
    m_sql.setWhere(std::move(where));
}

void JobQuery::setSort(Sort sort, Qt::SortOrder order)
{
    m_sort = sort;
    const SortSql s = sortSql(sort);
    m_sql.setOrder(s.expression, s.text, order);
}

std::optional<QList<JobRow>> JobQuery::page(const PageRequest &request, QString *error) const
{
    return m_sql.page(request, &JobQuery::read, error);
}

std::optional<QList<JobRow>> JobQuery::fetchByIds(const QList<qint64> &ids, QString *error) const
{
    return m_sql.byIds(ids, &JobQuery::read, error);
}

JobRow JobQuery::read(RowReader &r)
{
    JobRow row;
    row.id = r.int64();
    row.kind = r.text();
    row.queue = r.text();
    row.state = r.text();
    row.attempts = r.integer();
    row.maxAttempts = r.integer();
    row.runAtMs = r.int64();
    row.lastError = r.text();
    row.lockedBy = r.text();
    row.createdMs = r.int64();
    row.updatedMs = r.int64();
    row.finishedMs = r.int64();
    return row;
}

} // namespace nestogy
