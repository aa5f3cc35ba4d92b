// The SyncDeviceInventory job under a real queue and worker pool, against FakeRmmServer, on SQLite and (when
// NESTOGY_TEST_PG_URL names a server) PostgreSQL: the first sync inserts every device with its client from
// client_aliases; the next one updates what changed, marks what is gone stale (never deletes) and keeps a
// person's remap; a second request while one runs is refused; progress is visible while pages are slow; a
// malformed page fails the attempt with the page named, is retried on the injectable clock and ends in the
// dead letters; every API call is in outbound_deliveries; tokens are reused across runs; integrations with
// sync_interval_minutes are synced when due.
#include "../../support/TestPostgres.h"
#include "ChangeNotifier.h"
#include "CircuitBreaker.h"
#include "Clock.h"
#include "CredentialVault.h"
#include "Database.h"
#include "DeviceActions.h"
#include "DeviceSyncCommands.h"
#include "FakeRmmServer.h"
#include "IntegrationStore.h"
#include "JobQueue.h"
#include "OwnedThread.h"
#include "StorageWriter.h"
#include "SyncDeviceInventoryHandler.h"
#include "SyncRunStore.h"
#include "SyncSchedule.h"
#include "WorkerPool.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;
using Vendor = FakeRmmServer::Vendor;

namespace {

constexpr int WaitMs = 20000;

// Everything one engine process has for jobs, without the HTTP side.
struct Node
{
    explicit Node(const DatabaseConfig &config, const Clock &clock)
        : database(std::make_unique<Database>(config))
        , breakers(clock)
    {
        migrateError = database->openAndMigrate();
        vault.setMasterKey(QByteArray(32, 'k'));
        writerThread = startNamedThread(u"test-sync-writer"_s);
        writer = std::make_unique<StorageWriter>(*database);
        writer->moveToThread(writerThread.get());
        queue = std::make_unique<JobQueue>(*database, *writer, clock, RetryPolicy{});
        queue->setRandom([] { return 0.5; }); // no jitter: retries after exactly 30 s, 60 s
        handler = std::make_shared<SyncDeviceInventoryHandler>(
            SyncDeviceInventoryHandler::Services{*database, *writer, vault, breakers, clock, &changes});
        pool = std::make_unique<WorkerPool>(*queue, 1, u"sync"_s);
        pool->setPollIntervalMs(10);
        pool->registerHandler(QString::fromLatin1(SyncRunStore::JobKind), handler);
        commands = std::make_unique<DeviceSyncCommands>(
            DeviceSyncCommands::Services{*database, *writer, vault, clock, &changes});
    }
    ~Node()
    {
        pool.reset();
        QMetaObject::invokeMethod(writer.get(), &StorageWriter::drain, Qt::BlockingQueuedConnection);
        writerThread.reset();
        writer.reset();
        queue.reset();
        database.reset();
    }

    QString migrateError;
    std::unique_ptr<Database> database;
    CredentialVault vault;
    CircuitBreakerRegistry breakers;
    ChangeNotifier changes;
    OwnedThread writerThread;
    std::unique_ptr<StorageWriter> writer;
    std::unique_ptr<JobQueue> queue;
    std::shared_ptr<SyncDeviceInventoryHandler> handler;
    std::unique_ptr<WorkerPool> pool;
    std::unique_ptr<DeviceSyncCommands> commands;
};

struct Device
{
    qint64 id = 0;
    QString name;
    qint64 clientId = 0;
    bool stale = false;
    bool active = true;
    QString macs;
    qint64 lastSeen = 0;
};

} // namespace

class TestSyncDeviceInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void firstSyncInsertsEveryDevice();
    void nextSyncUpdatesMarksStaleAndKeepsRemap();
    void secondRequestIsRefusedWhileOneRuns();
    void malformedPageIsRetriedThenDead();
    void tokensAreReusedAcrossRuns();
    void dattoReportsTotalAndDeletedDevices();
    void incompleteIntegrationIsRefused();
    void scheduledSyncsRunWhenDue();

private:
    int requestDue();
    WriteResult write(StorageWriter::Work work);
    qint64 integration(Vendor vendor, const QJsonObject &settings = {}, bool withCredentials = true);
    qint64 client(const QString &name);
    SyncRun startAndWait(qint64 integrationId, SyncRun::State until = SyncRun::State::Done);
    std::optional<SyncRun> run(qint64 runId);
    QHash<QString, Device> devices(qint64 integrationId);
    qint64 scalar(const QString &sql, const QVariantList &binds = {});
    QSqlDatabase db() { return m_node->database->connection(); }

    FakeRmmServer m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Node> m_node;
    QHash<qint64, QString> m_uuids;
    int m_serial = 0;
};

void TestSyncDeviceInventory::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestSyncDeviceInventory::initTestCase()
{
    QCOMPARE(m_server.start(), QString());
}

void TestSyncDeviceInventory::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    DatabaseConfig config;
    if (backend == u"sqlite") {
        m_dir = std::make_unique<QTemporaryDir>();
        config = DatabaseConfig::sqlite(m_dir->filePath(u"sync.db"_s));
    } else {
        NESTOGY_SKIP_WITHOUT_POSTGRES();
        // A schema of our own: every connection of this process lands there.
        QString error;
        const auto parsed =
            TestPostgres::freshSchema(TestPostgres::url(), u"tst_sync_device_inventory"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        config = *parsed;
    }
    m_node = std::make_unique<Node>(config, *m_clock);
    QVERIFY2(m_node->migrateError.isEmpty(), qPrintable(m_node->migrateError));
    for (Vendor v : {Vendor::Ninja, Vendor::Datto, Vendor::ConnectWise})
        m_server.setDevices(v, FakeRmmServer::fixtureDevices(v));
    m_server.clearTrouble();
    m_server.resetCounters();
    m_node->pool->start();
}

void TestSyncDeviceInventory::cleanup()
{
    m_node.reset();
    m_dir.reset();
    m_uuids.clear();
}

qint64 TestSyncDeviceInventory::integration(Vendor vendor, const QJsonObject &settings, bool withCredentials)
{
    Integration i;
    i.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    i.provider = providers::fromString(FakeRmmServer::providerName(vendor)).value();
    i.name = u"%1 %2"_s.arg(FakeRmmServer::providerName(vendor)).arg(++m_serial);
    i.apiEndpoint = m_server.baseUrl();
    i.settings = settings;
    QMap<QString, QByteArray> sealed;
    if (withCredentials) {
        const QJsonObject creds = FakeRmmServer::credentials(vendor);
        for (auto it = creds.begin(); it != creds.end(); ++it)
            sealed.insert(it.key(),
                          m_node->vault.seal(i.uuid, it.key(), it.value().toString().toUtf8()).data);
    }
    const WriteResult r = write([i, sealed, now = m_clock->nowMs()](QSqlDatabase &conn) {
        return IntegrationStore::insert(conn, i, sealed, now);
    });
    if (!r.ok())
        qFatal("cannot insert the integration: %s", qPrintable(r.error));
    m_uuids.insert(r.value.toLongLong(), i.uuid);
    return r.value.toLongLong();
}

qint64 TestSyncDeviceInventory::client(const QString &name)
{
    const WriteResult r = write([name](QSqlDatabase &conn) {
        QSqlQuery q(conn);
        q.prepare(u"INSERT INTO clients (name, notify_opt_in, created_at, updated_at) VALUES (?, 0, 1, 1)"_s);
        q.addBindValue(name);
        return q.exec() ? WriteResult::success(q.lastInsertId()) : WriteResult::queryFailed(q);
    });
    if (!r.ok())
        qFatal("cannot insert a client: %s", qPrintable(r.error));
    return r.value.toLongLong();
}

WriteResult TestSyncDeviceInventory::write(StorageWriter::Work work)
{
    // Through the single writer, as the application writes: a second writing connection would race it.
    std::optional<WriteResult> result;
    QObject context;
    m_node->writer->submit(std::move(work), &context, [&result](const WriteResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, WaitMs))
        return WriteResult::failure(WriteResult::Code::Unavailable, u"the writer did not answer"_s);
    return *result;
}

qint64 TestSyncDeviceInventory::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

std::optional<SyncRun> TestSyncDeviceInventory::run(qint64 runId)
{
    QSqlDatabase conn = db();
    return SyncRunStore::find(conn, runId);
}

SyncRun TestSyncDeviceInventory::startAndWait(qint64 integrationId, SyncRun::State until)
{
    std::optional<DeviceSyncCommands::Outcome> outcome;
    QObject context;
    m_node->commands->start(m_uuids.value(integrationId), u"tester"_s, &context,
                            [&outcome](const DeviceSyncCommands::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, WaitMs) || !outcome->ok()) {
        qWarning() << "sync not started:" << (outcome ? outcome->message : u"no answer"_s);
        return {};
    }
    const qint64 id = outcome->run->id;
    std::optional<SyncRun> r;
    const bool reached = QTest::qWaitFor(
        [&] {
            r = run(id);
            return r && r->state == until;
        },
        WaitMs);
    if (!reached)
        qWarning() << "sync run" << id << "is" << (r ? SyncRun::stateName(r->state) : u"gone"_s)
                   << (r ? r->error : QString());
    return r.value_or(SyncRun{});
}

QHash<QString, Device> TestSyncDeviceInventory::devices(qint64 integrationId)
{
    QSqlQuery q(db());
    q.prepare(u"SELECT rmm_device_id, id, device_name, client_id, stale, active, mac_addresses, last_seen "
              "FROM device_mappings WHERE integration_id = ?"_s);
    q.addBindValue(integrationId);
    QHash<QString, Device> out;
    if (!q.exec())
        qFatal("cannot read devices: %s", qPrintable(q.lastError().text()));
    while (q.next())
        out.insert(q.value(0).toString(),
                   Device{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                          q.value(4).toInt() != 0, q.value(5).toInt() != 0, q.value(6).toString(),
                          q.value(7).toLongLong()});
    return out;
}

void TestSyncDeviceInventory::firstSyncInsertsEveryDevice()
{
    const qint64 country = client(u"Country Consulting"_s);
    const qint64 id = integration(Vendor::Ninja, {{u"sync_page_size"_s, 2}});
    QSignalSpy devicesChanged(&m_node->changes, &ChangeNotifier::devicesChanged);
    const SyncRun r = startAndWait(id);
    QCOMPARE(SyncRun::stateName(r.state), u"done"_s);
    QCOMPARE(r.fetched, 3);
    QCOMPARE(r.inserted, 3);
    QCOMPARE(r.updated, 0);
    QCOMPARE(r.markedStale, 0);
    QCOMPARE(r.pages, 3); // [7, 9], [12], [] : NinjaOne's end is an empty page
    QCOMPARE(r.total, std::nullopt);
    QCOMPARE(r.attempt, 1);
    QCOMPARE(r.requestedBy, u"tester"_s);
    QVERIFY(r.error.isEmpty());

    const auto rows = devices(id);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.value(u"9"_s).name, u"CC-LT-014"_s);
    QCOMPARE(rows.value(u"9"_s).macs, u"[\"3C:52:82:10:AA:FE\"]"_s);
    QCOMPARE(rows.value(u"9"_s).lastSeen, qint64(1738000000000));
    // Organization 2 is "Country Consulting": found by name and remembered as an alias; org 3 has no client.
    QCOMPARE(rows.value(u"7"_s).clientId, country);
    QCOMPARE(rows.value(u"12"_s).clientId, 0);
    QCOMPARE(
        scalar(u"SELECT client_id FROM client_aliases WHERE integration_id = ? AND rmm_key = 'id:2'"_s, {id}),
        country);
    QCOMPARE(scalar(u"SELECT last_sync FROM integrations WHERE id = ?"_s, {id}), m_clock->nowMs());
    // Each call to the API is in the delivery log, with the job: a token request and three pages.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM outbound_deliveries WHERE integration_id = ? AND kind = 'rmm_api' "
                    "AND job_id = ?"_s,
                    {id, r.jobId}),
             4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM outbound_deliveries WHERE url LIKE '%secret%' OR error LIKE "
                    "'%secret%'"_s),
             0);
    QTRY_VERIFY_WITH_TIMEOUT(!devicesChanged.isEmpty(), WaitMs);
}

void TestSyncDeviceInventory::nextSyncUpdatesMarksStaleAndKeepsRemap()
{
    const qint64 country = client(u"Country Consulting"_s);
    const qint64 other = client(u"Someone Else"_s);
    const qint64 id = integration(Vendor::Ninja);
    QCOMPARE(SyncRun::stateName(startAndWait(id).state), u"done"_s);
    auto before = devices(id);

    // A technician says device 9 belongs to another client.
    std::optional<WriteResult> remapped;
    QObject context;
    DeviceActions::submit(
        *m_node->writer, nullptr,
        [mapping = before.value(u"9"_s).id, other, now = m_clock->nowMs()](QSqlDatabase &conn) {
            return DeviceActions::remap(conn, mapping, {other, 0}, u"tech"_s, now);
        },
        &context, [&remapped](const WriteResult &r) { remapped = r; });
    QTRY_VERIFY_WITH_TIMEOUT(remapped.has_value(), WaitMs);
    QVERIFY2(remapped->ok(), qPrintable(remapped->error));

    // Meanwhile in the RMM: 7 renamed, 12 gone, a new device, 9 unchanged but its organization renamed.
    QList<QJsonObject> now = FakeRmmServer::fixtureDevices(Vendor::Ninja);
    now[0].insert(u"displayName"_s, u"esxi-03 (renamed)"_s);
    now.removeAt(2);
    now.append(FakeRmmServer::syntheticDevice(Vendor::Ninja, 1));
    m_server.setDevices(Vendor::Ninja, now);
    m_clock->advance(3600 * 1000);

    const SyncRun r = startAndWait(id);
    QCOMPARE(SyncRun::stateName(r.state), u"done"_s);
    QCOMPARE(r.fetched, 3);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.markedStale, 1);
    const auto after = devices(id);
    QCOMPARE(after.size(), 4); // never deleted
    QVERIFY(after.value(u"12"_s).stale);
    QCOMPARE(after.value(u"12"_s).id, before.value(u"12"_s).id);
    QCOMPARE(after.value(u"7"_s).name, u"esxi-03 (renamed)"_s);
    QCOMPARE(after.value(u"7"_s).clientId, country);
    QVERIFY(!after.value(u"1001"_s).stale);
    QCOMPARE(after.value(u"9"_s).clientId, other); // the person's choice stands

    // Device 12 comes back: no longer stale, same row.
    m_server.setDevices(Vendor::Ninja, FakeRmmServer::fixtureDevices(Vendor::Ninja));
    const SyncRun third = startAndWait(id);
    QCOMPARE(third.markedStale, 1); // the synthetic one is gone now
    QVERIFY(!devices(id).value(u"12"_s).stale);
    QCOMPARE(devices(id).value(u"12"_s).id, before.value(u"12"_s).id);
}

void TestSyncDeviceInventory::secondRequestIsRefusedWhileOneRuns()
{
    const qint64 id = integration(Vendor::ConnectWise, {{u"sync_page_size"_s, 1}});
    m_server.setPageDelayMs(400);
    std::optional<DeviceSyncCommands::Outcome> first;
    QObject context;
    m_node->commands->start(m_uuids.value(id), u"tester"_s, &context,
                            [&first](const DeviceSyncCommands::Outcome &o) { first = o; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), WaitMs);
    QVERIFY2(first->ok(), qPrintable(first->message));

    // Progress shows while the slow pages come in: running, with devices fetched and not yet done.
    std::optional<SyncRun> seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            seen = run(first->run->id);
            return seen && seen->state == SyncRun::State::Running && seen->fetched >= 1;
        }(),
        WaitMs);
    QCOMPARE(seen->pages, 1);

    std::optional<DeviceSyncCommands::Outcome> second;
    m_node->commands->start(m_uuids.value(id), u"tester"_s, &context,
                            [&second](const DeviceSyncCommands::Outcome &o) { second = o; });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), WaitMs);
    QVERIFY2(second->status == DeviceSyncCommands::Outcome::Status::Conflict, qPrintable(second->message));
    QVERIFY2(second->message.contains(u"already running (run %1)"_s.arg(first->run->id)),
             qPrintable(second->message));
    QCOMPARE(second->run->id, first->run->id);

    QTRY_COMPARE_WITH_TIMEOUT(run(first->run->id)->state, SyncRun::State::Done, WaitMs);
    QCOMPARE(run(first->run->id)->fetched, 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs"_s), 1);
    // Once it is over, a new sync may start.
    m_server.setPageDelayMs(0);
    QCOMPARE(SyncRun::stateName(startAndWait(id).state), u"done"_s);
}

void TestSyncDeviceInventory::malformedPageIsRetriedThenDead()
{
    const qint64 id = integration(Vendor::Datto, {{u"sync_page_size"_s, 2}});
    m_server.setMalformedPage(Vendor::Datto, 2,
                              R"({"pageDetails": {"totalCount": 3}, "devices": {"id": 1}})");
    const SyncRun first = startAndWait(id, SyncRun::State::Retrying);
    QCOMPARE(SyncRun::stateName(first.state), u"retrying"_s);
    const QString why = u"Datto RMM devices page 2: field devices is an object, not an array"_s;
    QVERIFY2(first.error.startsWith(why), qPrintable(first.error));
    const auto job = m_node->queue->find(first.jobId);
    QVERIFY(job);
    QCOMPARE(job->state, u"failed"_s);
    QCOMPARE(job->attempts, 1);
    QVERIFY(job->lastError.startsWith(why));
    // The first page was written; nothing was marked stale by an incomplete listing.
    QCOMPARE(devices(id).size(), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM device_mappings WHERE stale = 1"_s), 0);
    QCOMPARE(scalar(u"SELECT COALESCE(last_sync, 0) FROM integrations WHERE id = ?"_s, {id}), 0);

    m_clock->advance(30 * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_node->queue->find(first.jobId)->attempts, 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_node->queue->find(first.jobId)->state, u"failed"_s, WaitMs);
    m_clock->advance(60 * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_node->queue->find(first.jobId)->state, u"dead"_s, WaitMs);
    QCOMPARE(m_node->queue->find(first.jobId)->attempts, 3);
    QTRY_COMPARE_WITH_TIMEOUT(run(first.id)->state, SyncRun::State::Failed, WaitMs);
    QVERIFY(run(first.id)->error.startsWith(why));
    QVERIFY(run(first.id)->finishedMs > 0);
    // The failures count against the integration's circuit breaker.
    QCOMPARE(m_node->breakers.breaker(m_uuids.value(id))->toJson().value(u"consecutive_failures").toInt(), 3);

    // Fixed upstream: a new request runs (the failed run no longer blocks).
    m_server.clearTrouble();
    const SyncRun fixed = startAndWait(id);
    QCOMPARE(SyncRun::stateName(fixed.state), u"done"_s);
    QCOMPARE(fixed.fetched, 3);
}

void TestSyncDeviceInventory::tokensAreReusedAcrossRuns()
{
    const qint64 id = integration(Vendor::Ninja);
    QCOMPARE(SyncRun::stateName(startAndWait(id).state), u"done"_s);
    QCOMPARE(SyncRun::stateName(startAndWait(id).state), u"done"_s);
    QCOMPARE(m_server.tokenRequests(Vendor::Ninja), 1);
    // A token the server forgot is replaced once, and the run still succeeds.
    m_server.expireTokens();
    QCOMPARE(SyncRun::stateName(startAndWait(id).state), u"done"_s);
    QCOMPARE(m_server.tokenRequests(Vendor::Ninja), 2);
}

void TestSyncDeviceInventory::dattoReportsTotalAndDeletedDevices()
{
    QList<QJsonObject> all = FakeRmmServer::fixtureDevices(Vendor::Datto);
    all[1].insert(u"deleted"_s, true);
    m_server.setDevices(Vendor::Datto, all);
    const qint64 id = integration(Vendor::Datto, {{u"sync_page_size"_s, 2}});
    const SyncRun r = startAndWait(id);
    QCOMPARE(SyncRun::stateName(r.state), u"done"_s);
    QCOMPARE(r.total, std::optional<qint64>(3));
    QCOMPARE(r.fetched, 3);
    QCOMPARE(r.pages, 2);
    const auto rows = devices(id);
    QVERIFY(!rows.value(u"6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f"_s).active);
    QVERIFY(rows.value(u"0b6f3e52-93c4-4d1a-b2f0-7a51c9d0e8a3"_s).active);
}

void TestSyncDeviceInventory::incompleteIntegrationIsRefused()
{
    const qint64 id = integration(Vendor::Ninja, {}, false);
    std::optional<DeviceSyncCommands::Outcome> outcome;
    QObject context;
    m_node->commands->start(m_uuids.value(id), u"tester"_s, &context,
                            [&outcome](const DeviceSyncCommands::Outcome &o) { outcome = o; });
    QVERIFY(outcome.has_value()); // refused before writing: answered at once
    QCOMPARE(int(outcome->status), int(DeviceSyncCommands::Outcome::Status::Invalid));
    QCOMPARE(outcome->field, u"credentials.client_id"_s);
    QVERIFY2(outcome->message.contains(u"credentials.client_id, credentials.client_secret"_s),
             qPrintable(outcome->message));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs"_s), 0);
}

int TestSyncDeviceInventory::requestDue()
{
    const WriteResult r =
        write([now = m_clock->nowMs()](QSqlDatabase &conn) { return SyncSchedule::requestDue(conn, now); });
    return r.ok() ? r.value.toInt() : -1;
}

void TestSyncDeviceInventory::scheduledSyncsRunWhenDue()
{
    const qint64 hourly = integration(Vendor::ConnectWise, {{u"sync_interval_minutes"_s, 60}});
    integration(Vendor::Ninja); // no interval: synced only on request
    integration(Vendor::Datto, {{u"sync_interval_minutes"_s, 60}}, false); // cannot call its API
    QCOMPARE(requestDue(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE state = 'done'"_s), 1, WaitMs);
    QCOMPARE(scalar(u"SELECT integration_id FROM sync_runs"_s), hourly);
    QCOMPARE(devices(hourly).size(), 2);
    m_clock->advance(59 * 60 * 1000);
    QCOMPARE(requestDue(), 0); // not due yet
    m_clock->advance(60 * 1000);
    QCOMPARE(requestDue(), 1);
    QCOMPARE(requestDue(), 0); // one is unfinished
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE state = 'done'"_s), 2, WaitMs);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM sync_runs WHERE requested_by = 'scheduler'"_s), 2);
}

QTEST_GUILESS_MAIN(TestSyncDeviceInventory)
#include "tst_syncdeviceinventory.moc"
