#include "AlertQuery.h"

#include <QSet>

namespace nestogy {

namespace {
const QString Columns = QStringLiteral(
    "a.id, a.uuid, a.severity, a.status, a.alert_type, a.device_name, a.client_id, "
    "COALESCE(c.name, a.client_name), a.integration_id, i.name, i.provider, a.message, a.occurrences, "
    "a.first_seen, a.last_seen, a.ticket_id, t.number, a.suppressed");
const QString From = QStringLiteral("rmm_alerts a JOIN integrations i ON i.id = a.integration_id "
                                    "LEFT JOIN clients c ON c.id = a.client_id "
                                    "LEFT JOIN tickets t ON t.id = a.ticket_id");

struct SortSql
{
    QString expression;
    bool text = false;
};

SortSql sortSql(AlertQuery::Sort sort)
{
    switch (sort) {
    case AlertQuery::Sort::LastSeen:
        return {QStringLiteral("a.last_seen")};
    case AlertQuery::Sort::FirstSeen:
        return {QStringLiteral("a.first_seen")};
    case AlertQuery::Sort::Severity:
        return {QStringLiteral("CASE a.severity WHEN 'low' THEN 1 WHEN 'normal' THEN 2 WHEN 'high' THEN 3 "
                               "WHEN 'urgent' THEN 4 ELSE 0 END")};
    case AlertQuery::Sort::Status:
        return {QStringLiteral(
            "CASE a.status WHEN 'open' THEN 1 WHEN 'acknowledged' THEN 2 WHEN 'resolved' THEN 3 ELSE 4 END")};
    case AlertQuery::Sort::AlertType:
        return {QStringLiteral("LOWER(COALESCE(a.alert_type, ''))"), true};
    case AlertQuery::Sort::Device:
        return {QStringLiteral("LOWER(COALESCE(a.device_name, ''))"), true};
    case AlertQuery::Sort::Client:
        return {QStringLiteral("LOWER(COALESCE(c.name, a.client_name, ''))"), true};
    case AlertQuery::Sort::Integration:
        return {QStringLiteral("LOWER(i.name)"), true};
    case AlertQuery::Sort::Message:
        return {QStringLiteral("LOWER(COALESCE(a.message, ''))"), true};
    case AlertQuery::Sort::Occurrences:
        return {QStringLiteral("a.occurrences")};
    case AlertQuery::Sort::Ticket:
        return {QStringLiteral("COALESCE(t.number, 0)")};
    }
    return {QStringLiteral("a.last_seen")};
}
} // namespace

AlertQuery::AlertQuery(Database &db)
    : m_sql(db, Columns, From, QStringLiteral("a.id"))
{
    setSort(Sort::LastSeen, Qt::DescendingOrder);
}

void AlertQuery::setFilter(const Filter &filter)
{
    m_filter = filter;
    SqlWhere where;
    where.addIn(QStringLiteral("a.severity"), filter.severities);
    // "Unresolved" (open and acknowledged) is said as rmm_alerts_unresolved_last_seen's own condition, so the
    // planner reads that partial index in list order instead of sorting every unresolved alert per page.
    const QStringList unresolved{QStringLiteral("open"), QStringLiteral("acknowledged")};
    if (QSet<QString>(filter.statuses.cbegin(), filter.statuses.cend()) ==
        QSet<QString>(unresolved.cbegin(), unresolved.cend()))
        where.add(QStringLiteral("a.status <> 'resolved'"), {});
    else
        where.addIn(QStringLiteral("a.status"), filter.statuses);
    if (filter.integrationId)
        where.add(QStringLiteral("a.integration_id = ?"), {*filter.integrationId});
    if (filter.clientId)
        where.add(QStringLiteral("a.client_id = ?"), {*filter.clientId});
    if (filter.suppressed)
        where.add(QStringLiteral("a.suppressed = ?"), {*filter.suppressed ? 1 : 0});
    where.addContains({QStringLiteral("a.device_name"), QStringLiteral("a.message"),
                       QStringLiteral("a.alert_type"), QStringLiteral("COALESCE(c.name, a.client_name)")},
                      filter.text);
    m_sql.setWhere(std::move(where));
}

void AlertQuery::setSort(Sort sort, Qt::SortOrder order)
{
    m_sort = sort;
    const SortSql s = sortSql(sort);
    m_sql.setOrder(s.expression, s.text, order);
}

std::optional<QList<AlertRow>> AlertQuery::page(const PageRequest &request, QString *error) const
{
    return m_sql.page(request, &AlertQuery::read, error);
}

std::optional<QList<AlertRow>> AlertQuery::fetchByIds(const QList<qint64> &ids, QString *error) const
{
    return m_sql.byIds(ids, &AlertQuery::read, error);
}

AlertRow AlertQuery::read(RowReader &r)
{
    AlertRow row;
    row.id = r.int64();
    row.uuid = r.text();
    row.severity = r.text();
    row.status = r.text();
    row.alertType = r.text();
    row.deviceName = r.text();
    row.clientId = r.int64();
    row.clientName = r.text();
    row.integrationId = r.int64();
    row.integrationName = r.text();
    row.provider = r.text();
    row.message = r.text();
    row.occurrences = r.integer();
    row.firstSeenMs = r.int64();
    row.lastSeenMs = r.int64();
    row.ticketId = r.int64();
    row.ticketNumber = r.int64();
    row.suppressed = r.flag();
    return row;
}

} // namespace nestogy
