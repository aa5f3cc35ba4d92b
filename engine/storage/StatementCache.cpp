#include "StatementCache.h"

#include <QSqlDriver>
#include <unordered_map>

#include <memory>

namespace nestogy {

namespace {
struct Entry
{
    std::unique_ptr<QSqlQuery> query;
    const QSqlDriver *driver = nullptr;
};
thread_local std::unordered_map<QString, Entry> t_statements;
} // namespace

QSqlQuery &StatementCache::get(QSqlDatabase &db, const QString &sql)
{
    const QString key = db.connectionName() + u'\x1f' + sql;
    Entry &e = t_statements[key];
    // A reopened connection has a new driver: statements of the old one are useless.
    if (!e.query || e.driver != db.driver()) {
        e.query = std::make_unique<QSqlQuery>(db);
        e.driver = db.driver();
        if (!e.query->prepare(sql)) {
            // Keep the failed query so the caller can read lastError(), but do not reuse it.
            QSqlQuery &failed = *e.query;
            e.driver = nullptr;
            return failed;
        }
    } else {
        e.query->finish();
    }
    return *e.query;
}

void StatementCache::clear(const QString &connectionName)
{
    const QString prefix = connectionName + u'\x1f';
    for (auto it = t_statements.begin(); it != t_statements.end();) {
        if (it->first.startsWith(prefix))
            it = t_statements.erase(it);
        else
            ++it;
    }
}

} // namespace nestogy
