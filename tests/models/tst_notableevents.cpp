// NotableEvents, the tray's query, on SQLite and on PostgreSQL (NESTOGY_TEST_PG_URL): which alerts and SLA
// breaches are new after a cursor, counted beyond the limit, one line per breached ticket, and a cursor
// that moves past everything looked at.
#include "ModelTestSupport.h"
#include "NotableEvents.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::NotableEvents;

class TestNotableEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void startsAtNow_data() { backends(); }
    void startsAtNow();
    void urgentAlerts_data() { backends(); }
    void urgentAlerts();
    void countsBeyondTheLimit_data() { backends(); }
    void countsBeyondTheLimit();
    void slaBreaches_data() { backends(); }
    void slaBreaches();

private:
    void backends();
    // The database for this data row, or nullptr after QSKIP/QFAIL.
    TestDatabase *database();
    // The cursor of now on `db`, for a test that only looks at what it adds itself.
    static NotableEvents::Cursor now(TestDatabase &db);
    static NotableEvents::Found since(TestDatabase &db, const NotableEvents::Cursor &cursor, int limit = 10);
    static qint64 addEvent(TestDatabase &db, qint64 ticketId, const QString &kind);

    std::unique_ptr<TestDatabase> m_sqlite;
    std::unique_ptr<TestDatabase> m_postgres;
    QString m_postgresProblem;
    bool m_postgresRequired = false;
    qint64 m_integration[2] = {0, 0};
};

void TestNotableEvents::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
    QString error;
    m_sqlite = TestDatabase::sqlite(&error);
    QVERIFY2(m_sqlite, qPrintable(error));
    m_integration[0] = m_sqlite->addIntegration(u"Ninja"_s);
    QVERIFY(m_integration[0]);

    const QString url = TestDatabase::postgresUrl(&m_postgresRequired);
    if (url.isEmpty()) {
        m_postgresProblem = u"PostgreSQL not tested: set NESTOGY_TEST_PG_URL"_s;
        return;
    }
    m_postgres = TestDatabase::postgres(url, u"tst_notableevents"_s, &error);
    if (!m_postgres) {
        m_postgresProblem = error;
        m_postgresRequired = true; // a server was named: not reaching it is a failure
        return;
    }
    m_integration[1] = m_postgres->addIntegration(u"Ninja"_s);
    QVERIFY(m_integration[1]);
}

void TestNotableEvents::cleanupTestCase()
{
    m_postgres.reset();
    m_sqlite.reset();
}

void TestNotableEvents::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

TestDatabase *TestNotableEvents::database()
{
    QFETCH(bool, postgres);
    if (!postgres)
        return m_sqlite.get();
    if (!m_postgres) {
        if (m_postgresRequired)
            QTest::qFail(qPrintable(m_postgresProblem), __FILE__, __LINE__);
        else
            QTest::qSkip(qPrintable(m_postgresProblem), __FILE__, __LINE__);
    }
    return m_postgres.get();
}

NotableEvents::Cursor TestNotableEvents::now(TestDatabase &db)
{
    QSqlDatabase c = db.connection();
    QString error;
    const auto cursor = NotableEvents::latest(c, &error);
    if (!cursor)
        qWarning().noquote() << "latest() failed:" << error;
    return cursor.value_or(NotableEvents::Cursor{-1, -1});
}

NotableEvents::Found TestNotableEvents::since(TestDatabase &db, const NotableEvents::Cursor &cursor,
                                              int limit)
{
    QSqlDatabase c = db.connection();
    QString error;
    const auto found = NotableEvents::since(c, cursor, limit, &error);
    if (!found)
        qWarning().noquote() << "since() failed:" << error;
    return found.value_or(NotableEvents::Found{-1, {}, -1, {}, {}});
}

qint64 TestNotableEvents::addEvent(TestDatabase &db, qint64 ticketId, const QString &kind)
{
    return db.insert(u"INSERT INTO ticket_events (ticket_id, kind, actor, message, created_at) "
                     "VALUES (?, ?, 'system', 'test', 0)"_s,
                     {ticketId, kind});
}

void TestNotableEvents::startsAtNow()
{
    TestDatabase *db = database();
    if (!db)
        return;
    const qint64 integration = db == m_postgres.get() ? m_integration[1] : m_integration[0];
    TestDatabase::Alert urgent;
    urgent.integrationId = integration;
    urgent.severity = u"urgent"_s;
    const qint64 earlier = db->addAlert(urgent);
    QVERIFY(earlier);
    const NotableEvents::Cursor cursor = now(*db);
    QVERIFY(cursor.alertId >= earlier);
    const NotableEvents::Found found = since(*db, cursor);
    QVERIFY(found.isEmpty());
    QCOMPARE(found.next, cursor);
    // From the very beginning, the same alert is news.
    QVERIFY(since(*db, {}).urgentAlertCount >= 1);
}

void TestNotableEvents::urgentAlerts()
{
    TestDatabase *db = database();
    if (!db)
        return;
    const qint64 integration = db == m_postgres.get() ? m_integration[1] : m_integration[0];
    const NotableEvents::Cursor start = now(*db);
    const qint64 acme = db->addClient(u"Acme %1"_s.arg(start.alertId));
    TestDatabase::Alert a;
    a.integrationId = integration;
    a.severity = u"urgent"_s;
    a.device = u"srv-1"_s;
    a.clientId = acme;
    const qint64 first = db->addAlert(a);
    a.severity = u"high"_s; // not urgent
    db->addAlert(a);
    a.severity = u"urgent"_s;
    a.status = u"resolved"_s; // over before anyone looked
    db->addAlert(a);
    a.status = u"open"_s;
    a.suppressed = true; // held by a maintenance window
    db->addAlert(a);
    a.suppressed = false;
    a.status = u"acknowledged"_s;
    a.device = u"srv-2"_s;
    a.clientId.reset();
    a.clientName = u"Sent by the RMM"_s;
    a.type = u"cpu"_s;
    a.message = u"CPU at 100 %"_s;
    const qint64 second = db->addAlert(a);
    QVERIFY(first && second);

    const NotableEvents::Found found = since(*db, start);
    QCOMPARE(found.urgentAlertCount, 2);
    QCOMPARE(found.alerts.size(), 2);
    QCOMPARE(found.alerts.at(0).id, second); // newest first
    QCOMPARE(found.alerts.at(0).deviceName, u"srv-2"_s);
    QCOMPARE(found.alerts.at(0).clientName, u"Sent by the RMM"_s);
    QCOMPARE(found.alerts.at(0).alertType, u"cpu"_s);
    QCOMPARE(found.alerts.at(0).message, u"CPU at 100 %"_s);
    QCOMPARE(found.alerts.at(1).id, first);
    QCOMPARE(found.alerts.at(1).clientName, u"Acme %1"_s.arg(start.alertId));
    QVERIFY(found.alerts.at(1).uuid.startsWith(u"alert-"_s));
    QCOMPARE(found.breachedTicketCount, 0);
    QVERIFY(found.next.alertId >= second);
    QCOMPARE(found.next.ticketEventId, start.ticketEventId);

    // Looked at: nothing new until the next alert.
    QVERIFY(since(*db, found.next).isEmpty());
    a.status = u"open"_s;
    const qint64 third = db->addAlert(a);
    const NotableEvents::Found later = since(*db, found.next);
    QCOMPARE(later.urgentAlertCount, 1);
    QCOMPARE(later.alerts.value(0).id, third);
}

void TestNotableEvents::countsBeyondTheLimit()
{
    TestDatabase *db = database();
    if (!db)
        return;
    const qint64 integration = db == m_postgres.get() ? m_integration[1] : m_integration[0];
    const NotableEvents::Cursor start = now(*db);
    TestDatabase::Alert a;
    a.integrationId = integration;
    a.severity = u"urgent"_s;
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids.append(db->addAlert(a));
    const NotableEvents::Found found = since(*db, start, 3);
    QCOMPARE(found.urgentAlertCount, 12);
    QCOMPARE(found.alerts.size(), 3);
    QCOMPARE(found.alerts.at(0).id, ids.last());
    QCOMPARE(found.alerts.at(2).id, ids.at(9));
    // The cursor passes all twelve, not only the three listed.
    QCOMPARE(found.next.alertId, ids.last());
}

void TestNotableEvents::slaBreaches()
{
    TestDatabase *db = database();
    if (!db)
        return;
    const NotableEvents::Cursor start = now(*db);
    TestDatabase::Ticket t;
    t.subject = u"Server down"_s;
    const qint64 down = db->addTicket(t);
    t.subject = u"Printer jam"_s;
    const qint64 printer = db->addTicket(t);
    t.subject = u"Only warned"_s;
    const qint64 warned = db->addTicket(t);
    QVERIFY(down && printer && warned);
    QVERIFY(addEvent(*db, down, u"sla_response_breach"_s));
    QVERIFY(addEvent(*db, printer, u"sla_response_breach"_s));
    QVERIFY(addEvent(*db, warned, u"sla_response_warning"_s));
    const qint64 latest = addEvent(*db, down, u"sla_resolution_breach"_s);
    QVERIFY(addEvent(*db, printer, u"note"_s));

    const NotableEvents::Found found = since(*db, start);
    QCOMPARE(found.urgentAlertCount, 0);
    QCOMPARE(found.breachedTicketCount, 2);
    QCOMPARE(found.breaches.size(), 2);
    // One line per ticket, its latest breach, newest first.
    QCOMPARE(found.breaches.at(0).ticketId, down);
    QCOMPARE(found.breaches.at(0).eventId, latest);
    QCOMPARE(found.breaches.at(0).resolution, true);
    QCOMPARE(found.breaches.at(0).subject, u"Server down"_s);
    QVERIFY(found.breaches.at(0).ticketNumber > 0);
    QCOMPARE(found.breaches.at(1).ticketId, printer);
    QCOMPARE(found.breaches.at(1).resolution, false);
    QVERIFY(found.next.ticketEventId > latest); // past the note too
    QVERIFY(since(*db, found.next).isEmpty());

    const NotableEvents::Found limited = since(*db, start, 1);
    QCOMPARE(limited.breachedTicketCount, 2);
    QCOMPARE(limited.breaches.size(), 1);
}

QTEST_GUILESS_MAIN(TestNotableEvents)
#include "tst_notableevents.moc"
