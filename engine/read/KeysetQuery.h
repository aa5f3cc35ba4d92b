#pragma once

#include "PageRequest.h"
#include "RowReader.h"
#include "SqlWhere.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace nestogy {

class Database;

// The SQL every paged list shares: a filtered SELECT ordered by one expression with the id as the unique
// tiebreaker, read a page at a time after a key (keyset paging, so a deep page costs what the first does),
// up to a key (re-reading what a view shows) or by id (live updates). Read-only; runs on the calling
// thread's connection from Database::connection().
class KeysetQuery
{
public:
    // columns: the SELECT list (the sort key is selected ahead of it); from: FROM with its JOINs;
    // idColumn: the unique id the rows are keyed by.
    KeysetQuery(Database &db, QString columns, QString from, QString idColumn);

    void setWhere(SqlWhere where) { m_where = std::move(where); }
    // expression must never be NULL (COALESCE it). Text is compared byte-wise on both databases (binary
    // collation), which ReadKey::before mirrors.
    void setOrder(const QString &expression, bool text, Qt::SortOrder order);
    Qt::SortOrder order() const { return m_order; }

    // read() gets a RowReader positioned on the first of `columns`; the row's sortKey is filled in here.
    template<class Row>
    std::optional<QList<Row>> page(const PageRequest &request, Row (*read)(RowReader &), QString *error) const
    {
        return collect<Row>(read, [&](const Visitor &visit) { return runPage(request, visit, error); });
    }
    // The rows among ids that pass the filter, in no particular order.
    template<class Row>
    std::optional<QList<Row>> byIds(const QList<qint64> &ids, Row (*read)(RowReader &), QString *error) const
    {
        return collect<Row>(read, [&](const Visitor &visit) { return runByIds(ids, visit, error); });
    }

private:
    using Visitor = std::function<void(const QSqlQuery &)>;

    template<class Row, class Run>
    static std::optional<QList<Row>> collect(Row (*read)(RowReader &), const Run &run)
    {
        QList<Row> rows;
        const bool ok = run([&rows, read](const QSqlQuery &q) {
            RowReader reader(q, 1);
            Row row = read(reader);
            row.sortKey = q.value(0);
            rows.append(std::move(row));
        });
        if (!ok)
            return std::nullopt;
        return rows;
    }

    bool runPage(const PageRequest &request, const Visitor &visit, QString *error) const;
    bool runByIds(const QList<qint64> &ids, const Visitor &visit, QString *error) const;
    bool run(const QString &sql, const QVariantList &binds, const Visitor &visit, QString *error) const;
    QString select() const;

    Database &m_db;
    QString m_columns;
    QString m_from;
    QString m_idColumn;
    QString m_sortExpression;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    SqlWhere m_where;
};

} // namespace nestogy
