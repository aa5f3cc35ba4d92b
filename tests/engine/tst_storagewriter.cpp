// The single writer on its own thread: group commits, per-unit rollback, answers only after the commit and
// only to contexts that still exist, and drain() before shutdown.
#include "../support/TestPostgres.h"
#include "core/OwnedThread.h"
#include "storage/Database.h"
#include "storage/StorageWriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using nestogy::Database;
using nestogy::DatabaseConfig;
using nestogy::OwnedThread;
using nestogy::StorageWriter;
using nestogy::WriteResult;
using Code = nestogy::WriteResult::Code;

namespace {

constexpr int WaitMs = 30000;

QString keyOf(int i)
{
    return u"unit-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
}

QString valueOf(int i)
{
    return u"value of unit %1"_s.arg(i);
}

// Runs the INSERT on `q`; the caller keeps the query to report its error.
bool insertSetting(QSqlQuery &q, const QString &key, const QString &value)
{
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

StorageWriter::Work insertUnit(const QString &key, const QString &value)
{
    return [key, value](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!insertSetting(q, key, value))
            return WriteResult::queryFailed(q);
        return WriteResult::success(key);
    };
}

// Keeps the writer thread busy inside one unit until opened, so that everything submitted meanwhile is
// waiting together when the writer comes back: the next group is then known exactly, without timing
// assumptions.
struct Gate
{
    QSemaphore entered;
    QSemaphore open;
};

StorageWriter::Work gated(std::shared_ptr<Gate> gate, StorageWriter::Work inner)
{
    return [gate, inner = std::move(inner)](QSqlDatabase &db) {
        WriteResult r = inner ? inner(db) : WriteResult::success();
        gate->entered.release();
        gate->open.tryAcquire(1, WaitMs);
        return r;
    };
}

struct Answer
{
    int calls = 0;
    bool onTestThread = false;
    bool rowVisible = false; // seen through the test thread's own connection when the answer came
    WriteResult result;
};

} // namespace

class TestStorageWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void groupsUnitsAndAnswersAfterCommit();
    void maxBatchSplitsLargeGroups();
    void failingUnitIsRolledBackAlone_data();
    void failingUnitIsRolledBackAlone();
    void unavailableDatabaseFailsEveryUnit();
    void deletedContextIsNotCalled_data();
    void deletedContextIsNotCalled();
    void drainRunsEverythingQueued();
    void maxBatchIsAtLeastOne();

private:
    // Submits a unit that blocks the writer and waits until the writer is inside it.
    std::shared_ptr<Gate> holdWriter(StorageWriter::Work inner = {}, QObject *context = nullptr,
                                     StorageWriter::Done done = {});
    // The value stored under `key`, read through this (the test) thread's connection; null if absent.
    QString storedValue(const QString &key);
    int settingsCount();
    // Replaces the SQLite database of init() with PostgreSQL (NESTOGY_TEST_PG_URL) in a fresh schema; false
    // (with a warning) when that failed.
    bool switchToPostgres();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StorageWriter> m_writer;
    OwnedThread m_thread; // declared last: stopped first, before the writer and the database go away
};

bool TestStorageWriter::switchToPostgres()
{
    cleanup();
    QString error;
    const auto config = TestPostgres::freshSchema(TestPostgres::url(), u"tst_storagewriter"_s, &error);
    if (config) {
        m_db = std::make_unique<Database>(*config);
        error = m_db->openAndMigrate();
    }
    if (!error.isEmpty()) {
        qWarning() << error;
        return false;
    }
    m_writer = std::make_unique<StorageWriter>(*m_db);
    m_thread = nestogy::startNamedThread(u"tst-storage-writer"_s);
    m_writer->moveToThread(m_thread.get());
    return true;
}

void TestStorageWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"nestogy.db"_s)));
    const QString error = m_db->openAndMigrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_writer = std::make_unique<StorageWriter>(*m_db);
    m_thread = nestogy::startNamedThread(u"tst-storage-writer"_s);
    m_writer->moveToThread(m_thread.get());
}

void TestStorageWriter::cleanup()
{
    m_thread.reset();
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

std::shared_ptr<Gate> TestStorageWriter::holdWriter(StorageWriter::Work inner, QObject *context,
                                                    StorageWriter::Done done)
{
    auto gate = std::make_shared<Gate>();
    m_writer->submit(gated(gate, std::move(inner)), context ? context : this, std::move(done));
    if (!gate->entered.tryAcquire(1, WaitMs))
        return nullptr;
    return gate;
}

QString TestStorageWriter::storedValue(const QString &key)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

int TestStorageWriter::settingsCount()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT COUNT(*) FROM settings"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestStorageWriter::groupsUnitsAndAnswersAfterCommit()
{
    constexpr int Units = 200;
    QThread *const testThread = QThread::currentThread();
    std::vector<Answer> answers(Units);
    int answered = 0;
    QObject receiver; // after the vectors: destroyed first, so a late answer has nowhere to go

    auto answer = [&](int i) {
        return [&, i](const WriteResult &r) {
            Answer &a = answers[size_t(i)];
            ++a.calls;
            a.onTestThread = QThread::currentThread() == testThread;
            a.rowVisible = storedValue(keyOf(i)) == valueOf(i);
            a.result = r;
            ++answered;
        };
    };

    // Unit 0 holds the writer until the other 199 are queued; they then commit as one group.
    const auto gate = holdWriter(insertUnit(keyOf(0), valueOf(0)), &receiver, answer(0));
    QVERIFY(gate);
    for (int i = 1; i < Units; ++i)
        m_writer->submit(insertUnit(keyOf(i), valueOf(i)), &receiver, answer(i));
    QCOMPARE(answered, 0); // nothing answers before its commit, and only through this thread's event loop
    gate->open.release();

    QTRY_COMPARE_WITH_TIMEOUT(answered, Units, WaitMs);
    for (int i = 0; i < Units; ++i) {
        const Answer &a = answers[size_t(i)];
        QCOMPARE(a.calls, 1);
        QVERIFY(a.onTestThread);
        QVERIFY2(a.result.ok(), qPrintable(a.result.error));
        QCOMPARE(a.result.value.toString(), keyOf(i));
        QVERIFY2(a.rowVisible, qPrintable(u"answered before its row was committed: "_s + keyOf(i)));
    }
    QCOMPARE(m_writer->committedUnits(), quint64(Units));
    QVERIFY2(m_writer->commits() < quint64(Units), "no grouping: one commit per unit");
    QVERIFY2(m_writer->commits() <= 2, qPrintable(QString::number(m_writer->commits())));
    QCOMPARE(settingsCount(), Units);
}

void TestStorageWriter::maxBatchSplitsLargeGroups()
{
    m_writer->setMaxBatch(10); // before the first submit: the writer thread has not read it yet
    QObject receiver;
    int answered = 0;
    auto count = [&answered](const WriteResult &) { ++answered; };

    const auto gate = holdWriter(insertUnit(keyOf(0), valueOf(0)), &receiver, count);
    QVERIFY(gate);
    for (int i = 1; i <= 35; ++i)
        m_writer->submit(insertUnit(keyOf(i), valueOf(i)), &receiver, count);
    gate->open.release();

    QTRY_COMPARE_WITH_TIMEOUT(answered, 36, WaitMs);
    QCOMPARE(m_writer->committedUnits(), quint64(36));
    QCOMPARE(m_writer->commits(), quint64(1 + 4)); // the gate alone, then 10 + 10 + 10 + 5
    QCOMPARE(settingsCount(), 36);
}

void TestStorageWriter::failingUnitIsRolledBackAlone_data()
{
    QTest::addColumn<bool>("sqlError");
    QTest::addColumn<Code>("expectedCode");
    QTest::addColumn<bool>("postgres");

    QTest::newRow("unit returns Invalid") << false << Code::Invalid << false;
    QTest::newRow("unit's SQL fails (duplicate key)") << true << Code::Unavailable << false;
    // PostgreSQL cannot prepare SAVEPOINT statements: a refusing unit once failed its whole group there.
    QTest::newRow("PostgreSQL: unit returns Invalid") << false << Code::Invalid << true;
    QTest::newRow("PostgreSQL: unit's SQL fails") << true << Code::Unavailable << true;
}

void TestStorageWriter::failingUnitIsRolledBackAlone()
{
    QFETCH(bool, sqlError);
    QFETCH(Code, expectedCode);
    QFETCH(bool, postgres);
    if (postgres) {
        NESTOGY_SKIP_WITHOUT_POSTGRES();
        QVERIFY(switchToPostgres());
    }

    constexpr int Units = 10;
    constexpr int Failing = 5;
    std::vector<Answer> answers(Units);
    int answered = 0;
    QObject receiver;
    auto answer = [&](int i) {
        return [&, i](const WriteResult &r) {
            answers[size_t(i)].result = r;
            ++answers[size_t(i)].calls;
            ++answered;
        };
    };

    const auto gate = holdWriter(insertUnit(keyOf(0), valueOf(0)), &receiver, answer(0));
    QVERIFY(gate);
    for (int i = 1; i < Units; ++i) {
        if (i != Failing) {
            m_writer->submit(insertUnit(keyOf(i), valueOf(i)), &receiver, answer(i));
            continue;
        }
        // Writes a row first, so the rollback has something to undo.
        m_writer->submit(
            [sqlError](QSqlDatabase &db) {
                QSqlQuery q(db);
                if (!insertSetting(q, u"bad-row"_s, u"must not survive"_s))
                    return WriteResult::failure(Code::Conflict, u"setup insert failed"_s);
                if (!sqlError)
                    return WriteResult::failure(Code::Invalid, u"rejected by validation"_s);
                // unit-001 was inserted earlier in this same transaction.
                if (insertSetting(q, keyOf(1), u"duplicate"_s))
                    return WriteResult::success();
                return WriteResult::queryFailed(q);
            },
            &receiver, answer(i));
    }
    gate->open.release();

    QTRY_COMPARE_WITH_TIMEOUT(answered, Units, WaitMs);
    for (int i = 0; i < Units; ++i) {
        const Answer &a = answers[size_t(i)];
        QCOMPARE(a.calls, 1);
        if (i == Failing) {
            QVERIFY(!a.result.ok());
            QCOMPARE(a.result.code, expectedCode);
            QVERIFY(!a.result.error.isEmpty());
            QVERIFY(storedValue(u"bad-row"_s).isNull());
        } else {
            QVERIFY2(a.result.ok(), qPrintable(a.result.error));
            QCOMPARE(storedValue(keyOf(i)), valueOf(i));
        }
    }
    QCOMPARE(storedValue(keyOf(1)), valueOf(1));
    QCOMPARE(settingsCount(), Units - 1);
    // The failure did not cost the group its commit: the gate's group and the group of nine.
    QCOMPARE(m_writer->commits(), quint64(2));
}

void TestStorageWriter::unavailableDatabaseFailsEveryUnit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile notADirectory(dir.filePath(u"not-a-directory"_s));
    QVERIFY(notADirectory.open(QIODevice::WriteOnly));
    notADirectory.write("plain file");
    notADirectory.close();

    // Expected: once from this thread's open, once from the writer's, once for the failed group.
    const QRegularExpression cannotOpen(u"cannot open sqlite:.*not-a-directory/nestogy\\.db"_s);
    QTest::ignoreMessage(QtWarningMsg, cannotOpen);
    QTest::ignoreMessage(QtWarningMsg, cannotOpen);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"write group of 5 failed"_s));

    Database broken(DatabaseConfig::sqlite(dir.filePath(u"not-a-directory/nestogy.db"_s)));
    QVERIFY(!broken.openAndMigrate().isEmpty());
    auto writer = std::make_unique<StorageWriter>(broken);
    OwnedThread thread = nestogy::startNamedThread(u"tst-broken-writer"_s);
    writer->moveToThread(thread.get());

    constexpr int Units = 5;
    std::atomic<int> ran = 0;
    std::vector<Answer> answers(Units);
    int answered = 0;
    QObject receiver;
    // Submitted from the writer's own thread, so the five form one group (and one warning) deterministically.
    StorageWriter *w = writer.get();
    QVERIFY(QMetaObject::invokeMethod(
        w,
        [&] {
            for (int i = 0; i < Units; ++i) {
                w->submit(
                    [&ran](QSqlDatabase &) {
                        ++ran;
                        return WriteResult::success();
                    },
                    &receiver,
                    [&, i](const WriteResult &r) {
                        answers[size_t(i)].result = r;
                        ++answers[size_t(i)].calls;
                        ++answered;
                    });
            }
        },
        Qt::BlockingQueuedConnection));
    QTRY_COMPARE_WITH_TIMEOUT(answered, Units, WaitMs);
    for (const Answer &a : answers) {
        QCOMPARE(a.calls, 1);
        QCOMPARE(a.result.code, Code::Unavailable);
        QVERIFY(!a.result.error.isEmpty());
    }
    QCOMPARE(ran.load(), 0);
    QCOMPARE(writer->commits(), quint64(0));
    QCOMPARE(writer->committedUnits(), quint64(0));
    thread.reset();
}

void TestStorageWriter::deletedContextIsNotCalled_data()
{
    QTest::addColumn<bool>("afterCommit");
    QTest::newRow("deleted before the work ran") << false;
    QTest::newRow("deleted after the commit, answer queued") << true;
}

void TestStorageWriter::deletedContextIsNotCalled()
{
    QFETCH(bool, afterCommit);

    constexpr int Units = 10;
    int doomedCalls = 0;
    bool sentinelDone = false;
    QObject receiver;
    auto *doomed = new QObject;
    auto countDoomed = [&doomedCalls](const WriteResult &) { ++doomedCalls; };

    std::shared_ptr<Gate> gate;
    if (!afterCommit) {
        gate = holdWriter();
        QVERIFY(gate);
    }
    for (int i = 0; i < Units; ++i)
        m_writer->submit(insertUnit(keyOf(i), valueOf(i)), doomed, countDoomed);
    if (afterCommit) {
        // Returns once the writer has processed everything posted before it: the group has committed and its
        // answers sit in this thread's event queue, not yet delivered.
        QVERIFY(QMetaObject::invokeMethod(
            m_writer.get(), [] {}, Qt::BlockingQueuedConnection));
        QCOMPARE(m_writer->committedUnits(), quint64(Units));
    }
    delete doomed;
    m_writer->submit(insertUnit(u"sentinel"_s, u"last"_s), &receiver,
                     [&sentinelDone](const WriteResult &) { sentinelDone = true; });
    if (gate)
        gate->open.release();

    QTRY_VERIFY_WITH_TIMEOUT(sentinelDone, WaitMs);
    QCOMPARE(doomedCalls, 0);
    // The work itself still ran and committed; only the answer was dropped.
    for (int i = 0; i < Units; ++i)
        QCOMPARE(storedValue(keyOf(i)), valueOf(i));
}

void TestStorageWriter::drainRunsEverythingQueued()
{
    constexpr int Units = 50;
    constexpr int MaxBatch = 7;
    QObject receiver;
    int answered = 0;
    quint64 unitsBeforeDrain = 99;
    quint64 unitsAfterDrain = 0;
    quint64 commitsAfterDrain = 0;

    // All on the writer thread, in one go: submit, then drain before the queued processing could run.
    StorageWriter *writer = m_writer.get();
    QVERIFY(QMetaObject::invokeMethod(
        writer,
        [&] {
            writer->setMaxBatch(MaxBatch);
            for (int i = 0; i < Units; ++i)
                writer->submit(insertUnit(keyOf(i), valueOf(i)), &receiver,
                               [&answered](const WriteResult &) { ++answered; });
            unitsBeforeDrain = writer->committedUnits();
            writer->drain();
            unitsAfterDrain = writer->committedUnits();
            commitsAfterDrain = writer->commits();
        },
        Qt::BlockingQueuedConnection));

    QCOMPARE(unitsBeforeDrain, quint64(0));
    QCOMPARE(unitsAfterDrain, quint64(Units));
    QCOMPARE(commitsAfterDrain, quint64((Units + MaxBatch - 1) / MaxBatch));
    QCOMPARE(settingsCount(), Units); // committed: visible here without any event processing
    QTRY_COMPARE_WITH_TIMEOUT(answered, Units, WaitMs);

    // drain() on an empty queue returns at once and commits nothing.
    QVERIFY(QMetaObject::invokeMethod(
        writer, [writer] { writer->drain(); }, Qt::BlockingQueuedConnection));
    QCOMPARE(writer->commits(), quint64((Units + MaxBatch - 1) / MaxBatch));
}

void TestStorageWriter::maxBatchIsAtLeastOne()
{
    QCOMPARE(m_writer->maxBatch(), 512);
    m_writer->setMaxBatch(0);
    QCOMPARE(m_writer->maxBatch(), 1);
    m_writer->setMaxBatch(-5);
    QCOMPARE(m_writer->maxBatch(), 1);
    m_writer->setMaxBatch(64);
    QCOMPARE(m_writer->maxBatch(), 64);
}

QTEST_GUILESS_MAIN(TestStorageWriter)
#include "tst_storagewriter.moc"
