#include "DeviceMappingQuery.h"

namespace nestogy {

namespace {
const QString Columns = QStringLiteral(
    "d.id, d.integration_id, i.name, d.rmm_device_id, d.asset_id, s.name, d.client_id, c.name, "
    "d.device_name, d.hostname, d.serial, d.os, d.last_seen, d.stale, d.active");
const QString From = QStringLiteral("device_mappings d JOIN integrations i ON i.id = d.integration_id "
                                    "LEFT JOIN assets s ON s.id = d.asset_id "
                                    "LEFT JOIN clients c ON c.id = d.client_id");

struct SortSql
{
    QString expression;
    bool text = false;
};

SortSql sortSql(DeviceMappingQuery::Sort sort)
{
    switch (sort) {
    case DeviceMappingQuery::Sort::Device:
        return {QStringLiteral("LOWER(COALESCE(d.device_name, d.hostname, d.rmm_device_id))"), true};
    case DeviceMappingQuery::Sort::Hostname:
        return {QStringLiteral("LOWER(COALESCE(d.hostname, ''))"), true};
    case DeviceMappingQuery::Sort::RmmDeviceId:
        return {QStringLiteral("d.rmm_device_id"), true};
    case DeviceMappingQuery::Sort::Integration:
        return {QStringLiteral("LOWER(i.name)"), true};
    case DeviceMappingQuery::Sort::Client:
        return {QStringLiteral("LOWER(COALESCE(c.name, ''))"), true};
    case DeviceMappingQuery::Sort::Asset:
        return {QStringLiteral("LOWER(COALESCE(s.name, ''))"), true};
    case DeviceMappingQuery::Sort::LastSeen:
        return {QStringLiteral("COALESCE(d.last_seen, 0)")};
    case DeviceMappingQuery::Sort::Stale:
        return {QStringLiteral("d.stale")};
    }
    return {QStringLiteral("LOWER(COALESCE(d.device_name, d.hostname, d.rmm_device_id))"), true};
}
} // namespace

DeviceMappingQuery::DeviceMappingQuery(Database &db)
    : m_sql(db, Columns, From, QStringLiteral("d.id"))
{
    setSort(Sort::Device, Qt::AscendingOrder);
}

void DeviceMappingQuery::setFilter(const Filter &filter)
{
    m_filter = filter;
    SqlWhere where;
    if (filter.staleOnly)
        where.add(QStringLiteral("d.stale = 1"));
    if (filter.integrationId)
        where.add(QStringLiteral("d.integration_id = ?"), {*filter.integrationId});
    if (filter.clientId)
        where.add(QStringLiteral("d.client_id = ?"), {*filter.clientId});
    where.addContains({QStringLiteral("d.device_name"), QStringLiteral("d.hostname"),
                       QStringLiteral("d.serial"), QStringLiteral("d.rmm_device_id")},
                      filter.text);
    m_sql.setWhere(std::move(where));
}

void DeviceMappingQuery::setSort(Sort sort, Qt::SortOrder order)
{
    m_sort = sort;
    const SortSql s = sortSql(sort);
    m_sql.setOrder(s.expression, s.text, order);
}

std::optional<QList<DeviceMappingRow>> DeviceMappingQuery::page(const PageRequest &request,
                                                                QString *error) const
{
    return m_sql.page(request, &DeviceMappingQuery::read, error);
}

std::optional<QList<DeviceMappingRow>> DeviceMappingQuery::fetchByIds(const QList<qint64> &ids,
                                                                      QString *error) const
{
    return m_sql.byIds(ids, &DeviceMappingQuery::read, error);
}

DeviceMappingRow DeviceMappingQuery::read(RowReader &r)
{
    DeviceMappingRow row;
    row.id = r.int64();
    row.integrationId = r.int64();
    row.integrationName = r.text();
    row.rmmDeviceId = r.text();
    row.assetId = r.int64();
    row.assetName = r.text();
    row.clientId = r.int64();
    row.clientName = r.text();
    row.deviceName = r.text();
    row.hostname = r.text();
    row.serial = r.text();
    row.os = r.text();
    row.lastSeenMs = r.int64();
    row.stale = r.flag();
    row.active = r.flag();
    return row;
}

} // namespace nestogy
