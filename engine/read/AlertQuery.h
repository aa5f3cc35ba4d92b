#pragma once

#include "AlertRow.h"
#include "KeysetQuery.h"

#include <QStringList>

#include <optional>

namespace nestogy {

class Database;

// Pages of rmm_alerts for the alert list, filtered and sorted in SQL, and the same rows by id for live
// updates. Read-only.
class AlertQuery
{
public:
    using Row = AlertRow;

    struct Filter
    {
        QStringList severities; // any of these (empty: all)
        QStringList statuses;   // any of these (empty: all)
        std::optional<qint64> integrationId;
        std::optional<qint64> clientId;
        std::optional<bool> suppressed;
        QString text; // in device name, message, alert type or client name, ignoring case
    };

    enum class Sort {
        LastSeen,
        FirstSeen,
        Severity, // by rank: low < normal < high < urgent
        Status,   // open < acknowledged < resolved
        AlertType,
        Device,
        Client,
        Integration,
        Message,
        Occurrences,
        Ticket,
    };

    explicit AlertQuery(Database &db);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Default: newest first (LastSeen, descending).
    void setSort(Sort sort, Qt::SortOrder order);
    Sort sort() const { return m_sort; }
    Qt::SortOrder order() const { return m_sql.order(); }

    std::optional<QList<AlertRow>> page(const PageRequest &request, QString *error) const;
    std::optional<QList<AlertRow>> fetchByIds(const QList<qint64> &ids, QString *error) const;

private:
    static AlertRow read(RowReader &r);

    KeysetQuery m_sql;
    Filter m_filter;
    Sort m_sort = Sort::LastSeen;
};

} // namespace nestogy
