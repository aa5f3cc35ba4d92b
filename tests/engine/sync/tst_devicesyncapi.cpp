// Inventory sync and "Test connection" through the management API of a real engine, against FakeRmmServer:
// POST /api/integrations/{id}/sync answers 202 with the run, GET shows its progress while slow pages come in,
// a second POST meanwhile is 409, integrations that cannot call an API are 422 naming what is missing; a
// connection test answers 200 with the devices seen, 502 with the vendor's reason (never the secret), and
// tests values sent in its body without saving them.
#include "Database.h"
#include "Engine.h"
#include "EngineFixture.h"
#include "EngineHost.h"
#include "FakeRmmServer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;
using Vendor = FakeRmmServer::Vendor;

class TestDeviceSyncApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_engine.stop(); }
    void init();
    void syncShowsProgressAndRefusesASecond();
    void syncRefusals();
    void testConnectionSucceeds_data();
    void testConnectionSucceeds();
    void testConnectionFailsWithTheVendorsReason();
    void testConnectionOfUnsavedValues();

private:
    QString create(Vendor vendor, const QJsonObject &credentials, const QJsonObject &settings = {});
    qint64 scalar(const QString &sql, const QVariantList &binds = {});

    EngineFixture m_engine;
    FakeRmmServer m_server;
};

void TestDeviceSyncApi::initTestCase()
{
    QCOMPARE(m_server.start(), QString());
    QCOMPARE(m_engine.start(), QString());
}

void TestDeviceSyncApi::init()
{
    for (Vendor v : {Vendor::Ninja, Vendor::Datto, Vendor::ConnectWise})
        m_server.setDevices(v, FakeRmmServer::fixtureDevices(v));
    m_server.clearTrouble();
    m_server.resetCounters();
}

QString TestDeviceSyncApi::create(Vendor vendor, const QJsonObject &credentials, const QJsonObject &settings)
{
    static int serial = 0;
    return m_engine
        .createIntegration({{u"name"_s, u"%1 %2"_s.arg(FakeRmmServer::providerName(vendor)).arg(++serial)},
                            {u"provider"_s, FakeRmmServer::providerName(vendor)},
                            {u"api_endpoint"_s, m_server.baseUrl()},
                            {u"credentials"_s, credentials},
                            {u"settings"_s, settings}})
        .value(u"id")
        .toString();
}

qint64 TestDeviceSyncApi::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlDatabase db = m_engine.host()->engine()->database()->connection();
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestDeviceSyncApi::syncShowsProgressAndRefusesASecond()
{
    const QString id =
        create(Vendor::Ninja, FakeRmmServer::credentials(Vendor::Ninja), {{u"sync_page_size"_s, 1}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_engine.api().get(u"/api/integrations/%1/sync"_s.arg(id)).status, 404);
    m_server.setPageDelayMs(300);

    const auto started = m_engine.api().post(u"/api/integrations/%1/sync"_s.arg(id), {});
    QCOMPARE(started.status, 202);
    QCOMPARE(started.json.value(u"state"_s).toString(), u"queued"_s);
    QCOMPARE(started.json.value(u"integration_id"_s).toString(), id);
    QCOMPARE(started.json.value(u"requested_by"_s).toString(), u"admin"_s);
    QCOMPARE(started.header("Location"), u"/api/integrations/%1/sync"_s.arg(id).toUtf8());
    const qint64 run = started.json.value(u"id"_s).toInteger();

    // While the slow pages come in: running, some devices fetched, the total unknown (NinjaOne never says).
    QJsonObject progress;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            progress = m_engine.api().get(u"/api/integrations/%1/sync"_s.arg(id)).json;
            return progress.value(u"state"_s) == u"running"_s && progress.value(u"fetched"_s).toInt() >= 1;
        }(),
        20000);
    QVERIFY(progress.value(u"total"_s).isNull());
    QVERIFY(progress.value(u"finished_at"_s).isNull());

    const auto second = m_engine.api().post(u"/api/integrations/%1/sync"_s.arg(id), {});
    QCOMPARE(second.status, 409);
    QVERIFY2(second.json.value(u"error"_s).toString().contains(u"already"_s), second.body.constData());
    QCOMPARE(second.json.value(u"run"_s).toObject().value(u"id"_s).toInteger(), run);

    QJsonObject done;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            done = m_engine.api().get(u"/api/integrations/%1/sync"_s.arg(id)).json;
            return done.value(u"state"_s) == u"done"_s;
        }(),
        20000);
    QCOMPARE(done.value(u"id"_s).toInteger(), run);
    QCOMPARE(done.value(u"fetched"_s).toInt(), 3);
    QCOMPARE(done.value(u"inserted"_s).toInt(), 3);
    QCOMPARE(done.value(u"pages"_s).toInt(), 4);
    QVERIFY(!done.value(u"finished_at"_s).isNull());
    QVERIFY(!m_engine.api().get(u"/api/integrations/"_s + id).json.value(u"last_sync"_s).isNull());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM device_mappings d JOIN integrations i ON i.id = d.integration_id "
                    "WHERE i.uuid = ?"_s,
                    {id}),
             5 - 2); // the three fixture devices
    // The job ran on the device-sync queue and is visible in the jobs API.
    const QJsonArray jobs = m_engine.api()
                                .get(u"/api/jobs?kind=SyncDeviceInventory&state=done"_s)
                                .json.value(u"items"_s)
                                .toArray();
    QVERIFY(!jobs.isEmpty());
    QCOMPARE(jobs.first().toObject().value(u"queue"_s).toString(), u"device-sync"_s);
}

void TestDeviceSyncApi::syncRefusals()
{
    const QString generic =
        m_engine
            .createIntegration({{u"name"_s, u"generic no api"_s},
                                {u"provider"_s, u"generic"_s},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    auto r = m_engine.api().post(u"/api/integrations/%1/sync"_s.arg(generic), {});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field"_s).toString(), u"provider"_s);
    QVERIFY2(r.json.value(u"error"_s).toString().contains(u"no device API"_s), r.body.constData());
    r = m_engine.api().request("POST", u"/api/integrations/%1/test-connection"_s.arg(generic));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field"_s).toString(), u"provider"_s);

    // A Datto integration with only its webhook secret: the API key pair is missing.
    const QString datto = create(Vendor::Datto, {{u"shared_secret"_s, u"hook"_s}});
    r = m_engine.api().post(u"/api/integrations/%1/sync"_s.arg(datto), {});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field"_s).toString(), u"credentials.api_key"_s);
    QVERIFY2(r.json.value(u"error"_s).toString().contains(u"credentials.api_key, credentials.api_secret"_s),
             r.body.constData());

    QCOMPARE(m_engine.api().post(u"/api/integrations/00000000-0000-4000-8000-000000000000/sync"_s, {}).status,
             404);
    QCOMPARE(m_engine.api().get(u"/api/integrations/not-a-uuid/sync"_s).status, 404);
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(anonymous.post(u"/api/integrations/%1/sync"_s.arg(datto), {}).status, 401);
}

void TestDeviceSyncApi::testConnectionSucceeds_data()
{
    QTest::addColumn<Vendor>("vendor");
    QTest::addColumn<int>("seen");
    QTest::addColumn<QJsonValue>("total");
    QTest::newRow("ninja") << Vendor::Ninja << 3 << QJsonValue();
    QTest::newRow("datto") << Vendor::Datto << 3 << QJsonValue(3);
    QTest::newRow("connectwise") << Vendor::ConnectWise << 2 << QJsonValue();
}

void TestDeviceSyncApi::testConnectionSucceeds()
{
    QFETCH(Vendor, vendor);
    QFETCH(int, seen);
    QFETCH(QJsonValue, total);
    const QString id = create(vendor, FakeRmmServer::credentials(vendor));
    const auto r = m_engine.api().request("POST", u"/api/integrations/%1/test-connection"_s.arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"ok"_s).toBool(), true);
    QCOMPARE(r.json.value(u"devices_seen"_s).toInt(), seen);
    QCOMPARE(r.json.value(u"total"_s), total);
    QCOMPARE(m_server.tokenRequests(vendor), 1);
    QCOMPARE(m_server.pageRequests(vendor), 1); // one small page, no more
    // Nothing was synced, but the calls are in the delivery log.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM device_mappings d JOIN integrations i ON i.id = d.integration_id "
                    "WHERE i.uuid = ?"_s,
                    {id}),
             0);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM outbound_deliveries d JOIN integrations i ON "
                                     "i.id = d.integration_id WHERE i.uuid = ? AND d.kind = 'rmm_api'"_s,
                                     {id}),
                              2, 10000);
}

void TestDeviceSyncApi::testConnectionFailsWithTheVendorsReason()
{
    QJsonObject wrong = FakeRmmServer::credentials(Vendor::Ninja);
    wrong.insert(u"client_secret"_s, u"the-wrong-secret-42"_s);
    const QString id = create(Vendor::Ninja, wrong);
    const auto r = m_engine.api().request("POST", u"/api/integrations/%1/test-connection"_s.arg(id));
    QCOMPARE(r.status, 502);
    QCOMPARE(r.json.value(u"ok"_s).toBool(), false);
    const QString error = r.json.value(u"error"_s).toString();
    QVERIFY2(error.contains(u"401 Unauthorized: invalid_client: Bad client credentials"_s),
             qPrintable(error));
    QVERIFY(!r.body.contains("the-wrong-secret-42"));

    // An endpoint where nothing listens: the connection error, still 502.
    const QString nowhere =
        m_engine
            .createIntegration({{u"name"_s, u"nowhere"_s},
                                {u"provider"_s, u"ninja"_s},
                                {u"api_endpoint"_s, u"http://127.0.0.1:9"_s},
                                {u"credentials"_s, FakeRmmServer::credentials(Vendor::Ninja)}})
            .value(u"id")
            .toString();
    const auto refused =
        m_engine.api().request("POST", u"/api/integrations/%1/test-connection"_s.arg(nowhere));
    QCOMPARE(refused.status, 502);
    QVERIFY2(refused.json.value(u"error"_s).toString().contains(u"token request to 127.0.0.1 failed"_s),
             refused.body.constData());
}

void TestDeviceSyncApi::testConnectionOfUnsavedValues()
{
    QJsonObject wrong = FakeRmmServer::credentials(Vendor::ConnectWise);
    wrong.insert(u"password"_s, u"old-password"_s);
    const QString id = create(Vendor::ConnectWise, wrong);
    // The body's password stands in for the stored one; the stored user name and client id are used.
    const auto fixed = m_engine.api().post(
        u"/api/integrations/%1/test-connection"_s.arg(id),
        {{u"credentials"_s,
          QJsonObject{
              {u"password"_s, FakeRmmServer::credentials(Vendor::ConnectWise).value(u"password"_s)}}}});
    QCOMPARE(fixed.status, 200);
    QCOMPARE(fixed.json.value(u"devices_seen"_s).toInt(), 2);
    // Nothing was saved.
    QCOMPARE(m_engine.api().request("POST", u"/api/integrations/%1/test-connection"_s.arg(id)).status, 502);
    // A bad value in the body is named like any edit would be.
    const auto invalid = m_engine.api().post(u"/api/integrations/%1/test-connection"_s.arg(id),
                                             {{u"api_endpoint"_s, u"ftp://example.com"_s}});
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.json.value(u"field"_s).toString(), u"api_endpoint"_s);
}

QTEST_GUILESS_MAIN(TestDeviceSyncApi)
#include "tst_devicesyncapi.moc"
