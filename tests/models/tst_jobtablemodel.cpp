// The job list model over a real SQLite database: newest first, filters by state and queue in SQL, and
// re-reads its rows when ChangeNotifier::jobsChanged says the queue moved (that signal carries no ids).
#include "ChangeNotifier.h"
#include "JobTableModel.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'800'000'000'000;
const QStringList States{u"queued"_s, u"running"_s, u"done"_s, u"failed"_s, u"dead"_s};
const QStringList Queues{u"urgent-alerts"_s, u"rmm-alerts"_s, u"notifications"_s};
} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesNewestFirst();
    void filterByStateAndQueue();
    void sortByStateThenId();
    void queueMovesAreMergedWithoutReset();
    void manyNewJobsKeepTheShownWindowConsistent();
    void rolesAndHeaders();

private:
    std::unique_ptr<JobTableModel> model(int pageSize);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<qint64> m_ids;
};

void TestJobTableModel::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
}

void TestJobTableModel::init()
{
    QString error;
    m_db = TestDatabase::sqlite(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_changes = std::make_unique<ChangeNotifier>();
    m_ids.clear();
    for (int i = 0; i < 30; ++i) {
        TestDatabase::Job j;
        j.state = States.at(i % 5);
        j.queue = Queues.at(i % 3);
        j.attempts = i % 4;
        j.runAt = T0 + i * 1000;
        if (j.state == u"dead")
            j.lastError = u"HTTP 500 from the RMM\nretry budget used"_s;
        m_ids.append(m_db->addJob(j));
        QVERIFY(m_ids.constLast() > 0);
    }
}

void TestJobTableModel::cleanup()
{
    m_tester.reset();
    m_changes.reset();
    m_db.reset();
}

std::unique_ptr<JobTableModel> TestJobTableModel::model(int pageSize)
{
    auto m = std::make_unique<JobTableModel>(m_db->db(), m_changes.get());
    m->setPageSize(pageSize);
    m->reload();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m;
}

void TestJobTableModel::pagesNewestFirst()
{
    auto m = model(4);
    QCOMPARE(m->rowCount(), 12);
    QVERIFY(m->canFetchMore({}));
    modeltest::fetchAll(*m);
    QList<qint64> want(m_ids.crbegin(), m_ids.crend());
    QCOMPARE(modeltest::ids(*m), want);
}

void TestJobTableModel::filterByStateAndQueue()
{
    auto m = model(4);
    JobQuery::Filter f;
    f.states = {u"dead"_s, u"failed"_s};
    f.queues = {u"rmm-alerts"_s};
    m->setFilter(f);
    modeltest::fetchAll(*m);
    QList<qint64> want;
    for (int i = 29; i >= 0; --i) {
        if ((i % 5 == 3 || i % 5 == 4) && i % 3 == 1)
            want.append(m_ids.at(i));
    }
    QVERIFY(!want.isEmpty());
    QCOMPARE(modeltest::ids(*m), want);

    JobQuery::Filter text;
    text.text = u"http 500"_s;
    m->setFilter(text);
    modeltest::fetchAll(*m);
    QCOMPARE(m->rowCount(), 6);
    for (int row = 0; row < m->rowCount(); ++row)
        QCOMPARE(m->index(row, 0).data(JobTableModel::StateRole).toString(), u"dead"_s);
}

void TestJobTableModel::sortByStateThenId()
{
    auto m = model(4);
    m->sort(JobTableModel::StateColumn, Qt::AscendingOrder);
    modeltest::fetchAll(*m);
    // queued < running < failed < dead < done, ties by id
    const QStringList rank{u"queued"_s, u"running"_s, u"failed"_s, u"dead"_s, u"done"_s};
    QList<qint64> want;
    for (const QString &state : rank) {
        for (int i = 0; i < 30; ++i) {
            if (States.at(i % 5) == state)
                want.append(m_ids.at(i));
        }
    }
    QCOMPARE(modeltest::ids(*m), want);
}

void TestJobTableModel::queueMovesAreMergedWithoutReset()
{
    auto m = model(5);
    JobQuery::Filter queued;
    queued.states = {u"queued"_s};
    m->setFilter(queued);
    modeltest::fetchAll(*m);
    QCOMPARE(m->rowCount(), 6);
    const qint64 claimed = m->index(2, 0).data(PagedTableModel::IdRole).toLongLong();
    const qint64 retried = m->index(4, 0).data(PagedTableModel::IdRole).toLongLong();
    QVERIFY(m_db->exec(u"UPDATE jobs SET state = 'running' WHERE id = ?"_s, {claimed}));
    QVERIFY(m_db->exec(u"UPDATE jobs SET attempts = 2 WHERE id = ?"_s, {retried}));
    TestDatabase::Job j;
    j.runAt = T0 + 100'000;
    const qint64 added = m_db->addJob(j);

    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
    m_changes->notify(ChangeNotifier::Topic::Jobs);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m->rowOfId(claimed), -1);
    QCOMPARE(m->rowOfId(added), 0);
    QCOMPARE(m->index(m->rowOfId(retried), JobTableModel::AttemptsColumn).data().toString(), u"2 of 3"_s);
    QCOMPARE(m->rowCount(), 6);
}

void TestJobTableModel::manyNewJobsKeepTheShownWindowConsistent()
{
    auto m = model(5);
    QCOMPARE(m->rowCount(), 15);
    QList<qint64> added;
    for (int i = 0; i < 40; ++i)
        added.prepend(m_db->addJob({}));
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    m_changes->notify(ChangeNotifier::Topic::Jobs);
    // More new rows than were shown: the view keeps the newest (shown + one page) and reads on from there.
    QTRY_COMPARE(m->index(0, 0).data(PagedTableModel::IdRole).toLongLong(), added.constFirst());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(modeltest::ids(*m), added.mid(0, 20));
    QVERIFY(m->canFetchMore({}));
    modeltest::fetchAll(*m);
    QList<qint64> want = added;
    for (auto it = m_ids.crbegin(); it != m_ids.crend(); ++it)
        want.append(*it);
    QCOMPARE(modeltest::ids(*m), want);
}

void TestJobTableModel::rolesAndHeaders()
{
    auto m = model(50);
    const int deadRow = m->rowOfId(m_ids.at(4));
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m->index(deadRow, column).data(role);
    };
    QCOMPARE(cell(JobTableModel::StateColumn).toString(), u"Gave up"_s);
    QCOMPARE(cell(JobTableModel::StateColumn, PagedTableModel::RawValueRole).toString(), u"dead"_s);
    QVERIFY(cell(JobTableModel::StateColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(JobTableModel::LastErrorColumn).toString(), u"HTTP 500 from the RMM"_s);
    QCOMPARE(cell(JobTableModel::LastErrorColumn, Qt::ToolTipRole).toString(),
             u"HTTP 500 from the RMM\nretry budget used"_s);
    QCOMPARE(cell(0, JobTableModel::QueueRole).toString(), Queues.at(4 % 3));
    QCOMPARE(cell(0, JobTableModel::KindRole).toString(), u"ProcessRmmAlert"_s);
    QCOMPARE(cell(JobTableModel::RunAtColumn, PagedTableModel::RawValueRole).toLongLong(), T0 + 4000);
    QCOMPARE(cell(JobTableModel::IdColumn).toLongLong(), m_ids.at(4));
    QCOMPARE(m->columnCount(), int(JobTableModel::ColumnCount));
    for (int c = 0; c < m->columnCount(); ++c)
        QVERIFY(!m->headerData(c, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
