// The read queries behind the models on SQLite and on PostgreSQL (NESTOGY_TEST_PG_URL): for every sort and
// order, keyset pages give exactly the rows of one big read, in an order ReadKey::before agrees with (the
// models place live rows by it); filters, LIKE escaping and lookups by id behave the same on both.
#include "AlertQuery.h"
#include "DeviceMappingQuery.h"
#include "IntegrationQuery.h"
#include "JobQuery.h"
#include "ModelTestSupport.h"
#include "TicketQuery.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'800'000'000'000;
constexpr int PageRows = 3;

template<class Row>
QList<qint64> idsOf(const QList<Row> &rows)
{
    QList<qint64> ids;
    for (const Row &r : rows)
        ids.append(r.id);
    return ids;
}

template<class Row>
ReadKey keyOf(const Row &row)
{
    return {row.sortKey, row.id};
}

// One big read against keyset pages and a bounded re-read, for one sort and order.
template<class Query>
void checkSort(Query &query, typename Query::Sort sort, Qt::SortOrder order, int expectedRows)
{
    query.setSort(sort, order);
    QString error;
    const auto all = query.page(PageRequest{std::nullopt, std::nullopt, 1000}, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), expectedRows);
    for (qsizetype i = 1; i < all->size(); ++i) {
        QVERIFY2(ReadKey::before(keyOf(all->at(i - 1)), keyOf(all->at(i)), order),
                 qPrintable(u"rows %1 and %2 out of order: %3 / %4"_s.arg(i - 1).arg(i).arg(
                     all->at(i - 1).sortKey.toString(), all->at(i).sortKey.toString())));
    }
    QList<qint64> paged;
    std::optional<ReadKey> after;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = query.page(PageRequest{after, std::nullopt, PageRows}, &error);
        QVERIFY2(page, qPrintable(error));
        paged.append(idsOf(*page));
        if (page->size() < PageRows)
            break;
        after = keyOf(page->constLast());
    }
    QCOMPARE(paged, idsOf(*all));
    const qsizetype cut = qMin<qsizetype>(4, all->size() - 1);
    const auto head = query.page(PageRequest{std::nullopt, keyOf(all->at(cut)), 1000}, &error);
    QVERIFY2(head, qPrintable(error));
    QCOMPARE(idsOf(*head), idsOf(*all).mid(0, cut + 1));
}

template<class Query>
void checkSorts(Query &query, const QList<typename Query::Sort> &sorts, int expectedRows)
{
    for (const auto sort : sorts) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            checkSort(query, sort, order, expectedRows);
            if (QTest::currentTestFailed()) {
                qWarning() << "failed for sort" << int(sort) << "order" << order;
                return;
            }
        }
    }
}
} // namespace

class TestReadQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void alertSorts_data() { backends(); }
    void alertSorts();
    void alertFilters_data() { backends(); }
    void alertFilters();
    void alertsById_data() { backends(); }
    void alertsById();
    void ticketSortsAndFilters_data() { backends(); }
    void ticketSortsAndFilters();
    void jobSortsAndFilters_data() { backends(); }
    void jobSortsAndFilters();
    void integrationSortsAndFilters_data() { backends(); }
    void integrationSortsAndFilters();
    void deviceSortsAndFilters_data() { backends(); }
    void deviceSortsAndFilters();

private:
    void backends();
    // The database for this data row, or nullptr after QSKIP/QFAIL.
    TestDatabase *database();
    static QString seed(TestDatabase &db);

    std::unique_ptr<TestDatabase> m_sqlite;
    std::unique_ptr<TestDatabase> m_postgres;
    QString m_postgresProblem;
    bool m_postgresRequired = false;
};

namespace {
// Device names chosen to trip locale-aware collations: case, accents, punctuation, digits, empty, NULL.
const QStringList DeviceNames{u"alpha"_s,  u"Alpha"_s, u"beta"_s, u"Ärger"_s, u"zeta"_s, u"Zeta"_s,
                              u"_under"_s, u"10"_s,    u"9"_s,    QString(),  u"b"_s,    u"a b"_s};
constexpr int AlertCount = 24;
} // namespace

void TestReadQueries::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
    QString error;
    m_sqlite = TestDatabase::sqlite(&error);
    QVERIFY2(m_sqlite, qPrintable(error));
    error = seed(*m_sqlite);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString url = TestDatabase::postgresUrl(&m_postgresRequired);
    if (url.isEmpty()) {
        m_postgresProblem = u"PostgreSQL not tested: set NESTOGY_TEST_PG_URL"_s;
        return;
    }
    m_postgres = TestDatabase::postgres(url, u"tst_readqueries"_s, &error);
    if (!m_postgres) {
        m_postgresProblem = error;
        m_postgresRequired = true; // a server was named: not reaching it is a failure
        return;
    }
    error = seed(*m_postgres);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestReadQueries::cleanupTestCase()
{
    m_postgres.reset();
    m_sqlite.reset();
}

void TestReadQueries::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

TestDatabase *TestReadQueries::database()
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

QString TestReadQueries::seed(TestDatabase &db)
{
    const qint64 ninja = db.addIntegration(u"Ninja"_s);
    const qint64 datto = db.addIntegration(u"datto"_s, u"datto"_s);
    const qint64 idle = db.addIntegration(u"Idle"_s, u"generic"_s, false);
    const qint64 acme = db.addClient(u"Acme"_s);
    const qint64 alice = db.addTechnician(u"Alice"_s);
    if (!ninja || !datto || !idle || !acme || !alice)
        return u"seeding failed (see warnings)"_s;
    const QStringList severities{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
    const QStringList statuses{u"open"_s, u"acknowledged"_s, u"resolved"_s};
    QList<qint64> tickets;
    for (int i = 0; i < 10; ++i) {
        TestDatabase::Ticket t;
        t.subject = DeviceNames.at(i % DeviceNames.size()).isEmpty() ? u"x"_s : DeviceNames.at(i);
        t.priority = QStringList{u"Low"_s, u"Normal"_s, u"High"_s, u"Urgent"_s}.at(i % 4);
        t.status = QStringList{u"Open"_s, u"Waiting"_s, u"Closed"_s}.at(i % 3);
        if (i % 2)
            t.assigneeId = alice;
        if (i % 3)
            t.clientId = acme;
        t.created = T0 + (i % 4) * 1000;
        t.responseDue = i % 3 ? T0 + i * 100 : 0;
        t.resolutionDue = i % 4 ? T0 + (i % 5) * 100 : 0;
        tickets.append(db.addTicket(t));
    }
    for (int i = 0; i < AlertCount; ++i) {
        TestDatabase::Alert a;
        a.integrationId = i % 2 ? ninja : datto;
        a.severity = severities.at(i % 4);
        a.status = statuses.at(i % 3);
        a.device = DeviceNames.at(i % DeviceNames.size());
        a.type = i % 5 ? u"disk"_s : QString();
        a.message = i == 7 ? u"CPU at 100% on host_1"_s : u"Message %1"_s.arg(i % 6);
        if (i % 3 == 0)
            a.clientId = acme;
        else if (i % 3 == 1)
            a.clientName = u"raw client"_s;
        a.lastSeen = T0 + (i % 5) * 1000;
        a.occurrences = 1 + i % 3;
        if (i % 4 == 0)
            a.ticketId = tickets.at(i % tickets.size());
        a.suppressed = i % 6 == 0;
        if (!db.addAlert(a))
            return u"seeding alerts failed (see warnings)"_s;
    }
    for (int i = 0; i < 9; ++i) {
        TestDatabase::Job j;
        j.kind = i % 2 ? u"ProcessRmmAlert"_s : u"NotifyChatWebhook"_s;
        j.queue = i % 3 ? u"rmm-alerts"_s : u"notifications"_s;
        j.state = QStringList{u"queued"_s, u"running"_s, u"done"_s, u"dead"_s}.at(i % 4);
        j.attempts = i % 3;
        j.runAt = T0 + (i % 2) * 1000;
        j.lastError = i % 4 == 3 ? u"timeout"_s : QString();
        if (!db.addJob(j))
            return u"seeding jobs failed"_s;
    }
    for (int i = 0; i < 8; ++i) {
        TestDatabase::Device d;
        d.integrationId = i % 2 ? ninja : datto;
        d.rmmId = u"dev-%1"_s.arg(i);
        d.name = DeviceNames.at(i + 3);
        d.hostname = i % 3 ? u"host-%1"_s.arg(i % 4) : QString();
        d.lastSeen = i % 4 ? T0 + (i % 3) * 1000 : 0;
        d.stale = i % 3 == 0;
        if (i % 2)
            d.clientId = acme;
        if (!db.addDevice(d))
            return u"seeding devices failed"_s;
    }
    return {};
}

void TestReadQueries::alertSorts()
{
    TestDatabase *db = database();
    if (!db)
        return;
    AlertQuery q(db->db());
    using S = AlertQuery::Sort;
    checkSorts(q,
               {S::LastSeen, S::FirstSeen, S::Severity, S::Status, S::AlertType, S::Device, S::Client,
                S::Integration, S::Message, S::Occurrences, S::Ticket},
               AlertCount);
}

void TestReadQueries::alertFilters()
{
    TestDatabase *db = database();
    if (!db)
        return;
    AlertQuery q(db->db());
    QString error;
    const auto count = [&](const AlertQuery::Filter &f) {
        q.setFilter(f);
        const auto rows = q.page(PageRequest{std::nullopt, std::nullopt, 1000}, &error);
        return rows ? int(rows->size()) : -1;
    };
    AlertQuery::Filter f;
    f.severities = {u"urgent"_s, u"low"_s};
    QCOMPARE(count(f), AlertCount / 2);
    f = {};
    f.statuses = {u"resolved"_s};
    QCOMPARE(count(f), AlertCount / 3);
    f = {};
    f.suppressed = true;
    QCOMPARE(count(f), AlertCount / 6);
    f = {};
    f.text = u"100%"_s;
    QCOMPARE(count(f), 1);
    f.text = u"host_1"_s;
    QCOMPARE(count(f), 1);
    f.text = u"1_0"_s;
    QCOMPARE(count(f), 0);
    f.text = u"RAW CLIENT"_s; // client name the RMM sent
    QCOMPARE(count(f), AlertCount / 3);
    f.text = u"acme"_s; // resolved client's name
    QCOMPARE(count(f), AlertCount / 3);
    f = {};
    QSqlQuery acme(db->connection());
    QVERIFY(acme.exec(u"SELECT id FROM clients WHERE name = 'Acme'"_s) && acme.next());
    f.clientId = acme.value(0).toLongLong();
    f.severities = {u"low"_s};
    QCOMPARE(count(f), AlertCount / 12);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestReadQueries::alertsById()
{
    TestDatabase *db = database();
    if (!db)
        return;
    AlertQuery q(db->db());
    AlertQuery::Filter open;
    open.statuses = {u"open"_s};
    q.setFilter(open);
    // More ids than one IN list takes, most of them missing.
    QList<qint64> ids;
    for (qint64 id = 1; id <= 1200; ++id)
        ids.append(id);
    QString error;
    const auto rows = q.fetchByIds(ids, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), AlertCount / 3);
    for (const AlertRow &r : *rows) {
        QCOMPARE(r.status, u"open"_s);
        QVERIFY(r.sortKey.isValid());
        QVERIFY(!r.uuid.isEmpty());
    }
    const auto none = q.fetchByIds({999'999}, &error);
    QVERIFY2(none, qPrintable(error));
    QVERIFY(none->isEmpty());
}

void TestReadQueries::ticketSortsAndFilters()
{
    TestDatabase *db = database();
    if (!db)
        return;
    TicketQuery q(db->db());
    using S = TicketQuery::Sort;
    checkSorts(q,
               {S::Created, S::Updated, S::Number, S::Subject, S::Priority, S::Status, S::Assignee, S::Client,
                S::ResponseDue, S::ResolutionDue},
               10);
    if (QTest::currentTestFailed())
        return;
    TicketQuery::Filter f;
    f.unassignedOnly = true;
    f.statuses = {u"Open"_s, u"Waiting"_s};
    f.text = u"a"_s;
    q.setFilter(f);
    QString error;
    const auto rows = q.page(PageRequest{std::nullopt, std::nullopt, 100}, &error);
    QVERIFY2(rows, qPrintable(error));
    // Unassigned (even i) and not Closed (i % 3 != 2): tickets 0, 4 and 6. An "a" is in ticket 0's subject
    // ("alpha") and ticket 4's client (Acme); ticket 6 has neither.
    QList<qint64> want;
    for (const TicketRow &r : *rows) {
        QCOMPARE(r.assigneeId, 0);
        QVERIFY(r.status != u"Closed");
        want.append(r.id);
    }
    QCOMPARE(rows->size(), 2);
    const auto byId = q.fetchByIds(want, &error);
    QVERIFY2(byId, qPrintable(error));
    QCOMPARE(byId->size(), want.size());
}

void TestReadQueries::jobSortsAndFilters()
{
    TestDatabase *db = database();
    if (!db)
        return;
    JobQuery q(db->db());
    using S = JobQuery::Sort;
    checkSorts(q, {S::Id, S::Kind, S::Queue, S::State, S::Attempts, S::RunAt, S::Updated, S::Finished}, 9);
    if (QTest::currentTestFailed())
        return;
    JobQuery::Filter f;
    f.states = {u"dead"_s};
    f.text = u"TIMEOUT"_s;
    q.setFilter(f);
    QString error;
    const auto rows = q.page(PageRequest{std::nullopt, std::nullopt, 100}, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 2);
}

void TestReadQueries::integrationSortsAndFilters()
{
    TestDatabase *db = database();
    if (!db)
        return;
    IntegrationQuery q(db->db());
    using S = IntegrationQuery::Sort;
    checkSorts(q, {S::Name, S::Provider, S::Active, S::LastWebhook, S::LastSync, S::Created}, 3);
    if (QTest::currentTestFailed())
        return;
    q.setSort(S::Name, Qt::AscendingOrder);
    IntegrationQuery::Filter f;
    f.activeOnly = true;
    q.setFilter(f);
    QString error;
    const auto rows = q.page(PageRequest{std::nullopt, std::nullopt, 100}, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).name, u"datto"_s);
    QCOMPARE(rows->at(0).lastWebhookMs, T0 + 4000);
    QCOMPARE(rows->at(1).name, u"Ninja"_s);
    QCOMPARE(rows->at(1).lastWebhookMs, T0 + 4000);
}

void TestReadQueries::deviceSortsAndFilters()
{
    TestDatabase *db = database();
    if (!db)
        return;
    DeviceMappingQuery q(db->db());
    using S = DeviceMappingQuery::Sort;
    checkSorts(
        q,
        {S::Device, S::Hostname, S::RmmDeviceId, S::Integration, S::Client, S::Asset, S::LastSeen, S::Stale},
        8);
    if (QTest::currentTestFailed())
        return;
    DeviceMappingQuery::Filter f;
    f.staleOnly = true;
    q.setFilter(f);
    QString error;
    const auto rows = q.page(PageRequest{std::nullopt, std::nullopt, 100}, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 3);
    for (const DeviceMappingRow &r : *rows)
        QVERIFY(r.stale);
}

QTEST_GUILESS_MAIN(TestReadQueries)
#include "tst_readqueries.moc"
