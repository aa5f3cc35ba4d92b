#pragma once

#include "JobRow.h"
#include "KeysetQuery.h"

#include <QStringList>

namespace nestogy {

class Database;

// Pages of the durable job table for the jobs list, filtered and sorted in SQL, and the same rows by id.
// Read-only.
class JobQuery
{
public:
    using Row = JobRow;

    struct Filter
    {
        QStringList states; // any of these (empty: all)
        QStringList queues; // any of these (empty: all)
        QString text;       // in kind or last error, ignoring case
    };

    enum class Sort {
        Id, // creation order
        Kind,
        Queue,
        State, // queued < running < failed < dead < done
        Attempts,
        RunAt,
        Updated,
        Finished, // unfinished first (ascending)
    };

    explicit JobQuery(Database &db);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Default: newest first (Id, descending).
    void setSort(Sort sort, Qt::SortOrder order);
    Sort sort() const { return m_sort; }
    Qt::SortOrder order() const { return m_sql.order(); }

    std::optional<QList<JobRow>> page(const PageRequest &request, QString *error) const;
    std::optional<QList<JobRow>> fetchByIds(const QList<qint64> &ids, QString *error) const;

private:
    static JobRow read(RowReader &r);

    KeysetQuery m_sql;
    Filter m_filter;
    Sort m_sort = Sort::Id;
};

} // namespace nestogy
