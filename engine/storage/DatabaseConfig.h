#pragma once

#include <QString>
#include <optional>

namespace nestogy {

// Where the data lives: an SQLite file (the default) or a PostgreSQL server shared by a team.
struct DatabaseConfig
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString sqlitePath; // Sqlite
    QString host;       // Postgres
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static DatabaseConfig sqlite(const QString &path);
    // Accepts postgresql://user[:password]@host[:port]/db, postgres://..., sqlite:///abs/path and a bare
    // path.
    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);
    // For logs and health output: never includes the password.
    QString describe() const;
};

} // namespace nestogy
