#include "KeysetQuery.h"

#include "Database.h"

#include <QSqlError>

namespace nestogy {

namespace {
// Keeps each IN list well below SQLite's and PostgreSQL's bound-parameter limits.
constexpr int IdsPerQuery = 500;
} // namespace

KeysetQuery::KeysetQuery(Database &db, QString columns, QString from, QString idColumn)
    : m_db(db)
    , m_columns(std::move(columns))
    , m_from(std::move(from))
    , m_idColumn(std::move(idColumn))
    , m_sortExpression(m_idColumn)
{}

void KeysetQuery::setOrder(const QString &expression, bool text, Qt::SortOrder order)
{
    // PostgreSQL would otherwise sort text by the database's locale, which the models cannot mirror.
    const bool postgres = m_db.dialect().kind() == DatabaseConfig::Kind::Postgres;
    const QString collate = text && postgres ? QStringLiteral(" COLLATE \"C\"") : QString();
    m_sortExpression = u'(' + expression + collate + u')';
    m_order = order;
}

QString KeysetQuery::select() const
{
    return QStringLiteral("SELECT ") + m_sortExpression + QStringLiteral(", ") + m_columns +
           QStringLiteral(" FROM ") + m_from;
}

bool KeysetQuery::runPage(const PageRequest &request, const Visitor &visit, QString *error) const
{
    QStringList conditions = m_where.conditions();
    QVariantList binds = m_where.binds();
    const bool ascending = m_order == Qt::AscendingOrder;
    const QString key = u'(' + m_sortExpression + QStringLiteral(", ") + m_idColumn + u')';
    if (request.after) {
        conditions.append(key + (ascending ? QStringLiteral(" > (?, ?)") : QStringLiteral(" < (?, ?)")));
        binds << request.after->value << request.after->id;
    }
    if (request.through) {
        conditions.append(key + (ascending ? QStringLiteral(" <= (?, ?)") : QStringLiteral(" >= (?, ?)")));
        binds << request.through->value << request.through->id;
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString sql = select();
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + m_sortExpression + direction + QStringLiteral(", ") + m_idColumn +
           direction + QStringLiteral(" LIMIT ?");
    binds << request.limit;
    return run(sql, binds, visit, error);
}

bool KeysetQuery::runByIds(const QList<qint64> &ids, const Visitor &visit, QString *error) const
{
    for (qsizetype start = 0; start < ids.size(); start += IdsPerQuery) {
        const QList<qint64> chunk = ids.mid(start, IdsPerQuery);
        QStringList conditions = m_where.conditions();
        QVariantList binds = m_where.binds();
        QStringList marks;
        for (qint64 id : chunk) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        conditions.append(m_idColumn + QStringLiteral(" IN (") + marks.join(u", ") + u')');
        if (!run(select() + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), binds,
                 visit, error))
            return false;
    }
    return true;
}

bool KeysetQuery::run(const QString &sql, const QVariantList &binds, const Visitor &visit,
                      QString *error) const
{
    QSqlDatabase db = m_db.connection();
    if (!db.isOpen()) {
        *error = m_db.lastOpenError();
        return false;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        visit(q);
    return true;
}

} // namespace nestogy
