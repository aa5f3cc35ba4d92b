#include "IntegrationQuery.h"

namespace nestogy {

namespace {
// An alert's last_seen is when its latest webhook was received, so the newest one is the integration's last
// webhook. (Rejected deliveries leave no row and do not count.)
const QString LastWebhook =
    QStringLiteral("(SELECT MAX(w.last_seen) FROM rmm_alerts w WHERE w.integration_id = i.id)");
const QString Columns =
    QStringLiteral("i.id, i.uuid, i.provider, i.name, i.is_active, i.client_id, c.name, ") + LastWebhook +
    QStringLiteral(", i.last_sync, i.created_at");
const QString From = QStringLiteral("integrations i LEFT JOIN clients c ON c.id = i.client_id");

struct SortSql
{
    QString expression;
    bool text = false;
};

SortSql sortSql(IntegrationQuery::Sort sort)
{
    switch (sort) {
    case IntegrationQuery::Sort::Name:
        return {QStringLiteral("LOWER(i.name)"), true};
    case IntegrationQuery::Sort::Provider:
        return {QStringLiteral("i.provider"), true};
    case IntegrationQuery::Sort::Active:
        return {QStringLiteral("i.is_active")};
    case IntegrationQuery::Sort::LastWebhook:
        return {QStringLiteral("COALESCE(") + LastWebhook + QStringLiteral(", 0)")};
    case IntegrationQuery::Sort::LastSync:
        return {QStringLiteral("COALESCE(i.last_sync, 0)")};
    case IntegrationQuery::Sort::Created:
        return {QStringLiteral("i.created_at")};
    }
    return {QStringLiteral("LOWER(i.name)"), true};
}
} // namespace

IntegrationQuery::IntegrationQuery(Database &db)
    : m_sql(db, Columns, From, QStringLiteral("i.id"))
{
    setSort(Sort::Name, Qt::AscendingOrder);
}

void IntegrationQuery::setFilter(const Filter &filter)
{
    m_filter = filter;
    SqlWhere where;
    if (filter.activeOnly)
        where.add(QStringLiteral("i.is_active = 1"));
    if (!filter.provider.isEmpty())
        where.add(QStringLiteral("i.provider = ?"), {filter.provider});
    where.addContains({QStringLiteral("i.name"), QStringLiteral("i.uuid")}, filter.text);
    m_sql.setWhere(std::move(where));
}

void IntegrationQuery::setSort(Sort sort, Qt::SortOrder order)
{
    m_sort = sort;
    const SortSql s = sortSql(sort);
    m_sql.setOrder(s.expression, s.text, order);
}

std::optional<QList<IntegrationRow>> IntegrationQuery::page(const PageRequest &request, QString *error) const
{
    return m_sql.page(request, &IntegrationQuery::read, error);
}

std::optional<QList<IntegrationRow>> IntegrationQuery::fetchByIds(const QList<qint64> &ids,
                                                                  QString *error) const
{
    return m_sql.byIds(ids, &IntegrationQuery::read, error);
}

IntegrationRow IntegrationQuery::read(RowReader &r)
{
    IntegrationRow row;
    row.id = r.int64();
    row.uuid = r.text();
    row.provider = r.text();
    row.name = r.text();
    row.active = r.flag();
    row.clientId = r.int64();
    row.clientName = r.text();
    row.lastWebhookMs = r.int64();
    row.lastSyncMs = r.int64();
    row.createdMs = r.int64();
    return row;
}

} // namespace nestogy
