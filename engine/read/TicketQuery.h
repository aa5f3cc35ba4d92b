#pragma once

#include "KeysetQuery.h"
#include "TicketRow.h"

#include <QStringList>

#include <optional>

namespace nestogy {

class Database;

// Pages of tickets for the ticket list, filtered and sorted in SQL, and the same rows by id for live
// updates. Read-only.
class TicketQuery
{
public:
    using Row = TicketRow;

    struct Filter
    {
        QStringList statuses;   // any of these (empty: all)
        QStringList priorities; // any of these (empty: all)
        std::optional<qint64> assigneeId;
        bool unassignedOnly = false;
        std::optional<qint64> clientId;
        QString text; // in subject, number, client or assignee name, ignoring case
    };

    enum class Sort {
        Created,
        Updated,
        Number,
        Subject,
        Priority, // by rank: Low < Normal < High < Urgent
        Status,   // Open < In Progress < Waiting < Resolved < Closed
        Assignee,
        Client,
        ResponseDue,   // tickets without a target last (ascending)
        ResolutionDue, // tickets without a target last (ascending)
    };

    explicit TicketQuery(Database &db);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Default: newest first (Created, descending).
    void setSort(Sort sort, Qt::SortOrder order);
    Sort sort() const { return m_sort; }
    Qt::SortOrder order() const { return m_sql.order(); }

    std::optional<QList<TicketRow>> page(const PageRequest &request, QString *error) const;
    std::optional<QList<TicketRow>> fetchByIds(const QList<qint64> &ids, QString *error) const;

private:
    static TicketRow read(RowReader &r);

    KeysetQuery m_sql;
    Filter m_filter;
    Sort m_sort = Sort::Created;
};

} // namespace nestogy
