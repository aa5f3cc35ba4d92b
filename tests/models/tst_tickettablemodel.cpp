// The ticket list model over a real SQLite database: paging, sorts and filters in SQL, the SLA countdown
// from an injected clock, and live changes from a real ChangeNotifier.
#include "ChangeNotifier.h"
#include "Clock.h"
#include "ModelTestSupport.h"
#include "TicketTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'800'000'000'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
const QStringList Priorities{u"Low"_s, u"Normal"_s, u"High"_s, u"Urgent"_s};
const QStringList Statuses{u"Open"_s, u"In Progress"_s, u"Waiting"_s, u"Resolved"_s, u"Closed"_s};
} // namespace

class TestTicketTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesNewestFirst();
    void sortIsDoneBySql_data();
    void sortIsDoneBySql();
    void filterIsDoneBySql_data();
    void filterIsDoneBySql();
    void slaCountdownFollowsTheClock();
    void liveChanges();
    void rolesAndHeaders();

private:
    struct Seed
    {
        qint64 id = 0;
        TestDatabase::Ticket ticket;
        QString assignee;
    };
    std::unique_ptr<TicketTableModel> model(int pageSize);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<Seed> m_seeds;
    qint64 m_alice = 0;
    qint64 m_bob = 0;
    qint64 m_acme = 0;
};

void TestTicketTableModel::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
}

void TestTicketTableModel::init()
{
    QString error;
    m_db = TestDatabase::sqlite(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_changes = std::make_unique<ChangeNotifier>();
    m_clock = std::make_unique<ManualClock>(QDateTime::fromMSecsSinceEpoch(T0, Qt::UTC));
    m_alice = m_db->addTechnician(u"alice"_s);
    m_bob = m_db->addTechnician(u"Bob"_s);
    m_acme = m_db->addClient(u"Acme"_s);
    m_seeds.clear();
    for (int i = 0; i < 25; ++i) {
        Seed s;
        s.ticket.subject = u"Ticket %1"_s.arg(i % 7);
        s.ticket.priority = Priorities.at(i % 4);
        s.ticket.status = Statuses.at(i % 5);
        if (i % 3 == 0) {
            s.ticket.assigneeId = m_alice;
            s.assignee = u"alice"_s;
        } else if (i % 3 == 1) {
            s.ticket.assigneeId = m_bob;
            s.assignee = u"Bob"_s;
        }
        if (i % 2)
            s.ticket.clientId = m_acme;
        s.ticket.created = T0 - (i % 6) * Hour;
        s.ticket.resolutionDue = i % 4 ? s.ticket.created + (i % 5 + 1) * Hour : 0;
        s.id = m_db->addTicket(s.ticket);
        QVERIFY(s.id > 0);
        m_seeds.append(s);
    }
}

void TestTicketTableModel::cleanup()
{
    m_tester.reset();
    m_changes.reset();
    m_db.reset();
}

std::unique_ptr<TicketTableModel> TestTicketTableModel::model(int pageSize)
{
    auto m = std::make_unique<TicketTableModel>(m_db->db(), m_changes.get(), *m_clock);
    m->setPageSize(pageSize);
    m->reload();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m;
}

void TestTicketTableModel::pagesNewestFirst()
{
    auto m = model(4);
    QCOMPARE(m->rowCount(), 12); // reload plus the tester's two fetches
    QVERIFY(m->canFetchMore({}));
    modeltest::fetchAll(*m);
    QCOMPARE(m->rowCount(), 25);
    QList<Seed> sorted = m_seeds;
    std::sort(sorted.begin(), sorted.end(), [](const Seed &a, const Seed &b) {
        return a.ticket.created != b.ticket.created ? a.ticket.created > b.ticket.created : a.id > b.id;
    });
    QList<qint64> want;
    for (const Seed &s : sorted)
        want.append(s.id);
    QCOMPARE(modeltest::ids(*m), want);
    QCOMPARE(m->sortColumn(), int(TicketTableModel::CreatedColumn));
    QCOMPARE(m->sortOrder(), Qt::DescendingOrder);
}

void TestTicketTableModel::sortIsDoneBySql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column : {int(TicketTableModel::PriorityColumn), int(TicketTableModel::StatusColumn),
                       int(TicketTableModel::AssigneeColumn), int(TicketTableModel::SlaColumn),
                       int(TicketTableModel::NumberColumn), int(TicketTableModel::SubjectColumn)}) {
        for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
            QTest::addRow("column %d order %d", column, order) << column << order;
    }
}

void TestTicketTableModel::sortIsDoneBySql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    const auto key = [column](const Seed &s) -> QVariant {
        switch (column) {
        case TicketTableModel::PriorityColumn:
            return Priorities.indexOf(s.ticket.priority);
        case TicketTableModel::StatusColumn:
            return Statuses.indexOf(s.ticket.status);
        case TicketTableModel::AssigneeColumn:
            return s.assignee.toLower();
        case TicketTableModel::SlaColumn: // tickets without a target last
            return s.ticket.resolutionDue > 0 ? s.ticket.resolutionDue : std::numeric_limits<qint64>::max();
        case TicketTableModel::NumberColumn:
            return s.id; // numbers were given in insertion order
        default:
            return s.ticket.subject.toLower();
        }
    };
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

    auto m = model(3);
    m->sort(column, Qt::SortOrder(order));
    QCOMPARE(m->rowCount(), 3);
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), want);
}

void TestTicketTableModel::filterIsDoneBySql_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("open statuses") << 0;
    QTest::newRow("urgent or high") << 1;
    QTest::newRow("assignee") << 2;
    QTest::newRow("unassigned") << 3;
    QTest::newRow("client") << 4;
    QTest::newRow("text in subject") << 5;
    QTest::newRow("text in assignee name") << 6;
}

void TestTicketTableModel::filterIsDoneBySql()
{
    QFETCH(int, which);
    TicketQuery::Filter filter;
    std::function<bool(const Seed &)> keep;
    switch (which) {
    case 0:
        filter.statuses = {u"Open"_s, u"In Progress"_s, u"Waiting"_s};
        keep = [](const Seed &s) { return Statuses.indexOf(s.ticket.status) < 3; };
        break;
    case 1:
        filter.priorities = {u"Urgent"_s, u"High"_s};
        keep = [](const Seed &s) { return Priorities.indexOf(s.ticket.priority) >= 2; };
        break;
    case 2:
        filter.assigneeId = m_bob;
        keep = [this](const Seed &s) { return s.ticket.assigneeId == m_bob; };
        break;
    case 3:
        filter.unassignedOnly = true;
        keep = [](const Seed &s) { return !s.ticket.assigneeId; };
        break;
    case 4:
        filter.clientId = m_acme;
        keep = [this](const Seed &s) { return s.ticket.clientId == m_acme; };
        break;
    case 5:
        filter.text = u"TICKET 3"_s;
        keep = [](const Seed &s) { return s.ticket.subject == u"Ticket 3"; };
        break;
    default:
        filter.text = u"ALIC"_s;
        keep = [](const Seed &s) { return s.assignee == u"alice"; };
        break;
    }
    QSet<qint64> want;
    for (const Seed &s : std::as_const(m_seeds)) {
        if (keep(s))
            want.insert(s.id);
    }
    QVERIFY(!want.isEmpty());
    auto m = model(4);
    m->setFilter(filter);
    modeltest::fetchAll(*m);
    const QList<qint64> got = modeltest::ids(*m);
    QCOMPARE(got.size(), want.size());
    QCOMPARE(QSet<qint64>(got.cbegin(), got.cend()), want);
}

void TestTicketTableModel::slaCountdownFollowsTheClock()
{
    TestDatabase::Ticket t;
    t.created = T0 + Hour;
    t.resolutionDue = T0 + 3 * Hour + 5 * Minute;
    const qint64 id = m_db->addTicket(t);
    TestDatabase::Ticket done = t;
    done.created = T0 + Hour - 1;
    done.status = u"Resolved"_s;
    m_db->addTicket(done);
    auto m = model(10);
    QCOMPARE(m->index(0, 0).data(PagedTableModel::IdRole).toLongLong(), id);
    const QModelIndex sla = m->index(0, TicketTableModel::SlaColumn);
    QCOMPARE(sla.data().toString(), u"3 h 05 min left"_s);
    QCOMPARE(sla.data(TicketTableModel::SlaRemainingRole).toLongLong(), 3 * Hour + 5 * Minute);
    QVERIFY(!sla.data(Qt::ForegroundRole).isValid());
    // A finished ticket has no countdown.
    QCOMPARE(m->index(1, TicketTableModel::SlaColumn).data().toString(), QString());
    QVERIFY(!m->index(1, 0).data(TicketTableModel::SlaRemainingRole).isValid());

    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(2 * Hour + 45 * Minute); // 20 min left of 2 h 05: under a quarter
    m->updateCountdowns();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(TicketTableModel::SlaColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), m->rowCount() - 1);
    QCOMPARE(sla.data().toString(), u"20 min left"_s);
    QCOMPARE(sla.data(Qt::ForegroundRole).value<QColor>(), QColor(0xe6, 0x51, 0x00));

    m_clock->advance(26 * Hour);
    QCOMPARE(sla.data().toString(), u"1 d 1 h overdue"_s);
    QCOMPARE(sla.data(TicketTableModel::SlaRemainingRole).toLongLong(), -(25 * Hour + 40 * Minute));
    QCOMPARE(sla.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
}

void TestTicketTableModel::liveChanges()
{
    auto m = model(5);
    QVERIFY(m->canFetchMore({}));
    const int rows = m->rowCount();
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);

    // A new ticket is the newest: it goes on top.
    TestDatabase::Ticket t;
    t.subject = u"Server down"_s;
    t.created = T0 + Hour;
    const qint64 fresh = m_db->addTicket(t);
    m_changes->notify(ChangeNotifier::Topic::Tickets, fresh);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(m->rowOfId(fresh), 0);
    QCOMPARE(m->rowCount(), rows + 1);

    // Assigned: updated where it is.
    QVERIFY(m_db->exec(u"UPDATE tickets SET assignee_id = ?, status = 'In Progress' WHERE id = ?"_s,
                       {m_bob, fresh}));
    m_changes->notify(ChangeNotifier::Topic::Tickets, fresh);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m->index(0, TicketTableModel::AssigneeColumn).data().toString(), u"Bob"_s);
    QCOMPARE(m->index(0, TicketTableModel::StatusColumn).data().toString(), u"In Progress"_s);

    // Under a filter for open work, a closed ticket leaves.
    TicketQuery::Filter open;
    open.statuses = {u"Open"_s, u"In Progress"_s};
    m->setFilter(open);
    QCOMPARE(m->rowOfId(fresh), 0);
    reset.clear();
    QVERIFY(m_db->exec(u"UPDATE tickets SET status = 'Closed' WHERE id = ?"_s, {fresh}));
    m_changes->notify(ChangeNotifier::Topic::Tickets, fresh);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(m->rowOfId(fresh), -1);
    QCOMPARE(reset.count(), 0);
}

void TestTicketTableModel::rolesAndHeaders()
{
    TestDatabase::Ticket t;
    t.subject = u"Printer offline"_s;
    t.priority = u"Urgent"_s;
    t.created = T0 + Hour;
    t.clientId = m_acme;
    t.responseDue = T0 + 2 * Hour;
    const qint64 id = m_db->addTicket(t);
    auto m = model(10);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return m->index(0, column).data(role); };
    QCOMPARE(cell(0, PagedTableModel::IdRole).toLongLong(), id);
    QVERIFY(cell(TicketTableModel::NumberColumn).toString().startsWith(u'#'));
    QCOMPARE(cell(TicketTableModel::NumberColumn).toString().mid(1).toLongLong(),
             cell(0, TicketTableModel::NumberRole).toLongLong());
    QCOMPARE(cell(TicketTableModel::PriorityColumn).toString(), u"Urgent"_s);
    QCOMPARE(cell(0, TicketTableModel::PriorityRole).toString(), u"Urgent"_s);
    QCOMPARE(cell(TicketTableModel::AssigneeColumn).toString(), u"Unassigned"_s);
    QCOMPARE(cell(0, TicketTableModel::AssigneeIdRole).toLongLong(), 0);
    QCOMPARE(cell(TicketTableModel::ClientColumn).toString(), u"Acme"_s);
    QCOMPARE(cell(0, TicketTableModel::ClientIdRole).toLongLong(), m_acme);
    QCOMPARE(cell(TicketTableModel::ResponseDueColumn, PagedTableModel::RawValueRole).toLongLong(),
             T0 + 2 * Hour);
    QCOMPARE(cell(TicketTableModel::ResponseDueColumn).toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(T0 + 2 * Hour), QLocale::ShortFormat));
    QCOMPARE(cell(TicketTableModel::SlaColumn).toString(), QString()); // no resolution target
    QCOMPARE(cell(TicketTableModel::SubjectColumn, Qt::ToolTipRole).toString(), u"Printer offline"_s);
    QCOMPARE(m->columnCount(), int(TicketTableModel::ColumnCount));
    for (int c = 0; c < m->columnCount(); ++c)
        QVERIFY(!m->headerData(c, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(m->roleNames().value(TicketTableModel::SlaRemainingRole), QByteArray("slaRemaining"));
}

QTEST_GUILESS_MAIN(TestTicketTableModel)
#include "tst_tickettablemodel.moc"
