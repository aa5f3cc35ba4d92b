#include "OutboundDeliveryQuery.h"

namespace nestogy {

namespace {
const QString Columns =
    QStringLiteral("d.id, d.kind, d.method, d.url, d.status_code, d.error, d.duration_ms, d.integration_id, "
                   "i.name, d.job_id, d.created_at");
const QString From =
    QStringLiteral("outbound_deliveries d LEFT JOIN integrations i ON i.id = d.integration_id");

struct SortSql
{
    QString expression;
    bool text = false;
};

SortSql sortSql(OutboundDeliveryQuery::Sort sort)
{
    switch (sort) {
    case OutboundDeliveryQuery::Sort::Created:
        return {QStringLiteral("d.created_at")};
    case OutboundDeliveryQuery::Sort::Kind:
        return {QStringLiteral("d.kind"), true};
    case OutboundDeliveryQuery::Sort::Integration:
        return {QStringLiteral("LOWER(COALESCE(i.name, ''))"), true};
    case OutboundDeliveryQuery::Sort::Status:
        return {QStringLiteral("COALESCE(d.status_code, 0)")};
    case OutboundDeliveryQuery::Sort::Duration:
        return {QStringLiteral("COALESCE(d.duration_ms, -1)")};
    }
    return {QStringLiteral("d.created_at")};
}
} // namespace

OutboundDeliveryQuery::OutboundDeliveryQuery(Database &db)
    : m_sql(db, Columns, From, QStringLiteral("d.id"))
{
    setSort(Sort::Created, Qt::DescendingOrder);
}

void OutboundDeliveryQuery::setFilter(const Filter &filter)
{
    m_filter = filter;
    SqlWhere where;
    if (filter.failedOnly)
        where.add(QStringLiteral("COALESCE(d.error, '') <> ''"));
    where.addContains({QStringLiteral("d.kind"), QStringLiteral("d.url"), QStringLiteral("d.error"),
                       QStringLiteral("i.name")},
                      filter.text);
    m_sql.setWhere(std::move(where));
}

void OutboundDeliveryQuery::setSort(Sort sort, Qt::SortOrder order)
{
    m_sort = sort;
    const SortSql s = sortSql(sort);
    m_sql.setOrder(s.expression, s.text, order);
}

std::optional<QList<OutboundDeliveryRow>> OutboundDeliveryQuery::page(const PageRequest &request,
                                                                      QString *error) const
{
    return m_sql.page(request, &OutboundDeliveryQuery::read, error);
}

std::optional<QList<OutboundDeliveryRow>> OutboundDeliveryQuery::fetchByIds(const QList<qint64> &ids,
                                                                            QString *error) const
{
    return m_sql.byIds(ids, &OutboundDeliveryQuery::read, error);
}

OutboundDeliveryRow OutboundDeliveryQuery::read(RowReader &r)
{
    OutboundDeliveryRow row;
    row.id = r.int64();
    row.kind = r.text();
    row.method = r.text();
    row.url = r.text();
    row.statusCode = r.integer();
    row.error = r.text();
    row.durationMs = r.int64();
    row.integrationId = r.int64();
    row.integrationName = r.text();
    row.jobId = r.int64();
    row.createdMs = r.int64();
    return row;
}

} // namespace nestogy
