#pragma once

#include "DeviceMappingRow.h"
#include "KeysetQuery.h"

#include <optional>

namespace nestogy {

class Database;

// Pages of device_mappings for the device list, filtered and sorted in SQL, and the same rows by id.
// Read-only.
class DeviceMappingQuery
{
public:
    using Row = DeviceMappingRow;

    struct Filter
    {
        bool staleOnly = false;
        std::optional<qint64> integrationId;
        std::optional<qint64> clientId;
        QString text; // in device name, hostname, serial or RMM device id, ignoring case
    };

    enum class Sort {
        Device, // the device name, else the hostname, else the RMM id
        Hostname,
        RmmDeviceId,
        Integration,
        Client,
        Asset,
        LastSeen,
        Stale,
    };

    explicit DeviceMappingQuery(Database &db);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Default: by device name (ascending).
    void setSort(Sort sort, Qt::SortOrder order);
    Sort sort() const { return m_sort; }
    Qt::SortOrder order() const { return m_sql.order(); }

    std::optional<QList<DeviceMappingRow>> page(const PageRequest &request, QString *error) const;
    std::optional<QList<DeviceMappingRow>> fetchByIds(const QList<qint64> &ids, QString *error) const;

private:
    static DeviceMappingRow read(RowReader &r);

    KeysetQuery m_sql;
    Filter m_filter;
    Sort m_sort = Sort::Device;
};

} // namespace nestogy
