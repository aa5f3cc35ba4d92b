#include "TicketQuery.h"

namespace nestogy {

namespace {
const QString Columns = QStringLiteral(
    "t.id, t.number, t.subject, t.priority, t.status, t.assignee_id, tech.name, t.client_id, c.name, "
    "t.response_due, t.resolution_due, t.first_response_at, t.resolved_at, t.created_at, t.updated_at");
const QString From = QStringLiteral("tickets t LEFT JOIN clients c ON c.id = t.client_id "
                                    "LEFT JOIN technicians tech ON tech.id = t.assignee_id");
// Sorts "no target" after every real time.
const QString NoTarget = QStringLiteral("9223372036854775807");

struct SortSql
{
    QString expression;
    bool text = false;
};

SortSql sortSql(TicketQuery::Sort sort)
{
    switch (sort) {
    case TicketQuery::Sort::Created:
        return {QStringLiteral("t.created_at")};
    case TicketQuery::Sort::Updated:
        return {QStringLiteral("t.updated_at")};
    case TicketQuery::Sort::Number:
        return {QStringLiteral("t.number")};
    case TicketQuery::Sort::Subject:
        return {QStringLiteral("LOWER(t.subject)"), true};
    case TicketQuery::Sort::Priority:
        return {QStringLiteral("CASE t.priority WHEN 'Low' THEN 1 WHEN 'Normal' THEN 2 WHEN 'High' THEN 3 "
                               "WHEN 'Urgent' THEN 4 ELSE 0 END")};
    case TicketQuery::Sort::Status:
        return {QStringLiteral("CASE t.status WHEN 'Open' THEN 1 WHEN 'In Progress' THEN 2 WHEN 'Waiting' "
                               "THEN 3 WHEN 'Resolved' THEN 4 WHEN 'Closed' THEN 5 ELSE 6 END")};
    case TicketQuery::Sort::Assignee:
        return {QStringLiteral("LOWER(COALESCE(tech.name, ''))"), true};
    case TicketQuery::Sort::Client:
        return {QStringLiteral("LOWER(COALESCE(c.name, ''))"), true};
    case TicketQuery::Sort::ResponseDue:
        return {QStringLiteral("COALESCE(t.response_due, ") + NoTarget + u')'};
    case TicketQuery::Sort::ResolutionDue:
        return {QStringLiteral("COALESCE(t.resolution_due, ") + NoTarget + u')'};
    }
    return {QStringLiteral("t.created_at")};
}
} // namespace

TicketQuery::TicketQuery(Database &db)
    : m_sql(db, Columns, From, QStringLiteral("t.id"))
{
    setSort(Sort::Created, Qt::DescendingOrder);
}

void TicketQuery::setFilter(const Filter &filter)
{
    m_filter = filter;
    SqlWhere where;
    where.addIn(QStringLiteral("t.status"), filter.statuses);
    where.addIn(QStringLiteral("t.priority"), filter.priorities);
    if (filter.unassignedOnly)
        where.add(QStringLiteral("t.assignee_id IS NULL"));
    else if (filter.assigneeId)
        where.add(QStringLiteral("t.assignee_id = ?"), {*filter.assigneeId});
    if (filter.clientId)
        where.add(QStringLiteral("t.client_id = ?"), {*filter.clientId});
    where.addContains({QStringLiteral("t.subject"), QStringLiteral("CAST(t.number AS TEXT)"),
                       QStringLiteral("c.name"), QStringLiteral("tech.name")},
                      filter.text);
    m_sql.setWhere(std::move(where));
}

void TicketQuery::setSort(Sort sort, Qt::SortOrder order)
{
    m_sort = sort;
    const SortSql s = sortSql(sort);
    m_sql.setOrder(s.expression, s.text, order);
}

std::optional<QList<TicketRow>> TicketQuery::page(const PageRequest &request, QString *error) const
{
    return m_sql.page(request, &TicketQuery::read, error);
}

std::optional<QList<TicketRow>> TicketQuery::fetchByIds(const QList<qint64> &ids, QString *error) const
{
    return m_sql.byIds(ids, &TicketQuery::read, error);
}

TicketRow TicketQuery::read(RowReader &r)
{
    TicketRow row;
    row.id = r.int64();
    row.number = r.int64();
    row.subject = r.text();
    row.priority = r.text();
    row.status = r.text();
    row.assigneeId = r.int64();
    row.assigneeName = r.text();
    row.clientId = r.int64();
    row.clientName = r.text();
    row.responseDueMs = r.int64();
    row.resolutionDueMs = r.int64();
    row.firstResponseMs = r.int64();
    row.resolvedMs = r.int64();
    row.createdMs = r.int64();
    row.updatedMs = r.int64();
    return row;
}

} // namespace nestogy
