#pragma once

#include "IntegrationRow.h"
#include "KeysetQuery.h"

namespace nestogy {

class Database;

// Pages of integrations for the integration list, with the time of each one's latest webhook taken from its
// alerts, and the same rows by id. Read-only.
class IntegrationQuery
{
public:
    using Row = IntegrationRow;

    struct Filter
    {
        bool activeOnly = false;
        QString provider; // empty: all
        QString text;     // in name or uuid, ignoring case
    };

    enum class Sort { Name, Provider, Active, LastWebhook, LastSync, Created };

    explicit IntegrationQuery(Database &db);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Default: by name (ascending).
    void setSort(Sort sort, Qt::SortOrder order);
    Sort sort() const { return m_sort; }
    Qt::SortOrder order() const { return m_sql.order(); }

    std::optional<QList<IntegrationRow>> page(const PageRequest &request, QString *error) const;
    std::optional<QList<IntegrationRow>> fetchByIds(const QList<qint64> &ids, QString *error) const;

private:
    static IntegrationRow read(RowReader &r);

    KeysetQuery m_sql;
    Filter m_filter;
    Sort m_sort = Sort::Name;
};

} // namespace nestogy
