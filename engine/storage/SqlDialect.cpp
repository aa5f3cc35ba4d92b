#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nestogy {

QString SqlDialect::driverName() const
{
    return m_kind == DatabaseConfig::Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::translateDdl(QString sql) const
{
    if (m_kind == DatabaseConfig::Kind::Sqlite) {
        sql.replace(u"${ID}"_s, u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
        sql.replace(u"${BLOB}"_s, u"BLOB"_s);
    } else {
        sql.replace(u"${ID}"_s, u"BIGSERIAL PRIMARY KEY"_s);
        sql.replace(u"${BLOB}"_s, u"BYTEA"_s);
    }
    return sql;
}

QString SqlDialect::configureConnection(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (m_kind == DatabaseConfig::Kind::Sqlite) {
        // WAL lets readers run beside the single writer; FULL sync makes a commit survive power loss, and
        // group commits keep that affordable. NESTOGY_SQLITE_SYNCHRONOUS=normal trades durability against
        // power loss (never against a crashed or killed process) for a little throughput.
        const QString sync = qEnvironmentVariable("NESTOGY_SQLITE_SYNCHRONOUS").toLower() == u"normal"
                                 ? QStringLiteral("NORMAL")
                                 : QStringLiteral("FULL");
        const QStringList pragmas{
            QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=") + sync,
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=10000"),
            QStringLiteral("PRAGMA cache_size=-16000")};
        for (const QString &pragma : pragmas) {
            if (!q.exec(pragma))
                return QStringLiteral("%1 failed: %2").arg(pragma, q.lastError().text());
        }
        return {};
    }
    if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return q.lastError().text();
    return {};
}

bool SqlDialect::beginWrite(QSqlDatabase &db, QString *error) const
{
    if (m_kind != DatabaseConfig::Kind::Sqlite) {
        if (db.transaction())
            return true;
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = q.lastError().text();
    return false;
}

bool SqlDialect::isBusyError(const QString &nativeCode, const QString &text) const
{
    if (m_kind == DatabaseConfig::Kind::Sqlite)
        return nativeCode == u"5" || nativeCode == u"6" || text.contains(u"locked"_s, Qt::CaseInsensitive);
    return nativeCode == u"40001" || nativeCode == u"40P01";
}

bool SqlDialect::isUniqueViolation(const QString &nativeCode, const QString &text) const
{
    if (m_kind == DatabaseConfig::Kind::Sqlite)
        return nativeCode == u"2067" || nativeCode == u"1555" || text.contains(u"UNIQUE constraint"_s);
    return nativeCode == u"23505";
}

} // namespace nestogy
