#pragma once

#include "KeysetQuery.h"
#include "OutboundDeliveryRow.h"

namespace nestogy {

class Database;

// Pages of the outbound delivery log (every call the engine made to a chat webhook, a mail server or an RMM
// API), newest first by default, filtered and sorted in SQL, and the same rows by id. Read-only.
class OutboundDeliveryQuery
{
public:
    using Row = OutboundDeliveryRow;

    struct Filter
    {
        bool failedOnly = false; // only calls that recorded an error
        QString text;            // in kind, target, error or integration name, ignoring case
    };

    enum class Sort {
        Created,
        Kind,
        Integration,
        Status,   // by status code; no answer (0) first (ascending)
        Duration, // unknown durations first (ascending)
    };

    explicit OutboundDeliveryQuery(Database &db);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Default: newest first (Created, descending).
    void setSort(Sort sort, Qt::SortOrder order);
    Sort sort() const { return m_sort; }
    Qt::SortOrder order() const { return m_sql.order(); }

    std::optional<QList<OutboundDeliveryRow>> page(const PageRequest &request, QString *error) const;
    std::optional<QList<OutboundDeliveryRow>> fetchByIds(const QList<qint64> &ids, QString *error) const;

private:
    static OutboundDeliveryRow read(RowReader &r);

    KeysetQuery m_sql;
    Filter m_filter;
    Sort m_sort = Sort::Created;
};

} // namespace nestogy
