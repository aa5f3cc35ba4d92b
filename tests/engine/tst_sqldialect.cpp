// How migration SQL is split and translated for each database: the only place SQLite and PostgreSQL differ
// in the schema (the shipped migrations must survive both).
#include "storage/Migrator.h"
#include "storage/SqlDialect.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::DatabaseConfig;
using nestogy::Migrator;
using nestogy::SqlDialect;

class TestSqlDialect : public QObject
{
    Q_OBJECT

private slots:
    void statements_data();
    void statements();
    void shippedMigrationSplitsCleanly();
    void translateDdl_data();
    void translateDdl();
    void driverName();
};

void TestSqlDialect::statements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only comments") << u"-- one\n   -- two\n"_s << QStringList();
    QTest::newRow("single") << u"CREATE TABLE a (x INT);"_s << QStringList{u"CREATE TABLE a (x INT)"_s};
    QTest::newRow("comments dropped")
        << u"-- header\nCREATE TABLE a (x INT);\n  -- why\nCREATE INDEX i ON a (x);\n"_s
        << QStringList{u"CREATE TABLE a (x INT)"_s, u"CREATE INDEX i ON a (x)"_s};
    QTest::newRow("multi-line statement") << u"CREATE TABLE a (\n    x INT,\n    y TEXT\n);\n"_s
                                          << QStringList{u"CREATE TABLE a (\n    x INT,\n    y TEXT\n)"_s};
    QTest::newRow("comment inside a statement") << u"CREATE TABLE a (\n-- the key\n    x INT\n);"_s
                                                << QStringList{u"CREATE TABLE a (\n    x INT\n)"_s};
    QTest::newRow("blank lines") << u"\n\n   \nCREATE TABLE a (x INT);\n\n\nCREATE TABLE b (y INT);\n\n"_s
                                 << QStringList{u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s};
    QTest::newRow("trailing statement without semicolon")
        << u"CREATE TABLE a (x INT);\nCREATE TABLE b (\n    y INT\n)"_s
        << QStringList{u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (\n    y INT\n)"_s};
    QTest::newRow("semicolon inside a line")
        << u"INSERT INTO s VALUES ('a;b');"_s << QStringList{u"INSERT INTO s VALUES ('a;b')"_s};
    QTest::newRow("CRLF line ends") << u"CREATE TABLE a (x INT);\r\nCREATE TABLE b (y INT);\r\n"_s
                                    << QStringList{u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s};
    QTest::newRow("semicolon followed by spaces")
        << u"CREATE TABLE a (x INT);   \nCREATE TABLE b (y INT);"_s
        << QStringList{u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s};
}

void TestSqlDialect::statements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(Migrator::statements(sql), expected);
}

void TestSqlDialect::shippedMigrationSplitsCleanly()
{
    const auto available = Migrator::available();
    QVERIFY(!available.isEmpty());
    for (const auto &m : available) {
        for (const auto kind : {DatabaseConfig::Kind::Sqlite, DatabaseConfig::Kind::Postgres}) {
            const QStringList stmts = Migrator::statements(SqlDialect(kind).translateDdl(m.sql));
            QVERIFY(!stmts.isEmpty());
            for (const QString &s : stmts) {
                QVERIFY2(!s.contains(u"${"_s), qPrintable(s));
                QVERIFY2(!s.contains(u"--"_s), qPrintable(s));
                QVERIFY2(!s.endsWith(u';'), qPrintable(s));
                QVERIFY2(s.startsWith(u"CREATE "_s) || s.startsWith(u"DROP INDEX "_s) ||
                             s.startsWith(u"ALTER TABLE "_s),
                         qPrintable(s));
            }
        }
    }
}

void TestSqlDialect::translateDdl_data()
{
    QTest::addColumn<DatabaseConfig::Kind>("kind");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");

    QTest::newRow("sqlite id") << DatabaseConfig::Kind::Sqlite << u"CREATE TABLE t (id ${ID}, x TEXT)"_s
                               << u"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT)"_s;
    QTest::newRow("sqlite blob") << DatabaseConfig::Kind::Sqlite << u"data ${BLOB} NOT NULL"_s
                                 << u"data BLOB NOT NULL"_s;
    QTest::newRow("postgres id") << DatabaseConfig::Kind::Postgres << u"CREATE TABLE t (id ${ID}, x TEXT)"_s
                                 << u"CREATE TABLE t (id BIGSERIAL PRIMARY KEY, x TEXT)"_s;
    QTest::newRow("postgres blob") << DatabaseConfig::Kind::Postgres << u"data ${BLOB} NOT NULL"_s
                                   << u"data BYTEA NOT NULL"_s;
    QTest::newRow("sqlite every occurrence")
        << DatabaseConfig::Kind::Sqlite << u"a ${ID};\nb ${ID}, c ${BLOB}, d ${BLOB}"_s
        << u"a INTEGER PRIMARY KEY AUTOINCREMENT;\nb INTEGER PRIMARY KEY AUTOINCREMENT, c BLOB, d BLOB"_s;
    QTest::newRow("postgres every occurrence")
        << DatabaseConfig::Kind::Postgres << u"a ${ID};\nb ${ID}, c ${BLOB}, d ${BLOB}"_s
        << u"a BIGSERIAL PRIMARY KEY;\nb BIGSERIAL PRIMARY KEY, c BYTEA, d BYTEA"_s;
    QTest::newRow("sqlite no tokens")
        << DatabaseConfig::Kind::Sqlite << u"CREATE INDEX i ON t (x)"_s << u"CREATE INDEX i ON t (x)"_s;
    QTest::newRow("postgres no tokens")
        << DatabaseConfig::Kind::Postgres << u"SELECT '$ID' AS x"_s << u"SELECT '$ID' AS x"_s;
}

void TestSqlDialect::translateDdl()
{
    QFETCH(DatabaseConfig::Kind, kind);
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QCOMPARE(SqlDialect(kind).translateDdl(sql), expected);
}

void TestSqlDialect::driverName()
{
    QCOMPARE(SqlDialect(DatabaseConfig::Kind::Sqlite).driverName(), u"QSQLITE"_s);
    QCOMPARE(SqlDialect(DatabaseConfig::Kind::Postgres).driverName(), u"QPSQL"_s);
}

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
