#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QSqlDatabase>

namespace nestogy {

// Applies the SQL migrations shipped under :/migrations in version order, each in its own transaction,
// recording them in schema_version. A database newer than this build is refused, never downgraded.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    Migrator(QSqlDatabase db, const SqlDialect &dialect);

    // Returns an error text, or an empty string when the schema is current.
    QString migrate();

    int currentVersion(QString *error = nullptr) const;
    static QList<Migration> available();
    static int latestVersion();
    // Splits a migration into statements (each ends with ';' at the end of a line; '--' lines are dropped).
    static QStringList statements(const QString &sql);

private:
    QString apply(const Migration &migration);

    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
};

} // namespace nestogy
