#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace nestogy {

// Prepared statements kept per thread and connection, for the hot write path: SQLite spends more time parsing
// SQL than running these small statements, so each one is prepared once and then only re-bound and re-run.
// Bind with addBindValue() after every get(); values from the previous run are replaced.
class StatementCache
{
public:
    // The prepared query for `sql` on `db`; isValid() on its lastError() tells whether preparing failed.
    static QSqlQuery &get(QSqlDatabase &db, const QString &sql);
    // Forget this thread's statements for `db` (before closing or removing the connection).
    static void clear(const QString &connectionName);
};

} // namespace nestogy
