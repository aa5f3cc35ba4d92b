#pragma once

#include "DatabaseConfig.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>

#include <optional>

// PostgreSQL for the tests that also run there: NESTOGY_TEST_PG_URL names the server (tools/test starts one).
// Each test works in a schema of its own, emptied first, so tests sharing the server never meet. Header only,
// so every test directory can use it without a library of its own.
namespace TestPostgres {

// The server's URL, or "" when none is set; *required says NESTOGY_REQUIRE_SERVICES=1 demands one.
inline QString url(bool *required = nullptr)
{
    if (required)
        *required = qEnvironmentVariable("NESTOGY_REQUIRE_SERVICES") == u"1";
    return qEnvironmentVariable("NESTOGY_TEST_PG_URL");
}

// Drops and creates `schema` on the server at `serverUrl`, and points every later connection of this process
// there (libpq reads PGOPTIONS when it connects). The server's configuration, or nullopt with *error.
inline std::optional<nestogy::DatabaseConfig> freshSchema(const QString &serverUrl, const QString &schema,
                                                          QString *error)
{
    const auto config = nestogy::DatabaseConfig::fromUrl(serverUrl, error);
    if (!config)
        return std::nullopt;
    qputenv("PGOPTIONS", "-c client_min_messages=warning -c search_path=" + schema.toUtf8());
    const QString name = QStringLiteral("tst-pg-reset-") + schema;
    {
        QSqlDatabase reset = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        reset.setHostName(config->host);
        reset.setPort(config->port);
        reset.setUserName(config->user);
        reset.setPassword(config->password);
        reset.setDatabaseName(config->databaseName);
        if (!reset.open()) {
            *error =
                QStringLiteral("cannot connect to %1: %2").arg(config->describe(), reset.lastError().text());
        } else {
            QSqlQuery q(reset);
            if (!q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)) ||
                !q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)))
                *error = q.lastError().text();
        }
        reset.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error->isEmpty())
        return std::nullopt;
    return config;
}

} // namespace TestPostgres

// In a test function (or init()): skips it unless a PostgreSQL server is configured, and fails it instead
// when NESTOGY_REQUIRE_SERVICES=1 says one must be.
#define NESTOGY_SKIP_WITHOUT_POSTGRES()                                                                      \
    do {                                                                                                     \
        bool required_ = false;                                                                              \
        if (TestPostgres::url(&required_).isEmpty()) {                                                       \
            if (required_)                                                                                   \
                QFAIL("NESTOGY_REQUIRE_SERVICES=1 but NESTOGY_TEST_PG_URL is not set");                      \
            QSKIP("PostgreSQL not tested: set NESTOGY_TEST_PG_URL=postgresql://user@host:port/db");          \
        }                                                                                                    \
    } while (false)
