// Scheduler: recurring and one-off tasks on a ManualClock (due times, skipped missed runs, cancel, order,
// nextDueMs), then the production QTimer path with real short intervals.
#include "jobs/Scheduler.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;
using nestogy::ManualClock;
using nestogy::Scheduler;

namespace {
const QDateTime Start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
}

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void recurringRunsOnTime_data();
    void recurringRunsOnTime();
    void missedRunsAreNotBurst();
    void onceRunsOnce_data();
    void onceRunsOnce();
    void dueTasksRunOldestFirst();
    void cancel();
    void cancelFromInsideTasks();
    void tasksAddedDuringTickWaitForTheNext();
    void nextDueMs();
    void rejectsUnusableTasks();
    void throwingTaskDoesNotStopTheOthers();
    void timerRunsRecurringTasks();
    void timerRunsOnceTasks();
    void timerWakesForTaskAddedLater();
};

void TestScheduler::recurringRunsOnTime_data()
{
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<QList<qint64>>("advances");
    QTest::addColumn<QList<int>>("runsAfterEach");

    QTest::newRow("exact steps") << qint64(1'000) << QList<qint64>{1'000, 1'000, 1'000}
                                 << QList<int>{1, 2, 3};
    QTest::newRow("just before and at")
        << qint64(1'000) << QList<qint64>{999, 1, 999, 1} << QList<int>{0, 1, 1, 2};
    QTest::newRow("small steps") << qint64(300) << QList<qint64>{100, 100, 100, 100, 100, 100, 100}
                                 << QList<int>{0, 0, 1, 1, 1, 2, 2};
    // Late ticks do not shift the grid: due at 1000, 2000, 3000 however late the tick was.
    QTest::newRow("late ticks keep phase")
        << qint64(1'000) << QList<qint64>{1'500, 600, 900} << QList<int>{1, 2, 3};
    QTest::newRow("five minutes") << qint64(5 * 60'000)
                                  << QList<qint64>{60'000, 4 * 60'000, 60'000, 4 * 60'000}
                                  << QList<int>{0, 1, 1, 2};
}

void TestScheduler::recurringRunsOnTime()
{
    QFETCH(qint64, intervalMs);
    QFETCH(QList<qint64>, advances);
    QFETCH(QList<int>, runsAfterEach);
    QCOMPARE(advances.size(), runsAfterEach.size());

    ManualClock clock(Start);
    Scheduler scheduler(clock);
    int runs = 0;
    const int id = scheduler.addRecurring(u"check"_s, intervalMs, [&runs] { ++runs; });
    QVERIFY(id > 0);
    QCOMPARE(scheduler.nextDueMs(), Start.toMSecsSinceEpoch() + intervalMs);

    for (qsizetype i = 0; i < advances.size(); ++i) {
        clock.advance(advances.at(i));
        scheduler.tick();
        QVERIFY2(runs == runsAfterEach.at(i),
                 qPrintable(u"step %1: %2 runs, expected %3"_s.arg(i).arg(runs).arg(runsAfterEach.at(i))));
    }
    QVERIFY(scheduler.isScheduled(id));
}

void TestScheduler::missedRunsAreNotBurst()
{
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    const qint64 t0 = Start.toMSecsSinceEpoch();
    int runs = 0;
    scheduler.addRecurring(u"sync"_s, 1'000, [&runs] { ++runs; });

    clock.advance(3'500); // the runs due at 1000, 2000 and 3000 were all missed
    scheduler.tick();
    QCOMPARE(runs, 1);
    QCOMPARE(scheduler.nextDueMs(), t0 + 4'000);
    scheduler.tick(); // same instant: nothing more is due
    QCOMPARE(runs, 1);

    clock.advance(499);
    scheduler.tick();
    QCOMPARE(runs, 1);
    clock.advance(1);
    scheduler.tick();
    QCOMPARE(runs, 2);
    QCOMPARE(scheduler.nextDueMs(), t0 + 5'000);

    // A whole day asleep (a suspended laptop) is still one run.
    clock.advance(24 * 3600 * 1000);
    scheduler.tick();
    QCOMPARE(runs, 3);
    QCOMPARE(scheduler.nextDueMs(), t0 + 4'000 + 24 * 3600 * 1000 + 1'000);
}

void TestScheduler::onceRunsOnce_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::newRow("later") << qint64(500);
    QTest::newRow("now") << qint64(0);
    QTest::newRow("in the past") << qint64(-10'000);
}

void TestScheduler::onceRunsOnce()
{
    QFETCH(qint64, offsetMs);
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    int runs = 0;
    const qint64 at = Start.toMSecsSinceEpoch() + offsetMs;
    const int id = scheduler.addOnce(u"reminder"_s, at, [&runs] { ++runs; });
    QCOMPARE(scheduler.nextDueMs(), at);

    if (offsetMs > 0) {
        clock.advance(offsetMs - 1);
        scheduler.tick();
        QCOMPARE(runs, 0);
        clock.advance(1);
    }
    scheduler.tick();
    QCOMPARE(runs, 1);
    QVERIFY(!scheduler.isScheduled(id));
    QCOMPARE(scheduler.taskCount(), 0);
    QCOMPARE(scheduler.nextDueMs(), qint64(-1));

    clock.advance(60'000);
    scheduler.tick();
    scheduler.tick();
    QCOMPARE(runs, 1);
    QVERIFY(!scheduler.cancel(id));
}

void TestScheduler::dueTasksRunOldestFirst()
{
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    const qint64 t0 = Start.toMSecsSinceEpoch();
    QStringList order;
    scheduler.addOnce(u"late"_s, t0 + 900, [&order] { order << u"late"_s; });
    scheduler.addRecurring(u"every300"_s, 300, [&order] { order << u"every300"_s; });
    scheduler.addOnce(u"early"_s, t0 + 100, [&order] { order << u"early"_s; });
    scheduler.addOnce(u"tie-first"_s, t0 + 500, [&order] { order << u"tie-first"_s; });
    scheduler.addOnce(u"tie-second"_s, t0 + 500, [&order] { order << u"tie-second"_s; });

    clock.advance(1'000);
    scheduler.tick();
    // The recurring task is due at 300 and runs once, in its place, despite also having been due at 600 and
    // 900.
    QCOMPARE(order, (QStringList{u"early"_s, u"every300"_s, u"tie-first"_s, u"tie-second"_s, u"late"_s}));
    QCOMPARE(scheduler.nextDueMs(), t0 + 1'200);
}

void TestScheduler::cancel()
{
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    int recurring = 0;
    int once = 0;
    const int r = scheduler.addRecurring(u"r"_s, 1'000, [&recurring] { ++recurring; });
    const int o = scheduler.addOnce(u"o"_s, Start.toMSecsSinceEpoch() + 1'000, [&once] { ++once; });
    QVERIFY(r != o);
    QCOMPARE(scheduler.taskCount(), 2);

    QVERIFY(scheduler.cancel(o));
    QVERIFY(!scheduler.cancel(o));
    clock.advance(1'000);
    scheduler.tick();
    QCOMPARE(recurring, 1);
    QCOMPARE(once, 0);

    QVERIFY(scheduler.cancel(r));
    clock.advance(10'000);
    scheduler.tick();
    QCOMPARE(recurring, 1);
    QCOMPARE(scheduler.taskCount(), 0);
    QVERIFY(!scheduler.cancel(12345));
}

void TestScheduler::cancelFromInsideTasks()
{
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    const qint64 t0 = Start.toMSecsSinceEpoch();
    int selfRuns = 0;
    int victimRuns = 0;
    int self = -1;
    int victim = -1;
    // Captures by reference only; the ids are filled in below, before any tick.
    self = scheduler.addRecurring(u"self"_s, 100, [&] {
        ++selfRuns;
        QVERIFY(scheduler.cancel(self));
        QVERIFY(scheduler.cancel(victim));
    });
    victim = scheduler.addOnce(u"victim"_s, t0 + 200, [&victimRuns] { ++victimRuns; });

    clock.advance(1'000);
    scheduler.tick();
    QCOMPARE(selfRuns, 1);
    QCOMPARE(victimRuns, 0);
    QCOMPARE(scheduler.taskCount(), 0);
}

void TestScheduler::tasksAddedDuringTickWaitForTheNext()
{
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    int chained = 0;
    // A task that schedules follow-up work for "now" must not keep one tick running forever.
    std::function<void()> chain;
    chain = [&] {
        ++chained;
        scheduler.addOnce(u"chain"_s, clock.nowMs(), chain);
    };
    scheduler.addOnce(u"chain"_s, clock.nowMs(), chain);

    scheduler.tick();
    QCOMPARE(chained, 1);
    QCOMPARE(scheduler.nextDueMs(), clock.nowMs());
    scheduler.tick();
    QCOMPARE(chained, 2);
}

void TestScheduler::nextDueMs()
{
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    const qint64 t0 = Start.toMSecsSinceEpoch();
    QCOMPARE(scheduler.nextDueMs(), qint64(-1));

    const int r = scheduler.addRecurring(u"r"_s, 5'000, [] {});
    QCOMPARE(scheduler.nextDueMs(), t0 + 5'000);
    const int o = scheduler.addOnce(u"o"_s, t0 + 2'000, [] {});
    QCOMPARE(scheduler.nextDueMs(), t0 + 2'000);

    clock.advance(2'000);
    scheduler.tick();
    QCOMPARE(scheduler.nextDueMs(), t0 + 5'000);
    QVERIFY(!scheduler.isScheduled(o));

    clock.advance(3'000);
    scheduler.tick();
    QCOMPARE(scheduler.nextDueMs(), t0 + 10'000);
    QVERIFY(scheduler.cancel(r));
    QCOMPARE(scheduler.nextDueMs(), qint64(-1));
}

void TestScheduler::rejectsUnusableTasks()
{
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not scheduling zero"_s));
    QCOMPARE(scheduler.addRecurring(u"zero"_s, 0, [] {}), -1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not scheduling negative"_s));
    QCOMPARE(scheduler.addRecurring(u"negative"_s, -5, [] {}), -1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not scheduling empty"_s));
    QCOMPARE(scheduler.addOnce(u"empty"_s, clock.nowMs(), {}), -1);
    QCOMPARE(scheduler.taskCount(), 0);
}

void TestScheduler::throwingTaskDoesNotStopTheOthers()
{
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    int after = 0;
    int throws = 0;
    scheduler.addRecurring(u"broken"_s, 1'000, [&throws] {
        ++throws;
        throw std::runtime_error("RMM API unreachable");
    });
    scheduler.addRecurring(u"healthy"_s, 1'000, [&after] { ++after; });

    clock.advance(1'000);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"broken threw: RMM API unreachable"_s));
    scheduler.tick();
    QCOMPARE(throws, 1);
    QCOMPARE(after, 1);

    // It stays scheduled: the next run may succeed.
    clock.advance(1'000);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"broken threw"_s));
    scheduler.tick();
    QCOMPARE(throws, 2);
    QCOMPARE(after, 2);
}

void TestScheduler::timerRunsRecurringTasks()
{
    // The real clock and a real QTimer: what production does.
    Scheduler scheduler;
    int runs = 0;
    scheduler.addRecurring(u"fast"_s, 50, [&runs] { ++runs; });
    QVERIFY(!scheduler.isRunning());
    scheduler.start();
    QVERIFY(scheduler.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(runs >= 3, 5'000);

    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
}

void TestScheduler::timerRunsOnceTasks()
{
    Scheduler scheduler;
    int runs = 0;
    scheduler.start();
    const int id =
        scheduler.addOnce(u"soon"_s, QDateTime::currentMSecsSinceEpoch() + 50, [&runs] { ++runs; });
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 5'000);
    QVERIFY(!scheduler.isScheduled(id));
    QCOMPARE(runs, 1);
}

void TestScheduler::timerWakesForTaskAddedLater()
{
    // Started with nothing to do, the timer sleeps for the full cap; a task due now must not wait that long.
    ManualClock clock(Start);
    Scheduler scheduler(clock);
    scheduler.start();
    int runs = 0;
    scheduler.addOnce(u"now"_s, clock.nowMs(), [&runs] { ++runs; });
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, int(Scheduler::MaxTimerWaitMs / 2));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
