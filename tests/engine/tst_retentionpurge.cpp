// The retention purge on a seeded database at a fixed "now" (ManualClock), on SQLite always and on PostgreSQL
// when NESTOGY_TEST_PG_URL names a server (in its own schema): what is old enough goes, in batches; open
// alerts, alerts of open tickets, unfinished and dead jobs, young records and everything with a period of 0
// stay; a stored policy that is broken is reported, not guessed.
#include "../support/TestPostgres.h"
#include "ChangeNotifier.h"
#include "Clock.h"
#include "Database.h"
#include "RetentionPolicy.h"
#include "RetentionPurger.h"
#include "SettingsStore.h"
#include "StorageWriter.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace nestogy;

namespace {
constexpr qint64 Day = 24 * 3600 * 1000;
const QString PgSchema = u"tst_retentionpurge"_s;
} // namespace

class TestRetentionPurge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyFromJson_data();
    void policyFromJson();
    void initTestCase_data();
    void init();
    void cleanup();
    void purgesWhatIsOldEnough();
    void zeroKeepsForever();
    void largePurgeRunsInBatches();
    void brokenStoredPolicyIsReported();
    void secondRequestJoinsTheRunningPurge();

private:
    bool openFresh(const QString &backend, QString *error);
    qint64 insert(const QString &sql, const QVariantList &binds);
    qint64 alert(const QString &status, qint64 lastSeenAgo, std::optional<qint64> resolvedAgo,
                 std::optional<qint64> ticket = std::nullopt);
    qint64 ticket(const QString &status);
    qint64 job(const QString &state, std::optional<qint64> finishedAgo);
    qint64 delivery(qint64 ago);
    bool exists(const QString &table, qint64 id);
    qint64 count(const QString &table);
    void storePolicy(const QJsonObject &policy);
    RetentionPurger::Outcome purge();
    qint64 now() const { return m_clock.nowMs(); }
    QSqlDatabase db() { return m_db->connection(); }

    ManualClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StorageWriter> m_writer;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<RetentionPurger> m_purger;
    qint64 m_integration = 0;
    int m_serial = 0;
};

void TestRetentionPurge::policyFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problemField"); // empty: accepted
    QTest::addColumn<int>("alertDays");
    QTest::newRow("empty: defaults") << QByteArray("{}") << QString() << 180;
    QTest::newRow("all set") << QByteArray(R"({"resolved_alert_days": 7, "finished_job_days": 0,
                                              "delivery_log_days": 3650})")
                             << QString() << 7;
    QTest::newRow("negative") << QByteArray(R"({"resolved_alert_days": -1})") << u"resolved_alert_days"_s
                              << 0;
    QTest::newRow("fraction") << QByteArray(R"({"finished_job_days": 1.5})") << u"finished_job_days"_s << 0;
    QTest::newRow("text") << QByteArray(R"({"delivery_log_days": "30"})") << u"delivery_log_days"_s << 0;
    QTest::newRow("too long") << QByteArray(R"({"delivery_log_days": 3651})") << u"delivery_log_days"_s << 0;
    QTest::newRow("unknown") << QByteArray(R"({"audit_days": 3})") << u"audit_days"_s << 0;
}

void TestRetentionPurge::policyFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problemField);
    QFETCH(int, alertDays);
    QList<QPair<QString, QString>> problems;
    const auto policy = RetentionPolicy::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    if (problemField.isEmpty()) {
        QVERIFY(policy);
        QCOMPARE(policy->resolvedAlertDays, alertDays);
        QCOMPARE(RetentionPolicy::fromJson(policy->toJson(), nullptr)->toJson(), policy->toJson());
    } else {
        QVERIFY(!policy);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().first, problemField);
        QVERIFY(!problems.first().second.isEmpty());
    }
    QCOMPARE(RetentionPolicy::cutoffMs(0, 5 * Day), -1);
    QCOMPARE(RetentionPolicy::cutoffMs(2, 5 * Day), 3 * Day);
}

void TestRetentionPurge::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestRetentionPurge::init()
{
    if (QByteArray(QTest::currentTestFunction()).startsWith("policyFromJson"))
        return;
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"postgresql")
        NESTOGY_SKIP_WITHOUT_POSTGRES();
    QString error;
    QVERIFY2(openFresh(backend, &error), qPrintable(error));
    // The writer runs on the test's thread here: the purge's batches are delivered by the event loop.
    m_writer = std::make_unique<StorageWriter>(*m_db);
    m_changes = std::make_unique<ChangeNotifier>();
    m_purger = std::make_unique<RetentionPurger>(*m_db, *m_writer, m_clock, m_changes.get());
    m_integration = insert(u"INSERT INTO integrations (uuid, provider, name, created_at, updated_at) "
                           "VALUES ('i-1', 'ninja', 'Ninja', ?, ?)"_s,
                           {now(), now()});
    QVERIFY(m_integration > 0);
}

void TestRetentionPurge::cleanup()
{
    m_purger.reset();
    m_changes.reset();
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestRetentionPurge::openFresh(const QString &backend, QString *error)
{
    if (backend == u"sqlite") {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"retention.db"_s)));
    } else {
        const auto config = TestPostgres::freshSchema(TestPostgres::url(), PgSchema, error);
        if (!config)
            return false;
        m_db = std::make_unique<Database>(*config);
    }
    *error = m_db->openAndMigrate();
    return error->isEmpty();
}

qint64 TestRetentionPurge::insert(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << "seeding failed:" << q.lastError().text() << sql;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 TestRetentionPurge::alert(const QString &status, qint64 lastSeenAgo, std::optional<qint64> resolvedAgo,
                                 std::optional<qint64> ticket)
{
    const int n = ++m_serial;
    const QVariant nullId(QMetaType::fromType<qint64>());
    const qint64 id = insert(
        u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, provider_event_id, severity, status, "
        "first_seen, last_seen, resolved_at, ticket_id, raw_payload) VALUES (?, ?, ?, ?, 'high', ?, ?, ?, ?, "
        "?, "
        "'{}')"_s,
        {u"alert-%1"_s.arg(n), m_integration, u"fp-%1"_s.arg(n), u"event-%1"_s.arg(n), status,
         now() - lastSeenAgo - Day, now() - lastSeenAgo,
         resolvedAgo ? QVariant(now() - *resolvedAgo) : nullId, ticket ? QVariant(*ticket) : nullId});
    // Its provider event id, as webhook intake remembers it.
    insert(u"INSERT INTO webhook_events (integration_id, provider_event_id, alert_id, outcome, received_at) "
           "VALUES (?, ?, ?, 'created', ?)"_s,
           {m_integration, u"event-%1"_s.arg(n), id, now() - lastSeenAgo});
    return id;
}

qint64 TestRetentionPurge::ticket(const QString &status)
{
    const int n = ++m_serial;
    return insert(u"INSERT INTO tickets (number, subject, priority, status, source, created_at, updated_at) "
                  "VALUES (?, ?, 'High', ?, 'RMM Integration', ?, ?)"_s,
                  {1000 + n, u"ticket %1"_s.arg(n), status, now() - 400 * Day, now() - 400 * Day});
}

qint64 TestRetentionPurge::job(const QString &state, std::optional<qint64> finishedAgo)
{
    return insert(u"INSERT INTO jobs (kind, queue, state, run_at, created_at, updated_at, finished_at) "
                  "VALUES ('ProcessRmmAlert', 'rmm', ?, ?, ?, ?, ?)"_s,
                  {state, now() - 400 * Day, now() - 400 * Day, now() - 400 * Day,
                   finishedAgo ? QVariant(now() - *finishedAgo) : QVariant(QMetaType::fromType<qint64>())});
}

qint64 TestRetentionPurge::delivery(qint64 ago)
{
    return insert(
        u"INSERT INTO outbound_deliveries (integration_id, kind, method, url, status_code, created_at) "
        "VALUES (?, 'chat', 'POST', 'https://chat.example/hook', 200, ?)"_s,
        {m_integration, now() - ago});
}

bool TestRetentionPurge::exists(const QString &table, qint64 id)
{
    QSqlQuery q(db());
    q.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

qint64 TestRetentionPurge::count(const QString &table)
{
    QSqlQuery q(db());
    return q.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestRetentionPurge::storePolicy(const QJsonObject &policy)
{
    QSqlDatabase d = db();
    QString error;
    QVERIFY2(SettingsStore::write(d, u"retention"_s, policy, &error), qPrintable(error));
}

RetentionPurger::Outcome TestRetentionPurge::purge()
{
    std::optional<RetentionPurger::Outcome> outcome;
    m_purger->run(this, [&outcome](const RetentionPurger::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
        qWarning("the purge did not finish within 30 s");
    return outcome.value_or(RetentionPurger::Outcome{0, 0, 0, u"timeout"_s});
}

void TestRetentionPurge::purgesWhatIsOldEnough()
{
    storePolicy({{u"resolved_alert_days"_s, 30}, {u"finished_job_days"_s, 7}, {u"delivery_log_days"_s, 14}});
    const qint64 openTicket = ticket(u"In Progress"_s);
    const qint64 closedTicket = ticket(u"Closed"_s);
    const qint64 oldResolved = alert(u"resolved"_s, 40 * Day, 40 * Day);
    const qint64 oldResolvedNoTime =
        alert(u"resolved"_s, 40 * Day, std::nullopt); // before resolved_at existed
    const qint64 oldOfClosedTicket = alert(u"resolved"_s, 50 * Day, 45 * Day, closedTicket);
    const qint64 oldOfOpenTicket = alert(u"resolved"_s, 50 * Day, 45 * Day, openTicket);
    const qint64 recentlyResolved = alert(u"resolved"_s, 40 * Day, 10 * Day); // quiet long, resolved lately
    const qint64 oldOpen = alert(u"open"_s, 90 * Day, std::nullopt);
    const qint64 oldAcknowledged = alert(u"acknowledged"_s, 90 * Day, std::nullopt);
    const qint64 oldDone = job(u"done"_s, 8 * Day);
    const qint64 youngDone = job(u"done"_s, 6 * Day);
    const qint64 oldDead = job(u"dead"_s, 100 * Day);
    const qint64 queued = job(u"queued"_s, std::nullopt);
    const qint64 oldDelivery = delivery(15 * Day);
    const qint64 youngDelivery = delivery(13 * Day);
    QSignalSpy alertsChanged(m_changes.get(), &ChangeNotifier::alertsChanged);
    QSignalSpy jobsChanged(m_changes.get(), &ChangeNotifier::jobsChanged);

    const auto outcome = purge();
    QCOMPARE(outcome.error, QString());
    QCOMPARE(outcome.resolvedAlerts, 3);
    QCOMPARE(outcome.finishedJobs, 1);
    QCOMPARE(outcome.deliveryLog, 1);
    for (qint64 id : {oldResolved, oldResolvedNoTime, oldOfClosedTicket})
        QVERIFY2(!exists(u"rmm_alerts"_s, id), qPrintable(u"alert %1 should be purged"_s.arg(id)));
    for (qint64 id : {oldOfOpenTicket, recentlyResolved, oldOpen, oldAcknowledged})
        QVERIFY2(exists(u"rmm_alerts"_s, id), qPrintable(u"alert %1 should be kept"_s.arg(id)));
    QCOMPARE(count(u"webhook_events"_s), 4);     // the purged alerts' event ids went with them
    QVERIFY(exists(u"tickets"_s, closedTicket)); // tickets are records of work: never purged
    QVERIFY(!exists(u"jobs"_s, oldDone));
    for (qint64 id : {youngDone, oldDead, queued})
        QVERIFY(exists(u"jobs"_s, id));
    QVERIFY(!exists(u"outbound_deliveries"_s, oldDelivery));
    QVERIFY(exists(u"outbound_deliveries"_s, youngDelivery));
    // The desktop's lists hear that rows went.
    QTRY_VERIFY(!alertsChanged.isEmpty());
    QTRY_VERIFY(!jobsChanged.isEmpty());

    // Nothing is left to purge: a second run deletes nothing.
    const auto again = purge();
    QCOMPARE(again.resolvedAlerts + again.finishedJobs + again.deliveryLog, 0);
    QCOMPARE(again.toJson().value(u"deleted"_s).toObject().value(u"resolved_alerts"_s).toInt(-1), 0);
}

void TestRetentionPurge::zeroKeepsForever()
{
    storePolicy({{u"resolved_alert_days"_s, 0}, {u"finished_job_days"_s, 0}, {u"delivery_log_days"_s, 0}});
    alert(u"resolved"_s, 3000 * Day, 3000 * Day);
    job(u"done"_s, 3000 * Day);
    delivery(3000 * Day);
    const auto outcome = purge();
    QCOMPARE(outcome.error, QString());
    QCOMPARE(outcome.resolvedAlerts + outcome.finishedJobs + outcome.deliveryLog, 0);
    QCOMPARE(count(u"rmm_alerts"_s), 1);
    QCOMPARE(count(u"jobs"_s), 1);
    QCOMPARE(count(u"outbound_deliveries"_s), 1);
}

void TestRetentionPurge::largePurgeRunsInBatches()
{
    // Never saved: the defaults (180 days for resolved alerts) apply.
    const int rows = 2 * RetentionPurger::BatchSize + 345;
    QSqlDatabase d = db();
    QVERIFY(d.transaction());
    for (int i = 0; i < rows; ++i)
        alert(u"resolved"_s, 200 * Day, 200 * Day);
    const qint64 young = alert(u"resolved"_s, 100 * Day, 100 * Day);
    QVERIFY(d.commit());
    const quint64 unitsBefore = m_writer->committedUnits();
    const auto outcome = purge();
    QCOMPARE(outcome.error, QString());
    QCOMPARE(outcome.resolvedAlerts, rows);
    QCOMPARE(count(u"rmm_alerts"_s), 1);
    QVERIFY(exists(u"rmm_alerts"_s, young));
    QCOMPARE(count(u"webhook_events"_s), 1);
    // One writer unit per batch (three for the alerts, one each for the two empty kinds): the writer was
    // never held for the whole purge.
    QCOMPARE(m_writer->committedUnits() - unitsBefore, 5u);
}

void TestRetentionPurge::brokenStoredPolicyIsReported()
{
    storePolicy({{u"resolved_alert_days"_s, -4}});
    alert(u"resolved"_s, 400 * Day, 400 * Day);
    const auto outcome = purge();
    QVERIFY2(outcome.error.contains(u"resolved_alert_days"_s), qPrintable(outcome.error));
    QCOMPARE(count(u"rmm_alerts"_s), 1); // nothing guessed, nothing deleted
}

void TestRetentionPurge::secondRequestJoinsTheRunningPurge()
{
    for (int i = 0; i < 10; ++i)
        alert(u"resolved"_s, 400 * Day, 400 * Day);
    std::optional<RetentionPurger::Outcome> first;
    std::optional<RetentionPurger::Outcome> second;
    m_purger->run(this, [&first](const RetentionPurger::Outcome &o) { first = o; });
    m_purger->run(this, [&second](const RetentionPurger::Outcome &o) { second = o; });
    QTRY_VERIFY(first && second);
    QCOMPARE(first->resolvedAlerts, 10);
    QCOMPARE(second->resolvedAlerts, 10); // the same run, not a second one that found nothing
}

QTEST_GUILESS_MAIN(TestRetentionPurge)
#include "tst_retentionpurge.moc"
