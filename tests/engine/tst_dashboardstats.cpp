// The dashboard's figures on a seeded database at a fixed "now" (ManualClock), on SQLite always and on
// PostgreSQL when NESTOGY_TEST_PG_URL names a server (in its own schema, so other tests using that database
// are not disturbed): open alerts by severity, SLA risk, alerts per hour, integration health and noisy
// devices.
#include "../support/TestPostgres.h"
#include "Clock.h"
#include "DashboardStats.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using nestogy::DashboardStats;
using nestogy::Database;
using nestogy::DatabaseConfig;
using nestogy::ManualClock;

namespace {

constexpr qint64 Min = 60'000;
constexpr qint64 Hour = 60 * Min;
const QString PgSchema = u"tst_dashboardstats"_s;

} // namespace

class TestDashboardStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void openAlertsBySeverity();
    void slaRisk();
    void slaRiskFollowsTheClock();
    void alertsPerHour();
    void integrationHealth();
    void noisyDevices();
    void collect();
    void emptyDatabase();

private:
    bool openFresh(const QString &backend, QString *error);
    void seed();
    // Runs an insert; returns the new row's id (0 and a test failure on error).
    qint64 insert(const QString &sql, const QVariantList &binds);
    qint64 alert(qint64 integration, const QString &device, const QString &severity, const QString &status,
                 qint64 firstAgo, qint64 lastAgo, int occurrences,
                 std::optional<qint64> client = std::nullopt);
    qint64 ticket(const QString &priority, const QString &status, std::optional<qint64> responseDue,
                  std::optional<qint64> resolutionDue, bool responded);
    qint64 now() const { return m_clock.nowMs(); }
    QSqlDatabase db() { return m_db->connection(); }

    // 2026-03-02 12:30 UTC: the alerts-per-hour window starts 2026-03-01 13:00.
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(12, 30), QTimeZone::utc())};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
    qint64 m_gamma = 0;
    qint64 m_acme = 0;
    qint64 m_dana = 0;
    int m_alertCount = 0;
    int m_ticketCount = 0;
    QHash<QString, qint64> m_tickets;
};

void TestDashboardStats::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestDashboardStats::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"postgresql")
        NESTOGY_SKIP_WITHOUT_POSTGRES();
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(12, 30), QTimeZone::utc()));
    QString error;
    QVERIFY2(openFresh(backend, &error), qPrintable(error));
    if (QTest::currentTestFunction() != QByteArray("emptyDatabase"))
        seed();
    QVERIFY2(!QTest::currentTestFailed(), "seeding the database failed");
}

void TestDashboardStats::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_tickets.clear();
    m_alertCount = 0;
    m_ticketCount = 0;
}

bool TestDashboardStats::openFresh(const QString &backend, QString *error)
{
    if (backend == u"sqlite") {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"stats.db"_s)));
    } else {
        const auto config = TestPostgres::freshSchema(TestPostgres::url(), PgSchema, error);
        if (!config)
            return false;
        m_db = std::make_unique<Database>(*config);
    }
    *error = m_db->openAndMigrate();
    return error->isEmpty();
}

qint64 TestDashboardStats::insert(const QString &sql, const QVariantList &binds)
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

qint64 TestDashboardStats::alert(qint64 integration, const QString &device, const QString &severity,
                                 const QString &status, qint64 firstAgo, qint64 lastAgo, int occurrences,
                                 std::optional<qint64> client)
{
    const int n = ++m_alertCount;
    return insert(
        u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, device_id, device_name, client_id, "
        "client_name, severity, status, occurrences, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, "
        "'RMM client', ?, ?, ?, ?, ?)"_s,
        {u"alert-%1"_s.arg(n), integration, u"fp-%1"_s.arg(n), device, device.toUpper(),
         client ? QVariant(*client) : QVariant(QMetaType::fromType<qint64>()), severity, status, occurrences,
         now() - firstAgo, now() - lastAgo});
}

qint64 TestDashboardStats::ticket(const QString &priority, const QString &status,
                                  std::optional<qint64> responseDue, std::optional<qint64> resolutionDue,
                                  bool responded)
{
    const int n = ++m_ticketCount;
    const auto nullable = [](std::optional<qint64> v) {
        return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
    };
    const qint64 id =
        insert(u"INSERT INTO tickets (number, subject, client_id, priority, status, source, assignee_id, "
               u"response_due, "
               "resolution_due, first_response_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'RMM "
               "Integration', ?, "
               "?, ?, ?, ?, ?)"_s,
               {1000 + n, u"ticket %1"_s.arg(n), m_acme, priority, status, m_dana, nullable(responseDue),
                nullable(resolutionDue),
                responded ? QVariant(now() - 10 * Min) : QVariant(QMetaType::fromType<qint64>()),
                now() - Hour, now() - Hour});
    m_tickets.insert(u"ticket %1"_s.arg(n), id);
    return id;
}

void TestDashboardStats::seed()
{
    const auto integration = [&](const QString &name, const QString &provider, bool active,
                                 std::optional<qint64> lastSync) {
        return insert(
            u"INSERT INTO integrations (uuid, provider, name, is_active, last_sync, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {QString(name.toLower() + u"-uuid"_s), provider, name, active ? 1 : 0,
             lastSync ? QVariant(*lastSync) : QVariant(QMetaType::fromType<qint64>()), now(), now()});
    };
    m_alpha = integration(u"Alpha"_s, u"ninjaone"_s, true, now() - 2 * Hour);
    m_beta = integration(u"Beta"_s, u"generic"_s, false, std::nullopt);
    m_gamma = integration(u"Gamma"_s, u"datto"_s, true, std::nullopt);
    m_acme =
        insert(u"INSERT INTO clients (name, created_at, updated_at) VALUES ('Acme', ?, ?)"_s, {now(), now()});
    m_dana = insert(u"INSERT INTO technicians (name, created_at, updated_at) VALUES ('Dana', ?, ?)"_s,
                    {now(), now()});
    QVERIFY(m_alpha && m_beta && m_gamma && m_acme && m_dana);

    // Alerts: integration, device, severity, status, first seen ago, last seen ago, occurrences.
    const qint64 a1 = alert(m_alpha, u"srv-1"_s, u"urgent"_s, u"open"_s, 10 * Min, 5 * Min, 5);
    alert(m_alpha, u"srv-1"_s, u"urgent"_s, u"acknowledged"_s, 2 * Hour + 10 * Min, Hour, 3);
    alert(m_alpha, u"srv-2"_s, u"high"_s, u"open"_s, 23 * Hour, 20 * Hour, 1); // 13:30 yesterday: first hour
    alert(m_alpha, u"srv-2"_s, u"normal"_s, u"resolved"_s, 30 * Min, 20 * Min, 10);
    alert(m_beta, u"ws-9"_s, u"low"_s, u"open"_s, 3 * Hour, 3 * Hour, 2, m_acme);
    alert(m_alpha, u"srv-1"_s, u"low"_s, u"open"_s, 23 * Hour + 31 * Min, Min, 7); // began before the window
    alert(m_gamma, u"old-1"_s, u"high"_s, u"resolved"_s, 72 * Hour, 72 * Hour, 4);
    alert(m_alpha, QString(), u"normal"_s, u"open"_s, Hour, Hour, 100); // no device
    alert(m_beta, u"srv-1"_s, u"normal"_s, u"open"_s, 2 * Hour, 2 * Hour, 1);
    QCOMPARE(m_alertCount, 9);

    // The newest webhook of Alpha left no alert row of its own (an exact redelivery).
    insert(u"INSERT INTO webhook_events (integration_id, provider_event_id, alert_id, outcome, received_at) "
           u"VALUES "
           "(?, 'ev-1', ?, 'redelivery', ?)"_s,
           {m_alpha, a1, now() - 30'000});
    // Alpha's outbound calls: three fine, one 500 and one without an answer in 24 h; an old failure.
    for (const QVariant &status :
         {QVariant(200), QVariant(204), QVariant(201), QVariant(500), QVariant(QMetaType::fromType<int>())})
        insert(u"INSERT INTO outbound_deliveries (integration_id, kind, method, url, status_code, "
               u"created_at) VALUES "
               "(?, 'status_push', 'PUT', 'https://rmm.example/api', ?, ?)"_s,
               {m_alpha, status, now() - 3 * Hour});
    insert(u"INSERT INTO outbound_deliveries (integration_id, kind, method, url, status_code, created_at) "
           u"VALUES "
           "(?, 'status_push', 'PUT', 'https://rmm.example/api', 502, ?)"_s,
           {m_alpha, now() - 48 * Hour});

    // Tickets: priority, status, response due, resolution due, responded.
    ticket(u"Urgent"_s, u"Open"_s, now() - 5 * Min, now() + 3 * Hour, false);      // response breached
    ticket(u"High"_s, u"In Progress"_s, now() - 30 * Min, now() + Hour, true);     // responded: resolution
    ticket(u"Normal"_s, u"Waiting"_s, now() + 2 * Hour, now() + 20 * Hour, false); // response next
    ticket(u"Low"_s, u"Resolved"_s, now() - 10 * Hour, now() - 5 * Hour, false);   // closed: no risk
    ticket(u"Normal"_s, u"Open"_s, std::nullopt, std::nullopt, false);             // no target
    ticket(u"High"_s, u"Open"_s, std::nullopt, now() + 30 * Min, false);           // resolution only
    QCOMPARE(m_tickets.size(), 6);
}

void TestDashboardStats::openAlertsBySeverity()
{
    QSqlDatabase conn = db();
    QString error;
    const auto counts = DashboardStats::openAlertsBySeverity(conn, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->size(), 4);
    const QList<std::tuple<QString, int, int>> expected{
        {u"urgent"_s, 1, 1}, {u"high"_s, 1, 0}, {u"normal"_s, 2, 0}, {u"low"_s, 2, 0}};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(counts->at(i).severity, std::get<0>(expected.at(i)));
        QCOMPARE(counts->at(i).open, std::get<1>(expected.at(i)));
        QCOMPARE(counts->at(i).acknowledged, std::get<2>(expected.at(i)));
    }
    QCOMPARE(counts->at(0).unresolved(), 2);
}

void TestDashboardStats::slaRisk()
{
    QSqlDatabase conn = db();
    QString error;
    const auto sla = DashboardStats::slaRisk(conn, now(), 10, &error);
    QVERIFY2(sla, qPrintable(error));
    QCOMPARE(sla->open, 4);
    QCOMPARE(sla->breached, 1);
    QStringList order;
    for (const auto &r : sla->nearest)
        order << r.subject;
    QCOMPARE(order, (QStringList{u"ticket 1"_s, u"ticket 6"_s, u"ticket 2"_s, u"ticket 3"_s}));
    const auto &first = sla->nearest.at(0);
    QCOMPARE(first.ticketId, m_tickets.value(u"ticket 1"_s));
    QCOMPARE(first.number, qint64(1001));
    QCOMPARE(first.target, u"response"_s);
    QCOMPARE(first.remainingMs, -5 * Min);
    QVERIFY(first.breached());
    QCOMPARE(first.priority, u"Urgent"_s);
    QCOMPARE(first.assignee, u"Dana"_s);
    QCOMPARE(first.client, u"Acme"_s);
    QCOMPARE(sla->nearest.at(1).target, u"resolution"_s);
    QCOMPARE(sla->nearest.at(1).remainingMs, 30 * Min);
    QVERIFY(!sla->nearest.at(1).breached());
    QCOMPARE(sla->nearest.at(2).target, u"resolution"_s); // responded, so the response target is met
    QCOMPARE(sla->nearest.at(2).remainingMs, Hour);
    QCOMPARE(sla->nearest.at(2).status, u"In Progress"_s);
    QCOMPARE(sla->nearest.at(3).target, u"response"_s);
    QCOMPARE(sla->nearest.at(3).dueMs, now() + 2 * Hour);

    const auto two = DashboardStats::slaRisk(conn, now(), 2, &error);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(two->nearest.size(), 2);
    QCOMPARE(two->open, 4); // the counts are not limited
}

void TestDashboardStats::slaRiskFollowsTheClock()
{
    QSqlDatabase conn = db();
    QString error;
    m_clock.advance(30 * Min); // ticket 6 is due exactly now: that is a breach
    auto sla = DashboardStats::slaRisk(conn, now(), 10, &error);
    QVERIFY2(sla, qPrintable(error));
    QCOMPARE(sla->breached, 2);
    QCOMPARE(sla->nearest.at(1).remainingMs, qint64(0));
    QVERIFY(sla->nearest.at(1).breached());
    m_clock.advance(3 * Hour);
    sla = DashboardStats::slaRisk(conn, now(), 10, &error);
    QVERIFY2(sla, qPrintable(error));
    QCOMPARE(sla->breached, 4);
}

void TestDashboardStats::alertsPerHour()
{
    QSqlDatabase conn = db();
    QString error;
    const auto hourly = DashboardStats::alertsPerHour(conn, now(), &error);
    QVERIFY2(hourly, qPrintable(error));
    QCOMPARE(hourly->firstHourStartMs,
             QDateTime(QDate(2026, 3, 1), QTime(13, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(hourly->counts.size(), 24);
    QList<int> expected(24, 0);
    expected[0] = 1;  // 13:30 yesterday
    expected[20] = 1; // 09:30
    expected[21] = 2; // 10:20, 10:30
    expected[22] = 1; // 11:30
    expected[23] = 2; // 12:00, 12:20 (the current hour)
    QCOMPARE(hourly->counts, expected);
    QCOMPARE(hourly->total(), 7);

    // An hour later the window has moved on: yesterday's 13:30 has left it.
    m_clock.advance(Hour);
    const auto later = DashboardStats::alertsPerHour(conn, now(), &error);
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(later->counts.at(22), 2);
    QCOMPARE(later->counts.at(23), 0);
    QCOMPARE(later->total(), 6);
}

void TestDashboardStats::integrationHealth()
{
    QSqlDatabase conn = db();
    QString error;
    const auto health =
        DashboardStats::integrationHealth(conn, now(), {{u"alpha-uuid"_s, u"open"_s}}, &error);
    QVERIFY2(health, qPrintable(error));
    QCOMPARE(health->size(), 3);
    const auto &alpha = health->at(0);
    QCOMPARE(alpha.name, u"Alpha"_s);
    QCOMPARE(alpha.uuid, u"alpha-uuid"_s);
    QCOMPARE(alpha.provider, u"ninjaone"_s);
    QVERIFY(alpha.active);
    QCOMPARE(alpha.lastWebhookMs, now() - 30'000); // the redelivery, newer than any alert
    QCOMPARE(alpha.lastSyncMs, now() - 2 * Hour);
    QCOMPARE(alpha.alerts24h, qint64(6));
    QCOMPARE(alpha.calls24h, qint64(5));
    QCOMPARE(alpha.failedCalls24h, qint64(2));
    QVERIFY(alpha.errorRate());
    QCOMPARE(*alpha.errorRate(), 0.4);
    QCOMPARE(alpha.circuitState, u"open"_s);

    const auto &beta = health->at(1);
    QCOMPARE(beta.name, u"Beta"_s);
    QVERIFY(!beta.active);
    QCOMPARE(beta.lastWebhookMs, now() - 2 * Hour);
    QCOMPARE(beta.lastSyncMs, qint64(0));
    QCOMPARE(beta.alerts24h, qint64(2));
    QVERIFY(!beta.errorRate());
    QVERIFY(beta.circuitState.isEmpty());

    const auto &gamma = health->at(2);
    QCOMPARE(gamma.name, u"Gamma"_s);
    QCOMPARE(gamma.alerts24h, qint64(0));
    QCOMPARE(gamma.lastWebhookMs, now() - 72 * Hour); // quiet for three days
}

void TestDashboardStats::noisyDevices()
{
    QSqlDatabase conn = db();
    QString error;
    const auto noisy = DashboardStats::noisyDevices(conn, now(), 10, &error);
    QVERIFY2(noisy, qPrintable(error));
    QCOMPARE(noisy->size(), 4);
    QCOMPARE(noisy->at(0).deviceId, u"srv-1"_s);
    QCOMPARE(noisy->at(0).deviceName, u"SRV-1"_s);
    QCOMPARE(noisy->at(0).integration, u"Alpha"_s);
    QCOMPARE(noisy->at(0).occurrences,
             qint64(15)); // 5 + 3 + 7, also of the alert that began before the window
    QCOMPARE(noisy->at(0).alerts, qint64(3));
    QCOMPARE(noisy->at(1).deviceId, u"srv-2"_s);
    QCOMPARE(noisy->at(1).occurrences, qint64(11));
    QCOMPARE(noisy->at(2).deviceId, u"ws-9"_s);
    QCOMPARE(noisy->at(2).client, u"Acme"_s);    // the client's own name over the RMM's
    QCOMPARE(noisy->at(3).deviceId, u"srv-1"_s); // the same device id elsewhere is another device
    QCOMPARE(noisy->at(3).integration, u"Beta"_s);
    QCOMPARE(noisy->at(3).client, u"RMM client"_s);

    const auto top = DashboardStats::noisyDevices(conn, now(), 1, &error);
    QVERIFY2(top, qPrintable(error));
    QCOMPARE(top->size(), 1);
}

void TestDashboardStats::collect()
{
    QSqlDatabase conn = db();
    QString error;
    const auto s = DashboardStats::collect(conn, now(), 3, {}, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->nowMs, now());
    QCOMPARE(s->openAlerts.size(), 4);
    QCOMPARE(s->sla.nearest.size(), 3);
    QCOMPARE(s->hourly.total(), 7);
    QCOMPARE(s->integrations.size(), 3);
    QCOMPARE(s->noisyDevices.size(), 3);
}

void TestDashboardStats::emptyDatabase()
{
    QSqlDatabase conn = db();
    QString error;
    const auto s = DashboardStats::collect(conn, now(), 10, {}, &error);
    QVERIFY2(s, qPrintable(error));
    for (const auto &c : s->openAlerts)
        QCOMPARE(c.unresolved(), 0);
    QCOMPARE(s->sla.open, 0);
    QCOMPARE(s->sla.breached, 0);
    QVERIFY(s->sla.nearest.isEmpty());
    QCOMPARE(s->hourly.counts, QList<int>(24, 0));
    QVERIFY(s->integrations.isEmpty());
    QVERIFY(s->noisyDevices.isEmpty());
}

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboardstats.moc"
