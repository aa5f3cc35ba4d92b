#pragma once

#include <QSqlQuery>
#include <QVariant>

namespace nestogy {

// Reads one result row's columns in SELECT order, so a row struct is filled in the order its query lists
// the columns, without counting indexes by hand.
class RowReader
{
public:
    RowReader(const QSqlQuery &query, int firstColumn)
        : m_query(query)
        , m_next(firstColumn)
    {}

    QVariant value() { return m_query.value(m_next++); }
    QString text() { return value().toString(); }
    qint64 int64() { return value().toLongLong(); } // NULL reads as 0
    int integer() { return value().toInt(); }
    bool flag() { return value().toInt() != 0; }

private:
    const QSqlQuery &m_query;
    int m_next;
};

} // namespace nestogy
