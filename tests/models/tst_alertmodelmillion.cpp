// A million alerts (generated in the test's temp dir) open instantly: the model reads a few pages, never the
// table; deeper pages, a sort by severity, a text filter and a live insert all come back while fewer than
// 5,000 rows in total were read from SQL. Timings are printed for the record.
#include "../support/AlertGenerator.h"
#include "AlertTableModel.h"
#include "ChangeNotifier.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Rows = 1'000'000;
constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 MaxRowsRead = 5000;
// Reading the first pages takes milliseconds; reading the whole table takes many seconds. The bound is wide
// for a busy CI machine and still catches a model that reads (or counts) everything.
constexpr qint64 OpenBudgetMs = 3000;
} // namespace

class TestAlertModelMillion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensAndBrowsesWithoutReadingTheTable();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestAlertModelMillion::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
    QString error;
    m_db = TestDatabase::sqlite(&error);
    QVERIFY2(m_db, qPrintable(error));
    const qint64 ninja = m_db->addIntegration(u"Ninja"_s);
    const qint64 datto = m_db->addIntegration(u"Datto"_s, u"datto"_s);
    const qint64 acme = m_db->addClient(u"Acme"_s);
    QVERIFY(ninja > 0 && datto > 0 && acme > 0);

    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = m_db->connection();
    const QString generated = AlertGenerator::fill(db, {Rows, T0, ninja, datto, acme});
    QVERIFY2(generated.isEmpty(), qPrintable(generated));
    QSqlQuery q(db);
    qInfo("generated %lld alerts in %lld ms", Rows, timer.elapsed());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM rmm_alerts"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), Rows);
}

void TestAlertModelMillion::cleanupTestCase()
{
    m_db.reset();
}

void TestAlertModelMillion::opensAndBrowsesWithoutReadingTheTable()
{
    ChangeNotifier changes;
    QElapsedTimer timer;
    timer.start();
    AlertTableModel model(m_db->db(), &changes);
    const qint64 openMs = timer.elapsed();
    qInfo("opened: %d rows shown, %lld read, in %lld ms", model.rowCount(), model.rowsFetched(), openMs);
    QVERIFY2(openMs < OpenBudgetMs, qPrintable(u"opening took %1 ms"_s.arg(openMs)));
    QCOMPARE(model.rowCount(), PagedTableModel::DefaultPageSize);
    QCOMPARE(model.index(0, AlertTableModel::LastSeenColumn).data(PagedTableModel::RawValueRole).toLongLong(),
             T0 + Rows * 1000);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    timer.restart();
    for (int i = 0; i < 3; ++i)
        model.fetchMore({});
    qInfo("3 more pages: %d rows shown, %lld read, in %lld ms", model.rowCount(), model.rowsFetched(),
          timer.elapsed());
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(model.rowCount() - 1, AlertTableModel::LastSeenColumn)
                 .data(PagedTableModel::RawValueRole)
                 .toLongLong(),
             T0 + (Rows - model.rowCount() + 1) * 1000);

    // The desktop's default view: unresolved alerts (two thirds of them here), newest first.
    timer.restart();
    AlertQuery::Filter unresolved;
    unresolved.statuses = {u"open"_s, u"acknowledged"_s};
    model.setFilter(unresolved);
    model.fetchMore({});
    model.fetchMore({});
    qInfo("unresolved, newest first, 3 pages: %d rows in %lld ms", model.rowCount(), timer.elapsed());
    QCOMPARE(model.rowCount(), 3 * PagedTableModel::DefaultPageSize);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(AlertTableModel::StatusRole).toString(), u"open"_s);
    model.setFilter({});

    timer.restart();
    model.sort(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
    qInfo("sorted by severity: %lld ms", timer.elapsed());
    timer.restart();
    model.fetchMore({});
    model.fetchMore({});
    qInfo("2 more pages by severity: %lld ms", timer.elapsed());
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(AlertTableModel::SeverityRole).toString(), u"urgent"_s);
    // Newest urgent first: ids fall within equal severity.
    QVERIFY(model.index(0, 0).data(PagedTableModel::IdRole).toLongLong() >
            model.index(1, 0).data(PagedTableModel::IdRole).toLongLong());

    timer.restart();
    AlertQuery::Filter filter;
    filter.text = u"NUMBER 77777"_s;
    model.setFilter(filter);
    qInfo("filtered by text: %d rows in %lld ms", model.rowCount(), timer.elapsed());
    QCOMPARE(model.rowCount(), 11); // 77777 and 777770..777779
    QVERIFY(!model.canFetchMore({}));

    // Live: a new alert that matches the filter arrives through the notifier and is merged in.
    const qint64 id = m_db->insert(
        u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, severity, status, message, first_seen, "
        "last_seen) SELECT 'live', integration_id, 'fp-live', 'urgent', 'open', 'number 77777 again', ?, ? "
        "FROM rmm_alerts WHERE id = 1"_s,
        {T0 + (Rows + 1) * 1000, T0 + (Rows + 1) * 1000});
    QVERIFY(id > 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    timer.restart();
    changes.notify(ChangeNotifier::Topic::Alerts, id);
    QTRY_COMPARE(inserted.count(), 1);
    qInfo("live insert merged %lld ms after notify (batching included)", timer.elapsed());
    QCOMPARE(model.rowOfId(id), 0);

    qInfo("rows read from SQL in total: %lld of %lld", model.rowsFetched(), Rows);
    QVERIFY2(model.rowsFetched() < MaxRowsRead, qPrintable(QString::number(model.rowsFetched())));
}

QTEST_GUILESS_MAIN(TestAlertModelMillion)
#include "tst_alertmodelmillion.moc"
