#include "DatabaseConfig.h"

#include <QUrl>

namespace nestogy {

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig c;
    c.kind = Kind::Sqlite;
    c.sqlitePath = path;
    return c;
}

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = QStringLiteral("the database URL is empty");
        return std::nullopt;
    }
    if (!trimmed.contains(u"://"))
        return sqlite(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("the database URL is not valid: %1").arg(url.errorString());
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite") {
        if (url.path().isEmpty()) {
            *error =
                QStringLiteral("sqlite URLs need a file path, e.g. sqlite:///var/lib/nestogy/nestogy.db");
            return std::nullopt;
        }
        return sqlite(url.path());
    }
    if (scheme != u"postgresql" && scheme != u"postgres") {
        *error = QStringLiteral("unsupported database scheme '%1' (use postgresql:// or a SQLite file path)")
                     .arg(scheme);
        return std::nullopt;
    }
    DatabaseConfig c;
    c.kind = Kind::Postgres;
    c.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    c.port = url.port(5432);
    c.user = url.userName();
    c.password = url.password();
    c.databaseName = url.path().mid(1);
    if (c.databaseName.isEmpty()) {
        *error =
            QStringLiteral("the PostgreSQL URL names no database, e.g. postgresql://user@host:5432/nestogy");
        return std::nullopt;
    }
    return c;
}

QString DatabaseConfig::describe() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:%1").arg(sqlitePath);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace nestogy
