// The RMM API clients against FakeRmmServer: every page read for each vendor, devices mapped from the fixture
// shapes, tokens cached and renewed once after a 401, refused credentials reported with the vendor's reason
// and without the secret, Datto's 429 waited out, malformed pages and slow answers reported with the page.
#include "Clock.h"
#include "FakeRmmServer.h"
#include "RmmApiClients.h"
#include "RmmTokenCache.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;
using Vendor = FakeRmmServer::Vendor;

namespace {

Provider providerOf(Vendor v)
{
    return providers::fromString(FakeRmmServer::providerName(v)).value();
}

QMap<QString, QByteArray> credentialsOf(Vendor v)
{
    QMap<QString, QByteArray> out;
    const QJsonObject creds = FakeRmmServer::credentials(v);
    for (auto it = creds.begin(); it != creds.end(); ++it)
        out.insert(it.key(), it.value().toString().toUtf8());
    return out;
}

struct Listing
{
    QList<RmmApiClient::Page> pages;
    QList<RmmApiClient::Exchange> exchanges;
    QString error;
    bool finished = false;
    int tokenRequests = 0;
    QList<RmmDevice> devices() const
    {
        QList<RmmDevice> all;
        for (const auto &p : pages)
            all += p.devices;
        return all;
    }
};

} // namespace

class TestRmmApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void readsEveryPage_data();
    void readsEveryPage();
    void mapsTheFixtureDevices();
    void tokenIsCachedAcrossListings_data() { vendors(); }
    void tokenIsCachedAcrossListings();
    void expiredTokenIsRenewedOnce_data() { vendors(); }
    void expiredTokenIsRenewedOnce();
    void wrongCredentialsSayWhy_data();
    void wrongCredentialsSayWhy();
    void connectWiseNeedsItsClientId();
    void rateLimitIsWaitedOut();
    void overlongRetryAfterFails();
    void malformedPageNamesThePage_data();
    void malformedPageNamesThePage();
    void slowPageTimesOut();
    void nullsAndStringsAreRead();
    void exchangesCarryNoSecrets();
    void maxPagesStopsEarly();

private:
    static void vendors();
    RmmApiClient::Settings settings(Vendor v, int pageSize = 0) const;
    Listing list(Vendor v, const RmmApiClient::Settings &settings,
                 std::shared_ptr<RmmTokenCache> tokens = std::make_shared<RmmTokenCache>());

    FakeRmmServer m_server;
};

void TestRmmApiClient::initTestCase()
{
    QCOMPARE(m_server.start(), QString());
}

void TestRmmApiClient::init()
{
    for (Vendor v : {Vendor::Ninja, Vendor::Datto, Vendor::ConnectWise})
        m_server.setDevices(v, FakeRmmServer::fixtureDevices(v));
    m_server.clearTrouble();
    m_server.resetCounters();
    m_server.setTokenLifetime(3600);
}

void TestRmmApiClient::vendors()
{
    QTest::addColumn<Vendor>("vendor");
    QTest::newRow("ninja") << Vendor::Ninja;
    QTest::newRow("datto") << Vendor::Datto;
    QTest::newRow("connectwise") << Vendor::ConnectWise;
}

RmmApiClient::Settings TestRmmApiClient::settings(Vendor v, int pageSize) const
{
    RmmApiClient::Settings s;
    s.endpoint = QUrl(m_server.baseUrl());
    s.credentials = credentialsOf(v);
    s.pageSize = pageSize;
    s.timeoutMs = 10000;
    s.tokenScope = u"test-integration"_s;
    return s;
}

Listing TestRmmApiClient::list(Vendor v, const RmmApiClient::Settings &s,
                               std::shared_ptr<RmmTokenCache> tokens)
{
    Listing out;
    auto client = RmmApiClients::create(providerOf(v), s, std::move(tokens), Clock::system());
    client->setExchangeLog([&out](const RmmApiClient::Exchange &e) { out.exchanges.append(e); });
    client->listDevices([&out](const RmmApiClient::Page &page) { out.pages.append(page); },
                        [&out](const QString &error) {
                            out.error = error;
                            out.finished = true;
                        });
    if (!QTest::qWaitFor([&out] { return out.finished; }, 30000))
        out.error = u"the listing did not finish within 30 s"_s;
    out.tokenRequests = client->tokenRequests();
    return out;
}

void TestRmmApiClient::readsEveryPage_data()
{
    QTest::addColumn<Vendor>("vendor");
    QTest::addColumn<int>("extra");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("devices");
    QTest::addColumn<int>("requests"); // page requests, the empty last one included where the API needs it
    // NinjaOne and ConnectWise end on an empty page; Datto says so in nextPageUrl.
    QTest::newRow("ninja fixtures, 2 a page") << Vendor::Ninja << 0 << 2 << 3 << 3;
    QTest::newRow("ninja 250 devices, 100 a page") << Vendor::Ninja << 247 << 100 << 250 << 4;
    QTest::newRow("ninja default page size") << Vendor::Ninja << 0 << 0 << 3 << 2;
    QTest::newRow("datto fixtures, 2 a page") << Vendor::Datto << 0 << 2 << 3 << 2;
    QTest::newRow("datto 250 devices, 100 a page") << Vendor::Datto << 247 << 100 << 250 << 3;
    QTest::newRow("datto exact pages") << Vendor::Datto << 1 << 2 << 4 << 2;
    QTest::newRow("connectwise fixtures, 1 a page") << Vendor::ConnectWise << 0 << 1 << 2 << 3;
    QTest::newRow("connectwise 250 devices, 100 a page") << Vendor::ConnectWise << 248 << 100 << 250 << 4;
}

void TestRmmApiClient::readsEveryPage()
{
    QFETCH(Vendor, vendor);
    QFETCH(int, extra);
    QFETCH(int, pageSize);
    QFETCH(int, devices);
    QFETCH(int, requests);
    QList<QJsonObject> all = FakeRmmServer::fixtureDevices(vendor);
    for (int i = 0; i < extra; ++i)
        all.append(FakeRmmServer::syntheticDevice(vendor, i));
    m_server.setDevices(vendor, all);

    const Listing l = list(vendor, settings(vendor, pageSize));
    QCOMPARE(l.error, QString());
    QCOMPARE(l.devices().size(), devices);
    QCOMPARE(m_server.pageRequests(vendor), requests);
    QCOMPARE(l.pages.size(), requests);
    QCOMPARE(m_server.tokenRequests(vendor), 1);
    QSet<QString> ids;
    for (const RmmDevice &d : l.devices())
        ids.insert(d.rmmId);
    QCOMPARE(ids.size(), devices); // no page read twice, none skipped
    for (int i = 0; i < l.pages.size(); ++i)
        QCOMPARE(l.pages.at(i).number, i + 1);
    if (vendor == Vendor::Datto)
        QCOMPARE(l.pages.first().total, std::optional<qint64>(devices));
    else
        QCOMPARE(l.pages.first().total, std::nullopt);
}

void TestRmmApiClient::mapsTheFixtureDevices()
{
    const Listing ninja = list(Vendor::Ninja, settings(Vendor::Ninja));
    QCOMPARE(ninja.error, QString());
    const RmmDevice n = ninja.devices().first();
    QCOMPARE(n.rmmId, u"7"_s);
    QCOMPARE(n.name, u"192.168.50.43"_s);
    QCOMPARE(n.hostname, u"ccesxi03.cc.local"_s);
    QCOMPARE(n.clientKey, u"2"_s);
    QCOMPARE(n.clientName, u"Country Consulting"_s);
    QCOMPARE(n.siteName, u"Main Office"_s);
    QCOMPARE(n.serial, u"VMware-42 1c 5e"_s);
    QCOMPARE(n.macAddresses, QStringList{u"00:50:56:AA:01:02"_s});
    QCOMPARE(n.ipAddresses, QStringList{u"192.168.50.43"_s});
    QCOMPARE(n.lastSeenMs, qint64(1741793638531));
    QCOMPARE(n.online, std::optional<bool>(true));
    QCOMPARE(ninja.devices().at(1).online, std::optional<bool>(false));

    const Listing datto = list(Vendor::Datto, settings(Vendor::Datto));
    QCOMPARE(datto.error, QString());
    const RmmDevice d = datto.devices().first();
    QCOMPARE(d.rmmId, u"0b6f3e52-93c4-4d1a-b2f0-7a51c9d0e8a3"_s); // the uid, as Datto's webhooks name it
    QCOMPARE(d.hostname, u"BRX-FS01"_s);
    QCOMPARE(d.clientKey, u"e7d6c5b4-a392-4817-b6f5-0d4c3b2a1908"_s);
    QCOMPARE(d.clientName, u"Brixton Legal"_s);
    QCOMPARE(d.ipAddresses, QStringList{u"10.20.0.15"_s});
    QCOMPARE(d.os, u"Microsoft Windows Server 2019 Standard"_s);
    QCOMPARE(d.lastSeenMs, qint64(1741793600000));
    QCOMPARE(d.online, std::optional<bool>(true));
    QCOMPARE(d.deleted, false);

    const Listing cw = list(Vendor::ConnectWise, settings(Vendor::ConnectWise));
    QCOMPARE(cw.error, QString());
    const RmmDevice c = cw.devices().first();
    QCOMPARE(c.rmmId, u"3307"_s);
    QCOMPARE(c.name, u"NORTHWIND-SQL01"_s);
    QCOMPARE(c.clientKey, u"17"_s);
    QCOMPARE(c.clientName, u"Northwind Traders"_s);
    QCOMPARE(c.siteName, u"HQ"_s);
    QCOMPARE(c.serial, u"VMW-8812-XY"_s);
    QCOMPARE(c.macAddresses, QStringList{u"00:15:5D:4A:11:20"_s});
    QCOMPARE(c.ipAddresses, QStringList{u"172.16.4.20"_s});
    QCOMPARE(c.os, u"Microsoft Windows Server 2022 Standard"_s);
    QCOMPARE(c.lastSeenMs, QDateTime::fromString(u"2026-12-04T09:58:12Z"_s, Qt::ISODate).toMSecsSinceEpoch());
    QCOMPARE(c.online, std::optional<bool>(true));
    QCOMPARE(cw.devices().at(1).online, std::optional<bool>(false));
}

void TestRmmApiClient::tokenIsCachedAcrossListings()
{
    QFETCH(Vendor, vendor);
    auto tokens = std::make_shared<RmmTokenCache>();
    QCOMPARE(list(vendor, settings(vendor), tokens).error, QString());
    QCOMPARE(list(vendor, settings(vendor), tokens).error, QString());
    QCOMPARE(m_server.tokenRequests(vendor), 1);
    // Other credentials are another cache entry: never a token earned by different credentials.
    RmmApiClient::Settings other = settings(vendor);
    other.credentials.insert(other.credentials.firstKey(), "wrong");
    QVERIFY(!list(vendor, other, tokens).error.isEmpty());
    QCOMPARE(m_server.tokenRequests(vendor), 2);
}

void TestRmmApiClient::expiredTokenIsRenewedOnce()
{
    QFETCH(Vendor, vendor);
    auto tokens = std::make_shared<RmmTokenCache>();
    QCOMPARE(list(vendor, settings(vendor, 1), tokens).error, QString());
    m_server.expireTokens(); // the server forgot it before the stated expiry
    const Listing again = list(vendor, settings(vendor, 1), tokens);
    QCOMPARE(again.error, QString());
    QCOMPARE(again.devices().size(), FakeRmmServer::fixtureDevices(vendor).size());
    QCOMPARE(m_server.tokenRequests(vendor), 2);
    QCOMPARE(again.exchanges.first().status, 401);
}

void TestRmmApiClient::wrongCredentialsSayWhy_data()
{
    QTest::addColumn<Vendor>("vendor");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ninja") << Vendor::Ninja << u"client_secret"_s
                           << u"401 Unauthorized: invalid_client: Bad client credentials"_s;
    QTest::newRow("datto") << Vendor::Datto << u"api_secret"_s
                           << u"400 Bad Request: invalid_grant: Bad credentials"_s;
    QTest::newRow("connectwise") << Vendor::ConnectWise << u"password"_s
                                 << u"401 Unauthorized: Invalid username or password."_s;
}

void TestRmmApiClient::wrongCredentialsSayWhy()
{
    QFETCH(Vendor, vendor);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    RmmApiClient::Settings s = settings(vendor);
    s.credentials.insert(field, "not-the-secret-4711");
    const Listing l = list(vendor, s);
    QVERIFY2(l.error.contains(reason), qPrintable(l.error));
    QVERIFY2(l.error.contains(u"refused the credentials"_s), qPrintable(l.error));
    QVERIFY(!l.error.contains(u"not-the-secret-4711"_s));
    QCOMPARE(m_server.pageRequests(vendor), 0);
    QCOMPARE(l.exchanges.size(), 1);
    QVERIFY(l.exchanges.first().error.contains(reason));
}

void TestRmmApiClient::connectWiseNeedsItsClientId()
{
    RmmApiClient::Settings s = settings(Vendor::ConnectWise);
    s.credentials.insert(u"client_id"_s, "another-client");
    const Listing l = list(Vendor::ConnectWise, s);
    QVERIFY2(l.error.contains(u"403"_s) && l.error.contains(u"ClientId"_s), qPrintable(l.error));
}

void TestRmmApiClient::rateLimitIsWaitedOut()
{
    m_server.rateLimitOnce(Vendor::Datto, 2, 1);
    QElapsedTimer clock;
    clock.start();
    const Listing l = list(Vendor::Datto, settings(Vendor::Datto, 2));
    QCOMPARE(l.error, QString());
    QCOMPARE(l.devices().size(), 3);
    QCOMPARE(m_server.rateLimited(Vendor::Datto), 1);
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    // The 429 itself is in the delivery log.
    QCOMPARE(l.exchanges.size(), 4); // token, page 1, page 2 (429), page 2
    QCOMPARE(l.exchanges.at(2).status, 429);
}

void TestRmmApiClient::overlongRetryAfterFails()
{
    m_server.rateLimitOnce(Vendor::Datto, 1, 120);
    const Listing l = list(Vendor::Datto, settings(Vendor::Datto));
    QVERIFY2(l.error.contains(u"rate limit"_s) && l.error.contains(u"retry after 120 s"_s),
             qPrintable(l.error));
}

void TestRmmApiClient::malformedPageNamesThePage_data()
{
    QTest::addColumn<Vendor>("vendor");
    QTest::addColumn<int>("page");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ninja object instead of array")
        << Vendor::Ninja << 2 << QByteArray(R"({"devices": []})")
        << u"NinjaOne devices page 2: expected a JSON array of devices, got an object"_s;
    QTest::newRow("ninja device without id")
        << Vendor::Ninja << 1 << QByteArray(R"([{"id": null, "displayName": "x"}])")
        << u"NinjaOne devices page 1: device 1: field id is null"_s;
    QTest::newRow("datto pageDetails null")
        << Vendor::Datto << 1 << QByteArray(R"({"pageDetails": null, "devices": []})")
        << u"Datto RMM devices page 1: field pageDetails is null"_s;
    QTest::newRow("datto devices not a list")
        << Vendor::Datto << 2 << QByteArray(R"({"pageDetails": {"nextPageUrl": null}, "devices": "none"})")
        << u"Datto RMM devices page 2: field devices is a string, not an array"_s;
    QTest::newRow("connectwise truncated") << Vendor::ConnectWise << 1 << QByteArray(R"([{"Id": 1,)")
                                           << u"ConnectWise Automate devices page 1 is not JSON"_s;
    QTest::newRow("connectwise item not an object")
        << Vendor::ConnectWise << 1 << QByteArray(R"([42])")
        << u"ConnectWise Automate devices page 1: computer 1 is a number, not an object"_s;
}

void TestRmmApiClient::malformedPageNamesThePage()
{
    QFETCH(Vendor, vendor);
    QFETCH(int, page);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    m_server.setMalformedPage(vendor, page, body);
    const Listing l = list(vendor, settings(vendor, 2));
    QVERIFY2(l.error.startsWith(expected), qPrintable(l.error));
    QCOMPARE(l.pages.size(), page - 1);
}

void TestRmmApiClient::slowPageTimesOut()
{
    m_server.setPageDelayMs(1500);
    RmmApiClient::Settings s = settings(Vendor::Ninja);
    s.timeoutMs = 400;
    const Listing l = list(Vendor::Ninja, s);
    QVERIFY2(l.error.contains(u"devices page 1 failed: no answer within 0.4 s"_s), qPrintable(l.error));
    QCOMPARE(l.exchanges.last().status, 0);
}

void TestRmmApiClient::nullsAndStringsAreRead()
{
    // Datto: any field may be null; ids and times may arrive as strings.
    QJsonObject sparse{{u"id"_s, u"990001"_s},
                       {u"uid"_s, QJsonValue()},
                       {u"siteUid"_s, QJsonValue()},
                       {u"siteId"_s, 1302},
                       {u"siteName"_s, QJsonValue()},
                       {u"hostname"_s, u"HD-NULLS"_s},
                       {u"intIpAddress"_s, QJsonValue()},
                       {u"operatingSystem"_s, QJsonValue()},
                       {u"online"_s, QJsonValue()},
                       {u"deleted"_s, u"true"_s},
                       {u"lastSeen"_s, u"1741793500000"_s},
                       {u"udf"_s, QJsonValue()}};
    m_server.setDevices(Vendor::Datto, {sparse});
    const Listing d = list(Vendor::Datto, settings(Vendor::Datto));
    QCOMPARE(d.error, QString());
    QCOMPARE(d.devices().size(), 1);
    const RmmDevice dd = d.devices().first();
    QCOMPARE(dd.rmmId, u"990001"_s);
    QCOMPARE(dd.clientKey, u"1302"_s);
    QCOMPARE(dd.clientName, QString());
    QCOMPARE(dd.ipAddresses, QStringList());
    QCOMPARE(dd.online, std::nullopt);
    QCOMPARE(dd.deleted, true);
    QCOMPARE(dd.lastSeenMs, qint64(1741793500000));

    // NinjaOne: a device with only an id (as a string) and nulls.
    m_server.setDevices(Vendor::Ninja,
                        {QJsonObject{{u"id"_s, u"42"_s},
                                     {u"macAddresses"_s, QJsonValue()},
                                     {u"ipAddresses"_s, QJsonArray{QJsonValue(), u"10.0.0.9"_s}},
                                     {u"references"_s, QJsonValue()},
                                     {u"system"_s, u"not an object"_s},
                                     {u"offline"_s, u"false"_s}}});
    const Listing n = list(Vendor::Ninja, settings(Vendor::Ninja));
    QCOMPARE(n.error, QString());
    QCOMPARE(n.devices().size(), 1);
    QCOMPARE(n.devices().first().rmmId, u"42"_s);
    QCOMPARE(n.devices().first().ipAddresses, QStringList{u"10.0.0.9"_s});
    QCOMPARE(n.devices().first().online, std::optional<bool>(true));
}

void TestRmmApiClient::exchangesCarryNoSecrets()
{
    for (Vendor v : {Vendor::Ninja, Vendor::Datto, Vendor::ConnectWise}) {
        const Listing l = list(v, settings(v, 2));
        QCOMPARE(l.error, QString());
        QVERIFY(l.exchanges.size() >= 2);
        QCOMPARE(l.exchanges.first().method, u"POST"_s);
        const QJsonObject creds = FakeRmmServer::credentials(v);
        for (const auto &e : l.exchanges) {
            QVERIFY2(e.url.startsWith(m_server.baseUrl()), qPrintable(e.url)); // never the vendor's own host
            for (auto it = creds.begin(); it != creds.end(); ++it)
                QVERIFY2(!e.url.contains(it.value().toString()) && !e.error.contains(it.value().toString()),
                         qPrintable(e.url));
        }
    }
    // The Ninja secret has '+', '/', '=' and '&': it reached the server intact, so the form body escaped it.
    QCOMPARE(m_server.tokenRequests(Vendor::Ninja), 1);
}

void TestRmmApiClient::maxPagesStopsEarly()
{
    RmmApiClient::Settings s = settings(Vendor::Ninja, 1);
    s.maxPages = 1;
    const Listing l = list(Vendor::Ninja, s);
    QCOMPARE(l.error, QString());
    QCOMPARE(l.pages.size(), 1);
    QCOMPARE(l.devices().size(), 1);
    QCOMPARE(m_server.pageRequests(Vendor::Ninja), 1);
}

QTEST_GUILESS_MAIN(TestRmmApiClient)
#include "tst_rmmapiclient.moc"
