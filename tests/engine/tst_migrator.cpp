// Schema migrations on SQLite (always) and PostgreSQL (when NESTOGY_TEST_PG_URL names a server): the data
// model is complete, re-running is harmless, a newer database is left alone, and the open-alert dedup index
// holds.
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using nestogy::Database;
using nestogy::DatabaseConfig;
using nestogy::Migrator;
using nestogy::SqlDialect;

namespace {

const QStringList &dataModelTables()
{
    static const QStringList tables{u"clients"_s,
                                    u"client_aliases"_s,
                                    u"technicians"_s,
                                    u"assets"_s,
                                    u"integrations"_s,
                                    u"integration_secrets"_s,
                                    u"rmm_alerts"_s,
                                    u"device_mappings"_s,
                                    u"tickets"_s,
                                    u"ticket_events"_s,
                                    u"jobs"_s,
                                    u"audit_log"_s,
                                    u"outbound_deliveries"_s,
                                    u"sync_runs"_s,
                                    u"admin_tokens"_s,
                                    u"settings"_s,
                                    u"schema_version"_s};
    return tables;
}

const QStringList &namedIndexes()
{
    static const QStringList indexes{u"rmm_alerts_open_fingerprint"_s, u"rmm_alerts_fingerprint"_s,
                                     u"rmm_alerts_open_severity"_s, u"device_mappings_device"_s};
    return indexes;
}

QStringList column(QSqlQuery &q, int index = 0)
{
    QStringList out;
    while (q.next())
        out.append(q.value(index).toString());
    return out;
}

QStringList sqliteTables(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s))
        return {u"error: "_s + q.lastError().text()};
    return column(q);
}

// Everything that describes the schema and its history, to compare before and after.
QStringList sqliteSnapshot(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT type, name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"_s))
        return {u"error: "_s + q.lastError().text()};
    while (q.next())
        out.append(q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString());
    if (!q.exec(u"SELECT version, name, applied_at FROM schema_version ORDER BY version"_s))
        return out << u"no schema_version: "_s + q.lastError().text();
    while (q.next())
        out.append(u"version|"_s + q.value(0).toString() + u'|' + q.value(1).toString() + u'|' +
                   q.value(2).toString());
    return out;
}

struct SqliteIndex
{
    QString name;
    bool unique = false;
    bool partial = false;
    QStringList columns;
};

QList<SqliteIndex> sqliteIndexes(const QSqlDatabase &db, const QString &table)
{
    QList<SqliteIndex> out;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA index_list(%1)"_s.arg(table)))
        return out;
    while (q.next()) {
        // seq, name, unique, origin, partial
        out.append({q.value(1).toString(), q.value(2).toInt() == 1, q.value(4).toInt() == 1, {}});
    }
    for (SqliteIndex &index : out) {
        QSqlQuery info(db);
        if (info.exec(u"PRAGMA index_info(%1)"_s.arg(index.name)))
            index.columns = column(info, 2);
    }
    return out;
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Inserts an integration and returns its id (portable: no lastInsertId, which QPSQL does not give).
qint64 insertIntegration(const QSqlDatabase &db, const QString &uuid, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO integrations (uuid, provider, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(uuid);
    q.addBindValue(u"ninjaone"_s);
    q.addBindValue(QString(u"Integration "_s + uuid));
    q.addBindValue(qint64(1700000000000));
    q.addBindValue(qint64(1700000000000));
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    q.prepare(u"SELECT id FROM integrations WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QSqlError insertAlert(const QSqlDatabase &db, qint64 integrationId, const QString &uuid,
                      const QString &fingerprint, const QString &status)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, severity, status, first_seen, "
              u"last_seen) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(uuid);
    q.addBindValue(integrationId);
    q.addBindValue(fingerprint);
    q.addBindValue(u"critical"_s);
    q.addBindValue(status);
    q.addBindValue(qint64(1700000000000));
    q.addBindValue(qint64(1700000000000));
    q.exec();
    return q.lastError();
}

// The dedup guarantee: at most one not-resolved alert per (integration, fingerprint), enforced by the
// database.
void checkOpenAlertUniqueness(const QSqlDatabase &db, const SqlDialect &dialect)
{
    QString error;
    const qint64 first = insertIntegration(db, u"dedup-integration-1"_s, &error);
    QVERIFY2(first > 0, qPrintable(error));
    const qint64 second = insertIntegration(db, u"dedup-integration-2"_s, &error);
    QVERIFY2(second > 0, qPrintable(error));

    QSqlError e = insertAlert(db, first, u"alert-1"_s, u"fp-disk"_s, u"open"_s);
    QVERIFY2(!e.isValid(), qPrintable(e.text()));

    e = insertAlert(db, first, u"alert-2"_s, u"fp-disk"_s, u"open"_s);
    QVERIFY2(e.isValid(), "a second open alert with the same fingerprint was accepted");
    QVERIFY2(dialect.isUniqueViolation(e.nativeErrorCode(), e.text()),
             qPrintable(u"not reported as a unique violation: "_s + e.nativeErrorCode() + u' ' + e.text()));
    e = insertAlert(db, first, u"alert-3"_s, u"fp-disk"_s, u"acknowledged"_s);
    QVERIFY2(e.isValid(), "any status but 'resolved' counts as open");

    // Other fingerprints and other integrations are independent.
    e = insertAlert(db, first, u"alert-4"_s, u"fp-cpu"_s, u"open"_s);
    QVERIFY2(!e.isValid(), qPrintable(e.text()));
    e = insertAlert(db, second, u"alert-5"_s, u"fp-disk"_s, u"open"_s);
    QVERIFY2(!e.isValid(), qPrintable(e.text()));

    // Once resolved, the same fingerprint may open again; resolved ones may pile up.
    QSqlQuery q(db);
    QVERIFY2(q.exec(u"UPDATE rmm_alerts SET status = 'resolved' WHERE uuid = 'alert-1'"_s),
             qPrintable(q.lastError().text()));
    e = insertAlert(db, first, u"alert-6"_s, u"fp-disk"_s, u"open"_s);
    QVERIFY2(!e.isValid(), qPrintable(e.text()));
    e = insertAlert(db, first, u"alert-7"_s, u"fp-disk"_s, u"resolved"_s);
    QVERIFY2(!e.isValid(), qPrintable(e.text()));
    e = insertAlert(db, first, u"alert-8"_s, u"fp-disk"_s, u"open"_s);
    QVERIFY2(e.isValid(), "the re-opened alert must be unique again");

    QCOMPARE(
        scalar(db,
               u"SELECT COUNT(*) FROM rmm_alerts WHERE integration_id = %1 AND fingerprint = 'fp-disk'"_s.arg(
                   first)),
        3);
    QCOMPARE(
        scalar(db, u"SELECT COUNT(*) FROM rmm_alerts WHERE integration_id = %1 AND fingerprint = 'fp-disk' "
                   "AND status <> 'resolved'"_s.arg(first)),
        1);
}

// Runs `f` on a plain QSQLITE connection that bypasses Database (no migration, no pragmas).
template<typename F>
void withRawSqlite(const QString &path, F f)
{
    const QString name = u"tst-migrator-raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open())
            f(db);
        else
            QTest::qFail(qPrintable(db.lastError().text()), __FILE__, __LINE__);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void freshDatabaseIsAtLatestVersion();
    void hasTable_data();
    void hasTable();
    void hasIndex_data();
    void hasIndex();
    void integrationUuidIsUnique();
    void migratingTwiceIsANoop();
    void connectionSettings();
    void everyThreadGetsConfiguredConnection();
    void foreignKeysAreEnforced();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();
    void openAlertIsUniquePerFingerprint();

    void postgres();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMigrator::initTestCase()
{
    QVERIFY(Migrator::latestVersion() >= 1);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"nestogy.db"_s)));
    const QString error = m_db->openAndMigrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMigrator::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

void TestMigrator::freshDatabaseIsAtLatestVersion()
{
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.isOpen());
    Migrator migrator(db, m_db->dialect());
    QString error;
    QCOMPARE(migrator.currentVersion(&error), Migrator::latestVersion());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // One schema_version row per shipped migration, with its name.
    const auto available = Migrator::available();
    QCOMPARE(available.constLast().version, Migrator::latestVersion());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT version, name FROM schema_version ORDER BY version"_s));
    for (const auto &m : available) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), m.version);
        QCOMPARE(q.value(1).toString(), m.name);
        QVERIFY(!m.sql.isEmpty());
    }
    QVERIFY(!q.next());
}

void TestMigrator::hasTable_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &t : dataModelTables())
        QTest::newRow(qPrintable(t)) << t;
}

void TestMigrator::hasTable()
{
    QFETCH(QString, table);
    const QStringList tables = sqliteTables(m_db->connection());
    QVERIFY2(tables.contains(table), qPrintable(tables.join(u", "_s)));
}

void TestMigrator::hasIndex_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("name"); // empty: an automatic index (from a UNIQUE column constraint)
    QTest::addColumn<bool>("unique");
    QTest::addColumn<bool>("partial");
    QTest::addColumn<QStringList>("columns");

    QTest::newRow("rmm_alerts_open_fingerprint")
        << u"rmm_alerts"_s << u"rmm_alerts_open_fingerprint"_s << true << true
        << QStringList{u"integration_id"_s, u"fingerprint"_s};
    QTest::newRow("rmm_alerts_fingerprint")
        << u"rmm_alerts"_s << u"rmm_alerts_fingerprint"_s << false << false
        << QStringList{u"integration_id"_s, u"fingerprint"_s, u"status"_s};
    QTest::newRow("rmm_alerts_open_severity")
        << u"rmm_alerts"_s << u"rmm_alerts_open_severity"_s << false << false
        << QStringList{u"status"_s, u"severity"_s, u"last_seen"_s};
    QTest::newRow("device_mappings_device") << u"device_mappings"_s << u"device_mappings_device"_s << true
                                            << false << QStringList{u"integration_id"_s, u"rmm_device_id"_s};
    QTest::newRow("integrations uuid unique")
        << u"integrations"_s << QString() << true << false << QStringList{u"uuid"_s};
    QTest::newRow("client_aliases_key") << u"client_aliases"_s << u"client_aliases_key"_s << true << false
                                        << QStringList{u"integration_id"_s, u"rmm_key"_s};
}

void TestMigrator::hasIndex()
{
    QFETCH(QString, table);
    QFETCH(QString, name);
    QFETCH(bool, unique);
    QFETCH(bool, partial);
    QFETCH(QStringList, columns);

    const auto indexes = sqliteIndexes(m_db->connection(), table);
    QStringList seen;
    for (const SqliteIndex &index : indexes) {
        seen.append(index.name + u'(' + index.columns.join(u',') + u')');
        const bool nameMatches = name.isEmpty() ? index.columns == columns : index.name == name;
        if (!nameMatches)
            continue;
        QCOMPARE(index.columns, columns);
        QCOMPARE(index.unique, unique);
        QCOMPARE(index.partial, partial);
        return;
    }
    QFAIL(qPrintable(u"no such index on "_s + table + u"; found: "_s + seen.join(u", "_s)));
}

void TestMigrator::integrationUuidIsUnique()
{
    const QSqlDatabase db = m_db->connection();
    QString error;
    QVERIFY2(insertIntegration(db, u"uuid-unique-check"_s, &error) > 0, qPrintable(error));
    QVERIFY(insertIntegration(db, u"uuid-unique-check"_s, &error) < 0);
    QVERIFY(m_db->dialect().isUniqueViolation({}, error) || error.contains(u"UNIQUE"_s, Qt::CaseInsensitive));
}

void TestMigrator::migratingTwiceIsANoop()
{
    const QStringList before = sqliteSnapshot(m_db->connection());
    QVERIFY(before.size() > dataModelTables().size());

    QCOMPARE(m_db->openAndMigrate(), QString());
    Migrator again(m_db->connection(), m_db->dialect());
    QCOMPARE(again.migrate(), QString());
    QCOMPARE(sqliteSnapshot(m_db->connection()), before);

    // A second Database on the same file (a restart) finds nothing to do either.
    {
        Database restarted(m_db->config());
        QCOMPARE(restarted.openAndMigrate(), QString());
        QCOMPARE(sqliteSnapshot(restarted.connection()), before);
    }
    QCOMPARE(scalar(m_db->connection(), u"SELECT COUNT(*) FROM schema_version"_s),
             int(Migrator::available().size()));
}

void TestMigrator::connectionSettings()
{
    const QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString().toLower(), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s), 1);
    QCOMPARE(scalar(db, u"PRAGMA synchronous"_s), 2); // FULL
    QVERIFY(scalar(db, u"PRAGMA busy_timeout"_s) > 0);
}

void TestMigrator::everyThreadGetsConfiguredConnection()
{
    // Database hands each thread its own connection; the pragmas must be on all of them, not only the first.
    int foreignKeys = -1;
    QString journalMode;
    QString connectionName;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const QSqlDatabase db = m_db->connection();
        connectionName = db.connectionName();
        foreignKeys = scalar(db, u"PRAGMA foreign_keys"_s);
        QSqlQuery q(db);
        if (q.exec(u"PRAGMA journal_mode"_s) && q.next())
            journalMode = q.value(0).toString().toLower();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QCOMPARE(foreignKeys, 1);
    QCOMPARE(journalMode, u"wal"_s);
    QVERIFY(connectionName != m_db->connection().connectionName());
}

void TestMigrator::foreignKeysAreEnforced()
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        u"INSERT INTO integration_secrets (integration_id, field, sealed, updated_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(qint64(987654321));
    q.addBindValue(u"api_key"_s);
    q.addBindValue(u"AQID"_s);
    q.addBindValue(qint64(1));
    QVERIFY2(!q.exec(), "a secret for a missing integration was accepted: foreign keys are off");
}

void TestMigrator::newerSchemaIsRefused_data()
{
    QTest::addColumn<bool>("migratedFirst");
    QTest::newRow("only schema_version") << false;
    QTest::newRow("migrated, then a newer version") << true;
}

void TestMigrator::newerSchemaIsRefused()
{
    QFETCH(bool, migratedFirst);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"newer.db"_s);
    const int newer = Migrator::latestVersion() + 1;

    if (migratedFirst) {
        Database earlier(DatabaseConfig::sqlite(path));
        QCOMPARE(earlier.openAndMigrate(), QString());
    }
    QStringList before;
    withRawSqlite(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY2(
            q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT "
                   "NULL, applied_at BIGINT NOT NULL)"_s),
            qPrintable(q.lastError().text()));
        QVERIFY2(
            q.exec(
                u"INSERT INTO schema_version (version, name, applied_at) VALUES (%1, 'from_the_future', 1)"_s
                    .arg(newer)),
            qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)"_s),
                 qPrintable(q.lastError().text()));
        before = sqliteSnapshot(db);
    });
    if (QTest::currentTestFailed())
        return;

    Database database(DatabaseConfig::sqlite(path));
    const QString error = database.openAndMigrate();
    QVERIFY2(error.contains(u"newer"_s), qPrintable(u"error was: "_s + error));
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));

    const QSqlDatabase db = database.connection();
    QCOMPARE(sqliteSnapshot(db), before);
    QCOMPARE(Migrator(db, database.dialect()).currentVersion(), newer);
    if (!migratedFirst)
        QCOMPARE(sqliteTables(db), (QStringList{u"future_things"_s, u"schema_version"_s}));
}

void TestMigrator::openAlertIsUniquePerFingerprint()
{
    checkOpenAlertUniqueness(m_db->connection(), m_db->dialect());
}

void TestMigrator::postgres()
{
    const QString url = qEnvironmentVariable("NESTOGY_TEST_PG_URL");
    if (url.isEmpty()) {
        if (qEnvironmentVariable("NESTOGY_REQUIRE_SERVICES") == u"1")
            QFAIL("NESTOGY_REQUIRE_SERVICES=1 but NESTOGY_TEST_PG_URL is not set");
        QSKIP("PostgreSQL not tested: set NESTOGY_TEST_PG_URL=postgresql://user@host:port/db (it will be "
              "wiped)");
    }
    QString error;
    const auto config = DatabaseConfig::fromUrl(url, &error);
    QVERIFY2(config.has_value(), qPrintable(error));
    QCOMPARE(config->kind, DatabaseConfig::Kind::Postgres);

    // libpq prints NOTICEs (DROP ... CASCADE, IF NOT EXISTS) to stderr; they are expected here.
    if (!qEnvironmentVariableIsSet("PGOPTIONS"))
        qputenv("PGOPTIONS", "-c client_min_messages=warning");

    // Start from an empty schema: the database named by the variable is a throwaway one.
    const QString resetName = u"tst-migrator-pg-reset"_s;
    {
        QSqlDatabase reset = QSqlDatabase::addDatabase(u"QPSQL"_s, resetName);
        reset.setHostName(config->host);
        reset.setPort(config->port);
        reset.setUserName(config->user);
        reset.setPassword(config->password);
        reset.setDatabaseName(config->databaseName);
        const bool opened = reset.open();
        const QString openError = reset.lastError().text();
        bool dropped = false;
        QString dropError;
        if (opened) {
            QSqlQuery q(reset);
            dropped = q.exec(u"DROP SCHEMA public CASCADE"_s) && q.exec(u"CREATE SCHEMA public"_s);
            dropError = q.lastError().text();
        }
        reset.close();
        reset = QSqlDatabase();
        QSqlDatabase::removeDatabase(resetName);
        QVERIFY2(opened, qPrintable(u"cannot connect to "_s + config->describe() + u": "_s + openError));
        QVERIFY2(dropped, qPrintable(dropError));
    }

    Database database(*config);
    error = database.openAndMigrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSqlDatabase db = database.connection();
    QVERIFY(db.isOpen());
    QCOMPARE(Migrator(db, database.dialect()).currentVersion(), Migrator::latestVersion());

    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"_s));
    const QStringList tables = column(q);
    for (const QString &t : dataModelTables())
        QVERIFY2(tables.contains(t), qPrintable(u"missing table "_s + t));

    QVERIFY(q.exec(u"SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'"_s));
    QHash<QString, QString> indexDefs;
    bool uuidUnique = false;
    while (q.next()) {
        const QString def = q.value(2).toString();
        indexDefs.insert(q.value(0).toString(), def);
        if (q.value(1).toString() == u"integrations" && def.contains(u"UNIQUE"_s) &&
            def.endsWith(u"(uuid)"_s))
            uuidUnique = true;
    }
    for (const QString &name : namedIndexes())
        QVERIFY2(indexDefs.contains(name), qPrintable(u"missing index "_s + name));
    QVERIFY(uuidUnique);
    QVERIFY(indexDefs.value(u"rmm_alerts_open_fingerprint"_s).contains(u"UNIQUE"_s));
    QVERIFY(indexDefs.value(u"rmm_alerts_open_fingerprint"_s).contains(u"WHERE"_s));
    QVERIFY(indexDefs.value(u"device_mappings_device"_s).contains(u"UNIQUE"_s));

    // Again: nothing to do, nothing recorded twice.
    QCOMPARE(database.openAndMigrate(), QString());
    QCOMPARE(Migrator(db, database.dialect()).migrate(), QString());
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM schema_version"_s), int(Migrator::available().size()));

    checkOpenAlertUniqueness(db, database.dialect());
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
