// The management API end to end: a real engine on its own thread, a real listener, real SQLite, real HTTP.
#include "ApiClient.h"
#include "EngineConfig.h"
#include "EngineHost.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestManagementApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthNeedsNoToken();
    void tokenRequired_data();
    void tokenRequired();
    void createIntegration();
    void secretNeverInDatabaseFile();
    void providerAliasAndWebhookUrl();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void malformedJson();
    void wrongContentType();
    void unknownIntegration404();
    void updateAndRotateCredentials();
    void deleteIntegration();
    void auditLogRecordsWhoAndNeverSecrets();
    void methodNotAllowed();
    void headHasNoBody();
    void unknownPath404();
    void bodyTooLarge();
    void clients();
    void technicians();
    void technicianValidation_data();
    void technicianValidation();

private:
    QJsonObject createNinja(const QString &name, const QString &secret);
    QSqlDatabase readDb();

    QTemporaryDir m_dir;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<ApiClient> m_api;
    QUrl m_base;
};

void TestManagementApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("NESTOGY_MASTER_KEY", QByteArray(32, 'k').toBase64());
    qputenv("NESTOGY_ADMIN_TOKEN", "test-admin-token");
    EngineConfig config;
    config.dataDir = m_dir.path();
    config.listenHost = u"127.0.0.1"_s;
    config.listenPort = 0;
    config.maxBodyBytes = 64 * 1024;
    m_host = std::make_unique<EngineHost>(config);
    QSignalSpy started(m_host.get(), &EngineHost::started);
    QSignalSpy failed(m_host.get(), &EngineHost::failed);
    m_host->start();
    QTRY_VERIFY_WITH_TIMEOUT(started.count() + failed.count() > 0, 20000);
    QCOMPARE(failed.count(), 0);
    m_base = QUrl(started.first().first().toString());
    QVERIFY(m_base.port() > 0);
    m_api = std::make_unique<ApiClient>(m_base, "test-admin-token");
}

void TestManagementApi::cleanupTestCase()
{
    m_api.reset();
    if (m_host) {
        QSignalSpy stopped(m_host.get(), &EngineHost::stopped);
        m_host->stop();
        QVERIFY(stopped.wait(20000));
        m_host.reset();
    }
    QSqlDatabase::removeDatabase(u"reader"_s);
}

QSqlDatabase TestManagementApi::readDb()
{
    if (QSqlDatabase::contains(u"reader"_s))
        return QSqlDatabase::database(u"reader"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
    db.setDatabaseName(QDir(m_dir.path()).filePath(u"nestogy.db"_s));
    db.open();
    return db;
}

QJsonObject TestManagementApi::createNinja(const QString &name, const QString &secret)
{
    const auto r =
        m_api->post(u"/api/integrations"_s, {{u"name"_s, name},
                                             {u"provider"_s, u"ninja"_s},
                                             {u"credentials"_s, QJsonObject{{u"bearer_token"_s, secret}}}});
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.json;
}

void TestManagementApi::healthNeedsNoToken()
{
    ApiClient anonymous(m_base);
    const auto r = anonymous.get(u"/healthz"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"status").toString(), u"ok"_s);
    QVERIFY(r.json.value(u"database").toObject().value(u"ok").toBool());
    QVERIFY(r.json.value(u"vault").toObject().value(u"ready").toBool());
    const auto ready = anonymous.get(u"/readyz"_s);
    QCOMPARE(ready.status, 200);
}

void TestManagementApi::tokenRequired_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("no token list") << QByteArray("GET") << u"/api/integrations"_s << QByteArray();
    QTest::newRow("wrong token list") << QByteArray("GET") << u"/api/integrations"_s << QByteArray("nope");
    QTest::newRow("prefix of token") << QByteArray("GET") << u"/api/integrations"_s
                                     << QByteArray("test-admin");
    QTest::newRow("no token create") << QByteArray("POST") << u"/api/integrations"_s << QByteArray();
    QTest::newRow("no token delete") << QByteArray("DELETE")
                                     << u"/api/integrations/00000000-0000-0000-0000-000000000001"_s
                                     << QByteArray();
    QTest::newRow("no token clients") << QByteArray("GET") << u"/api/clients"_s << QByteArray();
    QTest::newRow("no token technicians") << QByteArray("POST") << u"/api/technicians"_s << QByteArray();
}

void TestManagementApi::tokenRequired()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    ApiClient client(m_base, token);
    const auto r = client.request(method, path, "{}");
    QCOMPARE(r.status, 401);
    QVERIFY(!r.json.value(u"error").toString().isEmpty());
}

void TestManagementApi::createIntegration()
{
    const auto r = m_api->post(u"/api/integrations"_s,
                               {{u"name"_s, u"Datto EU"_s},
                                {u"provider"_s, u"datto"_s},
                                {u"api_endpoint"_s, u"https://merlot-api.centrastage.net"_s},
                                {u"credentials"_s, QJsonObject{{u"shared_secret"_s, u"s3cr3t-datto"_s},
                                                               {u"url_token"_s, u"tok-123"_s}}},
                                {u"settings"_s, QJsonObject{{u"reopen_window_minutes"_s, 60}}},
                                {u"field_mappings"_s, QJsonObject{}}});
    QCOMPARE(r.status, 201);
    const QString id = r.json.value(u"id").toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(r.json.value(u"provider").toString(), u"datto"_s);
    QCOMPARE(r.json.value(u"credentials_set").toArray(), QJsonArray({u"shared_secret"_s, u"url_token"_s}));
    QVERIFY(!r.json.contains(u"credentials"));
    QVERIFY(!r.body.contains("s3cr3t-datto"));
    QCOMPARE(r.json.value(u"webhook_url").toString(),
             u"http://127.0.0.1:%1/api/webhooks/datto/%2"_s.arg(m_base.port()).arg(id));
    QCOMPARE(r.json.value(u"settings").toObject().value(u"reopen_window_minutes").toInt(), 60);
    QCOMPARE(r.header("Location"), (u"/api/integrations/"_s + id).toUtf8());

    const auto got = m_api->get(u"/api/integrations/"_s + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value(u"name").toString(), u"Datto EU"_s);
    QVERIFY(!got.body.contains("s3cr3t-datto"));

    const auto list = m_api->get(u"/api/integrations"_s);
    QCOMPARE(list.status, 200);
    bool found = false;
    const QJsonArray items = list.json.value(u"items").toArray();
    for (const auto &item : items)
        found = found || item.toObject().value(u"id").toString() == id;
    QVERIFY(found);
    QCOMPARE(list.json.value(u"total").toInt(), items.size());
}

void TestManagementApi::secretNeverInDatabaseFile()
{
    const QByteArray secret = "Very-Distinct-Secret-0123456789";
    const QJsonObject created = createNinja(u"secret check"_s, QString::fromLatin1(secret));
    QVERIFY(!created.isEmpty());
    // The sealed form is there; the plaintext is not, in the database, its WAL, or anything else in the dir.
    QSqlQuery q(readDb());
    QVERIFY(
        q.exec(u"SELECT COUNT(*) FROM integration_secrets s JOIN integrations i ON i.id = s.integration_id "
               "WHERE i.uuid = '%1'"_s.arg(created.value(u"id").toString())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    const auto files = QDir(m_dir.path()).entryInfoList(QDir::Files | QDir::Hidden);
    QVERIFY(files.size() >= 2);
    for (const QFileInfo &fi : files) {
        QFile f(fi.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(secret), qPrintable(fi.fileName()));
        QVERIFY2(!content.contains(secret.toBase64()), qPrintable(fi.fileName()));
    }
}

void TestManagementApi::providerAliasAndWebhookUrl()
{
    const auto r =
        m_api->post(u"/api/integrations"_s, {{u"name"_s, u"Ninja alias"_s}, {u"provider"_s, u"NinjaOne"_s}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"provider").toString(), u"ninja"_s);
    QVERIFY(r.json.value(u"webhook_url").toString().contains(u"/api/webhooks/ninja/"_s));
    QVERIFY(r.json.value(u"is_active").toBool());
}

void TestManagementApi::validationNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing name") << QByteArray(R"({"provider":"datto"})") << u"name"_s;
    QTest::newRow("blank name") << QByteArray(R"({"name":"  ","provider":"datto"})") << u"name"_s;
    QTest::newRow("name not string") << QByteArray(R"({"name":5,"provider":"datto"})") << u"name"_s;
    QTest::newRow("missing provider") << QByteArray(R"({"name":"a"})") << u"provider"_s;
    QTest::newRow("bad provider") << QByteArray(R"({"name":"a","provider":"kaseya"})") << u"provider"_s;
    QTest::newRow("endpoint not url")
        << QByteArray(R"({"name":"a","provider":"datto","api_endpoint":"not a url"})") << u"api_endpoint"_s;
    QTest::newRow("endpoint ftp") << QByteArray(
                                         R"({"name":"a","provider":"datto","api_endpoint":"ftp://x.y"})")
                                  << u"api_endpoint"_s;
    QTest::newRow("credentials not object")
        << QByteArray(R"({"name":"a","provider":"datto","credentials":"x"})") << u"credentials"_s;
    QTest::newRow("credential of other provider")
        << QByteArray(R"({"name":"a","provider":"datto","credentials":{"bearer_token":"x"}})")
        << u"credentials.bearer_token"_s;
    QTest::newRow("credential empty")
        << QByteArray(R"({"name":"a","provider":"datto","credentials":{"shared_secret":""}})")
        << u"credentials.shared_secret"_s;
    QTest::newRow("bad auth method")
        << QByteArray(R"({"name":"a","provider":"generic","credentials":{"auth_method":"magic"}})")
        << u"credentials.auth_method"_s;
    QTest::newRow("is_active string")
        << QByteArray(R"({"name":"a","provider":"datto","is_active":"yes"})") << u"is_active"_s;
    QTest::newRow("field_mappings array")
        << QByteArray(R"({"name":"a","provider":"generic","field_mappings":[]})") << u"field_mappings"_s;
    QTest::newRow("alert_rules object")
        << QByteArray(R"({"name":"a","provider":"datto","alert_rules":{}})") << u"alert_rules"_s;
    QTest::newRow("settings string") << QByteArray(R"({"name":"a","provider":"datto","settings":"x"})")
                                     << u"settings"_s;
    QTest::newRow("client_id unknown")
        << QByteArray(R"({"name":"a","provider":"datto","client_id":999999})") << u"client_id"_s;
    QTest::newRow("client_id fraction")
        << QByteArray(R"({"name":"a","provider":"datto","client_id":1.5})") << u"client_id"_s;
    QTest::newRow("bad mapping path")
        << QByteArray(
               R"({"name":"a","provider":"generic","field_mappings":{"alert_id":"$.a[","device_id":"$.d"}})")
        << u"field_mappings"_s;
    QTest::newRow("unknown mapping key")
        << QByteArray(R"({"name":"a","provider":"generic","field_mappings":{"alert_idd":"$.a"}})")
        << u"field_mappings"_s;
    QTest::newRow("bad severity target")
        << QByteArray(R"({"name":"a","provider":"generic","field_mappings":{"severity_map":{"P1":"panic"}}})")
        << u"field_mappings"_s;
    QTest::newRow("rate limit zero")
        << QByteArray(R"({"name":"a","provider":"datto","settings":{"rate_limit_per_minute":0}})")
        << u"settings.rate_limit_per_minute"_s;
    QTest::newRow("reopen window huge")
        << QByteArray(R"({"name":"a","provider":"datto","settings":{"reopen_window_minutes":1e12}})")
        << u"settings.reopen_window_minutes"_s;
    QTest::newRow("fingerprint field unknown")
        << QByteArray(R"({"name":"a","provider":"datto","settings":{"fingerprint_fields":["colour"]}})")
        << u"settings.fingerprint_fields"_s;
    QTest::newRow("severity map target")
        << QByteArray(R"({"name":"a","provider":"datto","settings":{"severity_map":{"x":"panic"}}})")
        << u"settings.severity_map"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"name":"a","provider":"datto","colour":"red"})")
                                   << u"colour"_s;
}

void TestManagementApi::validationNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = m_api->request("POST", u"/api/integrations"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field").toString(), field);
    QVERIFY(r.json.value(u"error").toString().contains(field));
}

void TestManagementApi::malformedJson()
{
    const auto r = m_api->request("POST", u"/api/integrations"_s, R"({"name": "x", )");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"error").toString(), u"malformed JSON"_s);
    const auto array = m_api->request("POST", u"/api/integrations"_s, "[1,2]");
    QCOMPARE(array.status, 400);
    const auto empty = m_api->request("POST", u"/api/integrations"_s, "");
    QCOMPARE(empty.status, 400);
}

void TestManagementApi::wrongContentType()
{
    const auto r = m_api->request("POST", u"/api/integrations"_s, "<x/>", "application/xml");
    QCOMPARE(r.status, 415);
    // curl -d without -H sends form-urlencoded: a JSON body is still understood.
    const auto curlish =
        m_api->request("POST", u"/api/integrations"_s, R"({"name":"curl","provider":"generic"})",
                       "application/x-www-form-urlencoded");
    QCOMPARE(curlish.status, 201);
}

void TestManagementApi::unknownIntegration404()
{
    QCOMPARE(m_api->get(u"/api/integrations/6f1c2a1e-1111-4222-8333-944445555666"_s).status, 404);
    QCOMPARE(m_api->get(u"/api/integrations/not-a-uuid"_s).status, 404);
    QCOMPARE(
        m_api->put(u"/api/integrations/6f1c2a1e-1111-4222-8333-944445555666"_s, {{u"name"_s, u"x"_s}}).status,
        404);
    QCOMPARE(m_api->del(u"/api/integrations/6f1c2a1e-1111-4222-8333-944445555666"_s).status, 404);
}

void TestManagementApi::updateAndRotateCredentials()
{
    const QJsonObject created = createNinja(u"to update"_s, u"first-secret"_s);
    const QString path = u"/api/integrations/"_s + created.value(u"id").toString();
    const auto r = m_api->put(path, {{u"name"_s, u"updated name"_s},
                                     {u"is_active"_s, false},
                                     {u"credentials"_s, QJsonObject{{u"bearer_token"_s, u"second-secret"_s},
                                                                    {u"header_name"_s, u"X-Ninja-Auth"_s},
                                                                    {u"header_value"_s, u"hv"_s}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"name").toString(), u"updated name"_s);
    QCOMPARE(r.json.value(u"is_active").toBool(), false);
    QCOMPARE(r.json.value(u"provider").toString(), u"ninja"_s); // untouched by a partial update
    QCOMPARE(r.json.value(u"credentials_set").toArray(),
             QJsonArray({u"bearer_token"_s, u"header_name"_s, u"header_value"_s}));

    // The replaced secret stays valid as "previous" (rotation) with an expiry.
    QSqlQuery q(readDb());
    QVERIFY(q.exec(u"SELECT slot, expires_at FROM integration_secrets s JOIN integrations i ON i.id = "
                   "s.integration_id WHERE i.uuid = '%1' AND field = 'bearer_token' ORDER BY slot"_s.arg(
                       created.value(u"id").toString())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"current"_s);
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"previous"_s);
    QVERIFY(q.value(1).toLongLong() > QDateTime::currentMSecsSinceEpoch());

    // null removes a credential.
    const auto removed =
        m_api->put(path, {{u"credentials"_s, QJsonObject{{u"header_name"_s, QJsonValue()},
                                                         {u"header_value"_s, QJsonValue()}}}});
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json.value(u"credentials_set").toArray(), QJsonArray({u"bearer_token"_s}));

    const auto bad = m_api->put(path, {{u"provider"_s, u"nope"_s}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json.value(u"field").toString(), u"provider"_s);
}

void TestManagementApi::deleteIntegration()
{
    const QJsonObject created = createNinja(u"to delete"_s, u"x-secret"_s);
    const QString path = u"/api/integrations/"_s + created.value(u"id").toString();
    QCOMPARE(m_api->del(path).status, 204);
    QCOMPARE(m_api->get(path).status, 404);
    QCOMPARE(m_api->del(path).status, 404);
    QSqlQuery q(readDb());
    QVERIFY(q.exec(
        u"SELECT COUNT(*) FROM integration_secrets WHERE integration_id NOT IN (SELECT id FROM integrations)"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestManagementApi::auditLogRecordsWhoAndNeverSecrets()
{
    const QJsonObject created = createNinja(u"audited"_s, u"audit-secret-value"_s);
    const QString id = created.value(u"id").toString();
    QCOMPARE(m_api
                 ->put(u"/api/integrations/"_s + id,
                       {{u"credentials"_s, QJsonObject{{u"bearer_token"_s, u"audit-secret-two"_s}}}})
                 .status,
             200);
    QCOMPARE(m_api->del(u"/api/integrations/"_s + id).status, 204);
    QSqlQuery q(readDb());
    QVERIFY(q.exec(
        u"SELECT actor, action, details FROM audit_log WHERE entity = 'integration' AND entity_id = '%1' "
        "ORDER BY id"_s.arg(id)));
    QStringList actions;
    while (q.next()) {
        QCOMPARE(q.value(0).toString(), u"admin"_s);
        actions << q.value(1).toString();
        QVERIFY(!q.value(2).toString().contains(u"audit-secret"_s));
        if (q.value(1).toString() == u"update")
            QVERIFY(q.value(2).toString().contains(u"bearer_token"_s));
    }
    QCOMPARE(actions, QStringList({u"create"_s, u"update"_s, u"delete"_s}));
}

void TestManagementApi::methodNotAllowed()
{
    const auto r = m_api->request("PATCH", u"/api/clients"_s, "{}");
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("Allow").contains("GET"));
    QVERIFY(r.header("Allow").contains("POST"));
    QCOMPARE(m_api->request("DELETE", u"/api/integrations"_s).status, 405);
}

void TestManagementApi::headHasNoBody()
{
    const QByteArray request = "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(m_base.host(), quint16(m_base.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            socket.waitForReadyRead(100);
            received += socket.readAll();
            return received.count("HTTP/1.1 200") >= 2 && received.endsWith("}");
        },
        10000));
    // Exactly one body: the GET's. The HEAD answer's Content-Length describes a body it does not send.
    QCOMPARE(received.count("\"status\":\"ok\""), 1);
}

void TestManagementApi::unknownPath404()
{
    const auto r = m_api->get(u"/api/nothing-here"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"error").toString(), u"no such endpoint"_s);
}

void TestManagementApi::bodyTooLarge()
{
    QByteArray big = R"({"name":")" + QByteArray(70 * 1024, 'a') + R"(","provider":"datto"})";
    const auto r = m_api->request("POST", u"/api/integrations"_s, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(u"detail").toObject().value(u"limit_bytes").toInt(), 64 * 1024);
}

void TestManagementApi::clients()
{
    const auto created = m_api->post(u"/api/clients"_s, {{u"name"_s, u"Acme Dental"_s},
                                                         {u"email"_s, u"it@acme.example"_s},
                                                         {u"notify_opt_in"_s, true},
                                                         {u"timezone"_s, u"Europe/Berlin"_s}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(u"id").toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.json.value(u"notify_opt_in").toBool(), true);
    QCOMPARE(m_api->post(u"/api/clients"_s, {{u"name"_s, u"Acme Dental"_s}}).status, 409);
    QCOMPARE(m_api->post(u"/api/clients"_s, {{u"name"_s, u""_s}}).json.value(u"field").toString(), u"name"_s);
    QCOMPARE(m_api->post(u"/api/clients"_s, {{u"name"_s, u"B"_s}, {u"email"_s, u"nope"_s}}).status, 422);
    QCOMPARE(m_api->post(u"/api/clients"_s, {{u"name"_s, u"C"_s}, {u"timezone"_s, u"Mars/Olympus"_s}}).status,
             422);
    const auto list = m_api->get(u"/api/clients"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(list.json.value(u"total").toInt() >= 1);
    QCOMPARE(m_api->get(u"/api/clients/%1"_s.arg(id)).json.value(u"name").toString(), u"Acme Dental"_s);
    QCOMPARE(m_api->get(u"/api/clients/999999"_s).status, 404);

    // An integration can now point at the client.
    const auto integ =
        m_api->post(u"/api/integrations"_s,
                    {{u"name"_s, u"Acme CW"_s}, {u"provider"_s, u"connectwise"_s}, {u"client_id"_s, id}});
    QCOMPARE(integ.status, 201);
    QCOMPARE(integ.json.value(u"client_id").toInteger(), id);
}

void TestManagementApi::technicians()
{
    const auto created =
        m_api->post(u"/api/technicians"_s, {{u"name"_s, u"Dana"_s},
                                            {u"email"_s, u"dana@msp.example"_s},
                                            {u"skills"_s, QJsonArray{u"Backup"_s, u"network"_s}},
                                            {u"capacity"_s, 6},
                                            {u"seniority"_s, 3},
                                            {u"active"_s, true}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"skills"_s).toArray(), QJsonArray({u"backup"_s, u"network"_s}));
    QCOMPARE(created.json.value(u"capacity"_s).toInt(), 6);
    QCOMPARE(created.json.value(u"seniority"_s).toInt(), 3);
    const auto defaults = m_api->post(u"/api/technicians"_s, {{u"name"_s, u"Sam"_s}});
    QCOMPARE(defaults.status, 201);
    QCOMPARE(defaults.json.value(u"capacity"_s).toInt(), 10);
    QCOMPARE(defaults.json.value(u"active"_s).toBool(), true);
    QCOMPARE(
        m_api->post(u"/api/technicians"_s, {{u"name"_s, u"Dana 2"_s}, {u"email"_s, u"dana@msp.example"_s}})
            .status,
        409);
    const auto list = m_api->get(u"/api/technicians"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value(u"total").toInt(), 2);
}

void TestManagementApi::technicianValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << QByteArray(R"({"capacity":3})") << u"name"_s;
    QTest::newRow("skills not array") << QByteArray(R"({"name":"x","skills":"backup"})") << u"skills"_s;
    QTest::newRow("skills numbers") << QByteArray(R"({"name":"x","skills":[1]})") << u"skills"_s;
    QTest::newRow("capacity negative") << QByteArray(R"({"name":"x","capacity":-1})") << u"capacity"_s;
    QTest::newRow("capacity fraction") << QByteArray(R"({"name":"x","capacity":2.5})") << u"capacity"_s;
    QTest::newRow("seniority too big") << QByteArray(R"({"name":"x","seniority":11})") << u"seniority"_s;
    QTest::newRow("active string") << QByteArray(R"({"name":"x","active":"yes"})") << u"active"_s;
    QTest::newRow("hours string") << QByteArray(R"({"name":"x","working_hours":"9-5"})")
                                  << u"working_hours"_s;
}

void TestManagementApi::technicianValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = m_api->request("POST", u"/api/technicians"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field").toString(), field);
}

QTEST_GUILESS_MAIN(TestManagementApi)
#include "tst_managementapi.moc"
