#pragma once

#include "DatabaseConfig.h"

#include <QSqlDatabase>
#include <QString>

namespace nestogy {

// The one place where SQLite and PostgreSQL differ: DDL tokens, connection set-up and driver names.
// Everything else in the engine writes portable SQL.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseConfig::Kind kind)
        : m_kind(kind)
    {}

    DatabaseConfig::Kind kind() const { return m_kind; }
    QString driverName() const;
    // Replaces ${ID} and ${BLOB} in migration SQL.
    QString translateDdl(QString sql) const;
    // Per-connection settings (WAL, foreign keys, busy timeout); returns an error text or an empty string.
    QString configureConnection(QSqlDatabase &db) const;
    // Starts a write transaction. SQLite: BEGIN IMMEDIATE takes the write lock up front, so a group that
    // reads before writing cannot fail half-way on another process's commit (SQLITE_BUSY_SNAPSHOT).
    bool beginWrite(QSqlDatabase &db, QString *error) const;
    // True when the driver error means "another writer holds the lock, try again".
    bool isBusyError(const QString &nativeCode, const QString &text) const;
    // True when the driver error is a unique-constraint violation.
    bool isUniqueViolation(const QString &nativeCode, const QString &text) const;

private:
    DatabaseConfig::Kind m_kind;
};

} // namespace nestogy
