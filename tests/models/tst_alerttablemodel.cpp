// The alert list model over a real SQLite database: pages on demand, sorts and filters in SQL, and merges
// live changes from a real ChangeNotifier without resetting.
#include "AlertTableModel.h"
#include "ChangeNotifier.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'800'000'000'000;
const QStringList Severities{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
const QStringList Statuses{u"open"_s, u"acknowledged"_s, u"resolved"_s};

AlertQuery::Filter textFilter(const QString &text)
{
    AlertQuery::Filter f;
    f.text = text;
    return f;
}
} // namespace

class TestAlertTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readsOnePageThenFetchesMore();
    void sortIsDoneBySql_data();
    void sortIsDoneBySql();
    void filterIsDoneBySql_data();
    void filterIsDoneBySql();
    void wildcardsInSearchTextAreLiteral();
    void newAlertsAreInsertedAtTheTopInOneBatch();
    void changedAlertIsUpdatedInPlace();
    void alertLeavingTheFilterIsRemoved();
    void newAlertBelowTheLoadedPagesWaitsForFetchMore();
    void emptyIdListRefreshesShownRows();
    void trimmedTailIsReadAgain();
    void rolesAndHeaders();
    void failedReadIsReported();

private:
    struct Seed
    {
        qint64 id = 0;
        TestDatabase::Alert alert;
        QString client; // the name shown
    };
    std::unique_ptr<AlertTableModel> model(int pageSize = 7);
    QList<qint64> expected(const std::function<bool(const Seed &)> &keep) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<Seed> m_seeds;
    qint64 m_ninja = 0;
    qint64 m_datto = 0;
    qint64 m_acme = 0;
    qint64 m_globex = 0;
};

void TestAlertTableModel::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
}

void TestAlertTableModel::init()
{
    QString error;
    m_db = TestDatabase::sqlite(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_changes = std::make_unique<ChangeNotifier>();
    m_ninja = m_db->addIntegration(u"Ninja main"_s);
    m_datto = m_db->addIntegration(u"datto backup"_s, u"datto"_s);
    m_acme = m_db->addClient(u"Acme"_s);
    m_globex = m_db->addClient(u"Globex"_s);
    m_seeds.clear();
    // 30 alerts with ties in every sortable value, so pages split runs of equal keys.
    for (int i = 0; i < 30; ++i) {
        Seed s;
        s.alert.integrationId = i % 3 == 0 ? m_datto : m_ninja;
        s.alert.severity = Severities.at(i % 4);
        s.alert.status = Statuses.at(i % 3);
        s.alert.device = (i % 2 ? u"PC-%1"_s : u"pc-%1"_s).arg((i * 7) % 11, 2, 10, QLatin1Char('0'));
        s.alert.type = i % 5 ? u"disk"_s : u"offline"_s;
        s.alert.message = u"Message %1"_s.arg(i);
        if (i % 3 == 1)
            s.alert.clientId = m_acme;
        else if (i % 3 == 2)
            s.alert.clientId = m_globex;
        else
            s.alert.clientName = u"Raw Co"_s;
        s.client = i % 3 == 1 ? u"Acme"_s : i % 3 == 2 ? u"Globex"_s : u"Raw Co"_s;
        s.alert.lastSeen = T0 + (i % 10) * 1000;
        s.alert.occurrences = 1 + i % 5;
        s.id = m_db->addAlert(s.alert);
        QVERIFY(s.id > 0);
        m_seeds.append(s);
    }
}

void TestAlertTableModel::cleanup()
{
    m_tester.reset();
    m_changes.reset();
    m_db.reset();
}

std::unique_ptr<AlertTableModel> TestAlertTableModel::model(int pageSize)
{
    auto m = std::make_unique<AlertTableModel>(m_db->db(), m_changes.get());
    m->setPageSize(pageSize);
    m->reload();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m;
}

// Ids of the seeds that pass, newest first (the default sort).
QList<qint64> TestAlertTableModel::expected(const std::function<bool(const Seed &)> &keep) const
{
    QList<Seed> kept;
    for (const Seed &s : m_seeds) {
        if (keep(s))
            kept.append(s);
    }
    std::sort(kept.begin(), kept.end(), [](const Seed &a, const Seed &b) {
        return a.alert.lastSeen != b.alert.lastSeen ? a.alert.lastSeen > b.alert.lastSeen : a.id > b.id;
    });
    QList<qint64> ids;
    for (const Seed &s : kept)
        ids.append(s.id);
    return ids;
}

void TestAlertTableModel::trimmedTailIsReadAgain()
{
    auto m = model(7);
    modeltest::fetchAll(*m);
    QCOMPARE(m->rowCount(), 30);
    QVERIFY(!m->canFetchMore({}));
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    m->trimTo(10);
    QCOMPARE(m->rowCount(), 10);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 10);
    QCOMPARE(removed.first().at(2).toInt(), 29);
    QVERIFY(m->canFetchMore({}));
    m->trimTo(20); // keeping more than there are changes nothing
    QCOMPARE(m->rowCount(), 10);
    // Scrolling down reads exactly the dropped rows again, in order, ties in last_seen included.
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), expected([](const Seed &) { return true; }));
}

void TestAlertTableModel::readsOnePageThenFetchesMore()
{
    auto m = std::make_unique<AlertTableModel>(m_db->db(), m_changes.get());
    QCOMPARE(m->rowCount(), 30); // the constructor read the first page (200 rows by default)
    m->setPageSize(5);
    m->reload();
    QCOMPARE(m->rowCount(), 5);
    QVERIFY(m->canFetchMore({}));
    QCOMPARE(m->rowsFetched(), 30 + 5);
    // The tester fetches twice while it checks the model (as a view would when shown).
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m->rowCount(), 15);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    m->fetchMore({});
    QCOMPARE(m->rowCount(), 20);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 15);
    QCOMPARE(inserted.first().at(2).toInt(), 19);
    modeltest::fetchAll(*m);
    QCOMPARE(m->rowCount(), 30);
    QVERIFY(!m->canFetchMore({}));
    m->fetchMore({}); // nothing left: a no-op
    QCOMPARE(m->rowCount(), 30);
    QCOMPARE(modeltest::ids(*m), expected([](const Seed &) { return true; }));
    // Every row was read once after the reload, plus one empty read that found the end.
    QCOMPARE(m->rowsFetched(), 30 + 30);
}

void TestAlertTableModel::sortIsDoneBySql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    const auto add = [](const char *name, int column) {
        QTest::addRow("%s ascending", name) << column << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", name) << column << int(Qt::DescendingOrder);
    };
    add("severity", AlertTableModel::SeverityColumn);
    add("status", AlertTableModel::StatusColumn);
    add("last seen", AlertTableModel::LastSeenColumn);
    add("device", AlertTableModel::DeviceColumn);
    add("client", AlertTableModel::ClientColumn);
    add("type", AlertTableModel::AlertTypeColumn);
    add("integration", AlertTableModel::IntegrationColumn);
    add("occurrences", AlertTableModel::OccurrencesColumn);
}

void TestAlertTableModel::sortIsDoneBySql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    // What each column sorts by, written out here independently of the query.
    const std::function<QVariant(const Seed &)> key = [&]() -> std::function<QVariant(const Seed &)> {
        switch (column) {
        case AlertTableModel::SeverityColumn:
            return [](const Seed &s) { return QVariant(Severities.indexOf(s.alert.severity)); };
        case AlertTableModel::StatusColumn:
            return [](const Seed &s) { return QVariant(Statuses.indexOf(s.alert.status)); };
        case AlertTableModel::LastSeenColumn:
            return [](const Seed &s) { return QVariant(s.alert.lastSeen); };
        case AlertTableModel::DeviceColumn:
            return [](const Seed &s) { return QVariant(s.alert.device.toLower()); };
        case AlertTableModel::ClientColumn:
            return [](const Seed &s) { return QVariant(s.client.toLower()); };
        case AlertTableModel::AlertTypeColumn:
            return [](const Seed &s) { return QVariant(s.alert.type); };
        case AlertTableModel::IntegrationColumn:
            return [this](const Seed &s) {
                return QVariant(s.alert.integrationId == m_ninja ? u"ninja main"_s : u"datto backup"_s);
            };
        default:
            return [](const Seed &s) { return QVariant(s.alert.occurrences); };
        }
    }();
    QList<Seed> sorted = m_seeds;
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(sorted.begin(), sorted.end(), [&](const Seed &a, const Seed &b) {
        const auto c = QVariant::compare(key(a), key(b));
        if (c != QPartialOrdering::Equivalent)
            return ascending ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
        return ascending ? a.id < b.id : a.id > b.id;
    });
    QList<qint64> want;
    for (const Seed &s : sorted)
        want.append(s.id);

    auto m = model(7);
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    m->sort(column, Qt::SortOrder(order));
    QCOMPARE(reset.count(),
             column == AlertTableModel::LastSeenColumn && order == Qt::DescendingOrder ? 0 : 1);
    QCOMPARE(m->sortColumn(), column);
    QCOMPARE(int(m->sortOrder()), order);
    QVERIFY(m->rowCount() < 30); // still paged
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), want);
}

void TestAlertTableModel::filterIsDoneBySql_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("severity urgent or high") << 0;
    QTest::newRow("status open or acknowledged") << 1;
    QTest::newRow("integration") << 2;
    QTest::newRow("client") << 3;
    QTest::newRow("text in device, any case") << 4;
    QTest::newRow("text in client name") << 5;
    QTest::newRow("text in type") << 6;
    QTest::newRow("severity and text together") << 7;
}

void TestAlertTableModel::filterIsDoneBySql()
{
    QFETCH(int, which);
    AlertQuery::Filter filter;
    std::function<bool(const Seed &)> keep;
    switch (which) {
    case 0:
        filter.severities = {u"urgent"_s, u"high"_s};
        keep = [](const Seed &s) { return s.alert.severity == u"urgent" || s.alert.severity == u"high"; };
        break;
    case 1:
        filter.statuses = {u"open"_s, u"acknowledged"_s};
        keep = [](const Seed &s) { return s.alert.status != u"resolved"; };
        break;
    case 2:
        filter.integrationId = m_datto;
        keep = [this](const Seed &s) { return s.alert.integrationId == m_datto; };
        break;
    case 3:
        filter.clientId = m_globex;
        keep = [this](const Seed &s) { return s.alert.clientId == m_globex; };
        break;
    case 4:
        filter.text = u"Pc-03"_s;
        keep = [](const Seed &s) { return s.alert.device.toLower() == u"pc-03"; };
        break;
    case 5:
        filter.text = u"GLOB"_s;
        keep = [](const Seed &s) { return s.client == u"Globex"; };
        break;
    case 6:
        filter.text = u"offline"_s;
        keep = [](const Seed &s) { return s.alert.type == u"offline"; };
        break;
    default:
        filter.severities = {u"low"_s};
        filter.text = u"disk"_s;
        keep = [](const Seed &s) { return s.alert.severity == u"low" && s.alert.type == u"disk"; };
        break;
    }
    const QList<qint64> want = expected(keep);
    QVERIFY(!want.isEmpty());
    QVERIFY(want.size() < m_seeds.size());

    auto m = model(4);
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    m->setFilter(filter);
    QCOMPARE(reset.count(), 1);
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), want);
    // Only matching rows were read: the filter ran in SQL.
    const qint64 before = m->rowsFetched();
    m->setFilter(filter);
    modeltest::fetchAll(*m);
    QCOMPARE(m->rowsFetched() - before, want.size());
}

void TestAlertTableModel::wildcardsInSearchTextAreLiteral()
{
    TestDatabase::Alert a;
    a.integrationId = m_ninja;
    a.message = u"CPU at 100% on host_1"_s;
    const qint64 id = m_db->addAlert(a);
    auto m = model();
    for (const QString &text : {u"100%"_s, u"host_1"_s}) {
        m->setFilter(textFilter(text));
        modeltest::fetchAll(*m);
        QCOMPARE(modeltest::ids(*m), QList<qint64>{id});
    }
    m->setFilter(textFilter(u"host_"_s + u'%'));
    QCOMPARE(m->rowCount(), 0);
    m->setFilter(textFilter(u"1_0"_s)); // '_' is not "any character"
    QCOMPARE(m->rowCount(), 0);
}

void TestAlertTableModel::newAlertsAreInsertedAtTheTopInOneBatch()
{
    auto m = model(5);
    const int shown = m->rowCount();
    QVERIFY(m->canFetchMore({}));
    const QPersistentModelIndex third = m->index(2, 0);
    const qint64 thirdId = third.data(PagedTableModel::IdRole).toLongLong();

    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    QList<qint64> added;
    for (int i = 0; i < 3; ++i) {
        TestDatabase::Alert a;
        a.integrationId = m_ninja;
        a.lastSeen = T0 + 60'000 + i;
        added.prepend(m_db->addAlert(a));
        m_changes->notify(ChangeNotifier::Topic::Alerts, added.constFirst());
    }
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m->rowCount(), shown + 3);
    QCOMPARE(modeltest::ids(*m).mid(0, 3), added);
    // Persistent indexes (selection, current row) follow their rows.
    QCOMPARE(third.row(), 5);
    QCOMPARE(third.data(PagedTableModel::IdRole).toLongLong(), thirdId);
}

void TestAlertTableModel::changedAlertIsUpdatedInPlace()
{
    auto m = model();
    const qint64 id = m->index(3, 0).data(PagedTableModel::IdRole).toLongLong();
    const int rows = m->rowCount();
    QVERIFY(
        m_db->exec(u"UPDATE rmm_alerts SET message = 'Disk full now', occurrences = 9 WHERE id = ?"_s, {id}));
    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    m_changes->notify(ChangeNotifier::Topic::Alerts, id);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
    QCOMPARE(m->index(3, AlertTableModel::MessageColumn).data().toString(), u"Disk full now"_s);
    QCOMPARE(m->index(3, AlertTableModel::OccurrencesColumn).data().toInt(), 9);
    QCOMPARE(m->rowCount(), rows);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);

    // The same values again: nothing to tell the views.
    m_changes->notify(ChangeNotifier::Topic::Alerts, id);
    QTest::qWait(3 * ChangeNotifier::BatchMs);
    QCOMPARE(changed.count(), 1);
}

void TestAlertTableModel::alertLeavingTheFilterIsRemoved()
{
    auto m = model();
    AlertQuery::Filter open;
    open.statuses = {u"open"_s};
    m->setFilter(open);
    const QPersistentModelIndex first = m->index(0, 0);
    const qint64 id = m->index(1, 0).data(PagedTableModel::IdRole).toLongLong();
    const int rows = m->rowCount();
    QVERIFY(m_db->exec(u"UPDATE rmm_alerts SET status = 'resolved' WHERE id = ?"_s, {id}));
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    m_changes->notify(ChangeNotifier::Topic::Alerts, id);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(m->rowCount(), rows - 1);
    QCOMPARE(m->rowOfId(id), -1);
    QCOMPARE(first.row(), 0);

    // Deleted rows go the same way.
    const qint64 top = m->index(0, 0).data(PagedTableModel::IdRole).toLongLong();
    QVERIFY(m_db->exec(u"DELETE FROM rmm_alerts WHERE id = ?"_s, {top}));
    m_changes->notify(ChangeNotifier::Topic::Alerts, top);
    QTRY_COMPARE(removed.count(), 2);
    QVERIFY(!first.isValid());
}

void TestAlertTableModel::newAlertBelowTheLoadedPagesWaitsForFetchMore()
{
    auto m = model(7);
    QVERIFY(m->canFetchMore({}));
    const int rows = m->rowCount();
    TestDatabase::Alert old;
    old.integrationId = m_ninja;
    old.lastSeen = T0 - 60'000; // older than anything shown: belongs on a later page
    const qint64 id = m_db->addAlert(old);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    m_changes->notify(ChangeNotifier::Topic::Alerts, id);
    QTest::qWait(3 * ChangeNotifier::BatchMs);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m->rowCount(), rows);

    modeltest::fetchAll(*m);
    inserted.clear();
    const QList<qint64> ids = modeltest::ids(*m);
    QCOMPARE(ids.count(id), 1);
    QCOMPARE(ids.constLast(), id);

    // With everything read, a new row has nowhere to wait: it is inserted where it sorts.
    TestDatabase::Alert older = old;
    older.lastSeen = T0 - 120'000;
    const qint64 oldest = m_db->addAlert(older);
    m_changes->notify(ChangeNotifier::Topic::Alerts, oldest);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(modeltest::ids(*m).constLast(), oldest);
}

void TestAlertTableModel::emptyIdListRefreshesShownRows()
{
    auto m = model(10);
    const QList<qint64> before = modeltest::ids(*m);
    const qint64 changedId = before.at(4);
    const qint64 deletedId = before.at(6);
    QVERIFY(m_db->exec(u"UPDATE rmm_alerts SET severity = 'urgent' WHERE id = ?"_s, {changedId}));
    QVERIFY(m_db->exec(u"DELETE FROM rmm_alerts WHERE id = ?"_s, {deletedId}));
    TestDatabase::Alert fresh;
    fresh.integrationId = m_ninja;
    fresh.lastSeen = T0 + 3'600'000;
    const qint64 freshId = m_db->addAlert(fresh);

    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    m_changes->notify(ChangeNotifier::Topic::Alerts);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QList<qint64> want = before;
    want.removeOne(deletedId);
    want.prepend(freshId);
    QCOMPARE(modeltest::ids(*m), want);
    QCOMPARE(m->index(m->rowOfId(changedId), AlertTableModel::SeverityColumn).data().toString(), u"Urgent"_s);
}

void TestAlertTableModel::rolesAndHeaders()
{
    const qint64 ticket = m_db->insert(
        u"INSERT INTO tickets (number, subject, priority, status, source, created_at, updated_at) "
        "VALUES (4711, 's', 'High', 'Open', 'test', 0, 0)"_s);
    TestDatabase::Alert a;
    a.integrationId = m_ninja;
    a.severity = u"urgent"_s;
    a.clientId = m_acme;
    a.lastSeen = T0 + 3'600'000;
    a.firstSeen = T0;
    a.ticketId = ticket;
    a.suppressed = true;
    a.message = u"Line one\nline two"_s;
    const qint64 id = m_db->addAlert(a);
    auto m = model();
    QCOMPARE(m->index(0, 0).data(PagedTableModel::IdRole).toLongLong(), id);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return m->index(0, column).data(role); };
    QCOMPARE(cell(AlertTableModel::SeverityColumn).toString(), u"Urgent"_s);
    QCOMPARE(cell(AlertTableModel::SeverityColumn, PagedTableModel::RawValueRole).toString(), u"urgent"_s);
    QVERIFY(cell(AlertTableModel::SeverityColumn, Qt::ForegroundRole).canConvert<QColor>());
    QCOMPARE(cell(AlertTableModel::StatusColumn).toString(), u"Open (suppressed)"_s);
    QCOMPARE(cell(0, AlertTableModel::StatusRole).toString(), u"open"_s);
    QCOMPARE(cell(0, AlertTableModel::SuppressedRole).toBool(), true);
    QSqlQuery uuid(m_db->connection());
    QVERIFY(uuid.exec(u"SELECT uuid FROM rmm_alerts WHERE id = %1"_s.arg(id)) && uuid.next());
    QCOMPARE(cell(0, AlertTableModel::UuidRole).toString(), uuid.value(0).toString());
    QCOMPARE(cell(0, AlertTableModel::SeverityRole).toString(), u"urgent"_s);
    QCOMPARE(cell(0, AlertTableModel::TicketIdRole).toLongLong(), ticket);
    QCOMPARE(cell(0, AlertTableModel::ClientIdRole).toLongLong(), m_acme);
    QCOMPARE(cell(0, AlertTableModel::IntegrationIdRole).toLongLong(), m_ninja);
    QCOMPARE(cell(AlertTableModel::TicketColumn).toString(), u"#4711"_s);
    QCOMPARE(cell(AlertTableModel::ClientColumn).toString(), u"Acme"_s);
    QCOMPARE(cell(AlertTableModel::IntegrationColumn).toString(), u"Ninja main"_s);
    QCOMPARE(cell(AlertTableModel::MessageColumn).toString(), u"Line one"_s);
    QCOMPARE(cell(AlertTableModel::MessageColumn, Qt::ToolTipRole).toString(), u"Line one\nline two"_s);
    QCOMPARE(cell(AlertTableModel::LastSeenColumn, PagedTableModel::RawValueRole).toLongLong(),
             T0 + 3'600'000);
    QCOMPARE(cell(AlertTableModel::LastSeenColumn).toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(T0 + 3'600'000), QLocale::ShortFormat));
    QCOMPARE(cell(AlertTableModel::FirstSeenColumn).toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(T0), QLocale::ShortFormat));

    QCOMPARE(m->columnCount(), int(AlertTableModel::ColumnCount));
    for (int c = 0; c < m->columnCount(); ++c)
        QVERIFY(!m->headerData(c, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(m->headerData(AlertTableModel::SeverityColumn, Qt::Horizontal).toString(), u"Severity"_s);
    QCOMPARE(m->roleNames().value(AlertTableModel::UuidRole), QByteArray("uuid"));
}

void TestAlertTableModel::failedReadIsReported()
{
    auto m = model();
    QVERIFY(m_db->exec(u"ALTER TABLE rmm_alerts RENAME TO rmm_alerts_gone"_s));
    QSignalSpy failed(m.get(), &PagedTableModel::loadFailed);
    const int rows = m->rowCount();
    m->fetchMore({});
    QCOMPARE(failed.count(), 1);
    QVERIFY(!m->lastError().isEmpty());
    QCOMPARE(m->rowCount(), rows);
    QVERIFY(!m->canFetchMore({})); // no retry loop from the view
    QVERIFY(m_db->exec(u"ALTER TABLE rmm_alerts_gone RENAME TO rmm_alerts"_s));
    m->reload();
    QVERIFY(m->rowCount() > 0);
    QVERIFY(m->canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestAlertTableModel)
#include "tst_alerttablemodel.moc"
