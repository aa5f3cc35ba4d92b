// Every way a webhook can be refused, each with its status and a JSON body that says why; plus the
// concurrent-duplicate race and storage failure (never 2xx without the commit).
#include "EngineFixture.h"

#include "Crypto.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(NESTOGY_FIXTURES_DIR "/webhooks/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
// The original design's generic format: top-level fields, no mapping needed.
QByteArray genericSeed()
{
    return R"({"alert_id":"g-1","device_id":"srv-9","device_name":"SRV-9","client_id":"Contoso","message":"Backup failed","severity":"critical","timestamp":"2025-08-11T10:00:00Z"})";
}
} // namespace

class TestWebhookErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unknownOrMismatchedIntegration404_data();
    void unknownOrMismatchedIntegration404();
    void inactiveIntegration404();
    void badCredentials401_data();
    void badCredentials401();
    void goodCredentials_data();
    void goodCredentials();
    void rotatedSecretStaysValid();
    void integrationWithoutSecretsRefuses();
    void bodyTooLarge413();
    void hugeDeclaredBodyRefusedBeforeItArrives();
    void keepAliveCarriesSeveralRequests();
    void ambiguousFramingRefused_data();
    void ambiguousFramingRefused();
    void pipelinedRequestsInOneWrite();
    void manyRepeatedFieldsRefusedQuickly();
    void keyInBodyIsNotStored();
    void revokedSecretStopsAtOnce();
    void unsupportedContentType415();
    void unparsableBody400_data();
    void unparsableBody400();
    void missingIdentity422();
    void wrongMethod405();
    void rateLimit429();
    void concurrentDuplicatesMakeOneAlert();
    void openIntegrationIsFlaggedInHealth();
    void storageFailureIs503NotSuccess();

private:
    QString path(const QString &name) const;
    ApiClient::Reply post(const QString &path, const QByteArray &body, const ApiClient::Headers &headers,
                          const QByteArray &contentType = "application/json");

    EngineFixture m_engine;
    QHash<QString, QJsonObject> m_integrations;
};

void TestWebhookErrors::initTestCase()
{
    QVERIFY(m_engine.start(64 * 1024).isEmpty());
    const auto add = [this](const QString &name, const QJsonObject &body) {
        m_integrations.insert(name, m_engine.createIntegration(body));
    };
    add(u"ninja"_s, {{u"name"_s, u"n"_s},
                     {u"provider"_s, u"ninja"_s},
                     {u"credentials"_s, QJsonObject{{u"bearer_token"_s, u"nb"_s},
                                                    {u"header_name"_s, u"X-Ninja-Secret"_s},
                                                    {u"header_value"_s, u"nh"_s},
                                                    {u"url_token"_s, u"nq"_s}}}});
    add(u"datto"_s, {{u"name"_s, u"d"_s},
                     {u"provider"_s, u"datto"_s},
                     {u"credentials"_s, QJsonObject{{u"shared_secret"_s, u"ds"_s}}}});
    add(u"cw"_s, {{u"name"_s, u"c"_s},
                  {u"provider"_s, u"connectwise"_s},
                  {u"credentials"_s, QJsonObject{{u"api_key"_s, u"ck"_s}}}});
    add(u"basic"_s, {{u"name"_s, u"b"_s},
                     {u"provider"_s, u"generic"_s},
                     {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"basic"_s},
                                                    {u"username"_s, u"zabbix"_s},
                                                    {u"password"_s, u"pw"_s}}}});
    add(u"hmac"_s,
        {{u"name"_s, u"h"_s},
         {u"provider"_s, u"generic"_s},
         {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"hmac"_s}, {u"hmac_secret"_s, u"hs"_s}}}});
    add(u"open"_s, {{u"name"_s, u"o"_s},
                    {u"provider"_s, u"generic"_s},
                    {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}});
    add(u"nosecret"_s, {{u"name"_s, u"x"_s}, {u"provider"_s, u"datto"_s}});
    add(u"limited"_s, {{u"name"_s, u"l"_s},
                       {u"provider"_s, u"generic"_s},
                       {u"settings"_s, QJsonObject{{u"rate_limit_per_minute"_s, 3}}},
                       {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}});
    add(u"inactive"_s, {{u"name"_s, u"i"_s},
                        {u"provider"_s, u"generic"_s},
                        {u"is_active"_s, false},
                        {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}});
    for (auto it = m_integrations.cbegin(); it != m_integrations.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
}

void TestWebhookErrors::cleanupTestCase()
{
    m_engine.stop();
}

QString TestWebhookErrors::path(const QString &name) const
{
    const QJsonObject i = m_integrations.value(name);
    return u"/api/webhooks/%1/%2"_s.arg(i.value(u"provider").toString(), i.value(u"id").toString());
}

ApiClient::Reply TestWebhookErrors::post(const QString &p, const QByteArray &body,
                                         const ApiClient::Headers &headers, const QByteArray &contentType)
{
    ApiClient anonymous(m_engine.baseUrl());
    return anonymous.request("POST", p, body, contentType, headers);
}

void TestWebhookErrors::unknownOrMismatchedIntegration404_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("unknown uuid") << u"/api/webhooks/datto/6f1c2a1e-1111-4222-8333-944445555666"_s;
    QTest::newRow("not a uuid") << u"/api/webhooks/datto/abc"_s;
    QTest::newRow("unknown provider") << u"/api/webhooks/kaseya/6f1c2a1e-1111-4222-8333-944445555666"_s;
    QTest::newRow("provider mismatch") << u"mismatch"_s;
}

void TestWebhookErrors::unknownOrMismatchedIntegration404()
{
    QFETCH(QString, which);
    const QString p = which == u"mismatch" ? u"/api/webhooks/ninja/"_s +
                                                 m_integrations.value(u"datto"_s).value(u"id").toString()
                                           : which;
    const auto r = post(p, fixture(u"datto/seed-format.json"_s), {});
    QCOMPARE(r.status, 404);
    QVERIFY(!r.json.value(u"error").toString().isEmpty());
}

void TestWebhookErrors::inactiveIntegration404()
{
    QCOMPARE(post(path(u"inactive"_s), R"({"alert_id":"1","device_id":"d"})", {}).status, 404);
}

void TestWebhookErrors::badCredentials401_data()
{
    QTest::addColumn<QString>("integration");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("query");
    QTest::newRow("ninja none") << u"ninja"_s << QByteArray() << QByteArray() << QString();
    QTest::newRow("ninja wrong bearer")
        << u"ninja"_s << QByteArray("Authorization") << QByteArray("Bearer nope") << QString();
    QTest::newRow("ninja bearer without scheme")
        << u"ninja"_s << QByteArray("Authorization") << QByteArray("nb") << QString();
    QTest::newRow("ninja wrong custom header")
        << u"ninja"_s << QByteArray("X-Ninja-Secret") << QByteArray("nb") << QString();
    QTest::newRow("ninja wrong url token") << u"ninja"_s << QByteArray() << QByteArray() << u"token=wrong"_s;
    QTest::newRow("datto missing signature") << u"datto"_s << QByteArray() << QByteArray() << QString();
    QTest::newRow("datto wrong signature")
        << u"datto"_s << QByteArray("X-Datto-Signature") << QByteArray(64, 'a') << QString();
    QTest::newRow("datto garbage signature")
        << u"datto"_s << QByteArray("X-Datto-Signature") << QByteArray("zz") << QString();
    QTest::newRow("cw wrong key") << u"cw"_s << QByteArray("X-CW-API-Key") << QByteArray("nope") << QString();
    QTest::newRow("cw none") << u"cw"_s << QByteArray() << QByteArray() << QString();
    QTest::newRow("basic wrong password") << u"basic"_s << QByteArray("Authorization")
                                          << "Basic " + QByteArray("zabbix:nope").toBase64() << QString();
    QTest::newRow("basic garbage") << u"basic"_s << QByteArray("Authorization") << QByteArray("Basic ???")
                                   << QString();
    QTest::newRow("hmac wrong") << u"hmac"_s << QByteArray("X-Signature") << QByteArray(64, '0') << QString();
}

void TestWebhookErrors::badCredentials401()
{
    QFETCH(QString, integration);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, query);
    ApiClient::Headers headers;
    if (!headerName.isEmpty())
        headers.append({headerName, headerValue});
    const auto r = post(path(integration) + (query.isEmpty() ? QString() : u"?"_s + query),
                        fixture(u"datto/seed-format.json"_s), headers);
    QCOMPARE(r.status, 401);
    // Whatever was wrong, the answer is the same: it must not help guess.
    QCOMPARE(r.body, QByteArray(R"({"error":"unauthorized"})"));
}

void TestWebhookErrors::goodCredentials_data()
{
    QTest::addColumn<QString>("integration");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("file");
    const QByteArray datto = fixture(u"datto/seed-format.json"_s);
    const QByteArray cw = fixture(u"connectwise/seed-format.json"_s);
    const QString generic = u"generic-seed"_s;
    QTest::newRow("ninja bearer") << u"ninja"_s << QByteArray("Authorization") << QByteArray("Bearer nb")
                                  << QString() << u"ninjaone/seed-format.json"_s;
    QTest::newRow("ninja custom header") << u"ninja"_s << QByteArray("x-ninja-secret") << QByteArray("nh")
                                         << QString() << u"ninjaone/seed-format.json"_s;
    QTest::newRow("ninja url token") << u"ninja"_s << QByteArray() << QByteArray() << u"token=nq"_s
                                     << u"ninjaone/seed-format.json"_s;
    QTest::newRow("datto hmac lower")
        << u"datto"_s << QByteArray("X-Datto-Signature") << nestogy::crypto::hmacSha256("ds", datto).toHex()
        << QString() << u"datto/seed-format.json"_s;
    QTest::newRow("datto hmac upper with prefix")
        << u"datto"_s << QByteArray("X-Datto-Signature")
        << "sha256=" + nestogy::crypto::hmacSha256("ds", datto).toHex().toUpper() << QString()
        << u"datto/seed-format.json"_s;
    QTest::newRow("cw header") << u"cw"_s << QByteArray("X-CW-API-Key") << QByteArray("ck") << QString()
                               << u"connectwise/seed-format.json"_s;
    QTest::newRow("cw authorization bearer")
        << u"cw"_s << QByteArray("Authorization") << QByteArray("Bearer ck") << QString()
        << u"connectwise/seed-format.json"_s;
    QTest::newRow("cw authorization plain") << u"cw"_s << QByteArray("Authorization") << QByteArray("ck")
                                            << QString() << u"connectwise/seed-format.json"_s;
    QTest::newRow("cw api_key field")
        << u"cw"_s << QByteArray() << QByteArray() << QString() << u"cw-field"_s;
    QTest::newRow("generic basic") << u"basic"_s << QByteArray("Authorization")
                                   << "Basic " + QByteArray("zabbix:pw").toBase64() << QString() << generic;
    QTest::newRow("generic hmac") << u"hmac"_s << QByteArray("X-Signature")
                                  << nestogy::crypto::hmacSha256("hs", genericSeed()).toHex() << QString()
                                  << generic;
    QTest::newRow("generic none") << u"open"_s << QByteArray() << QByteArray() << QString() << generic;
    Q_UNUSED(cw);
}

void TestWebhookErrors::goodCredentials()
{
    QFETCH(QString, integration);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, query);
    QFETCH(QString, file);
    QByteArray body;
    if (file == u"cw-field") {
        QJsonObject o = QJsonDocument::fromJson(fixture(u"connectwise/seed-format.json"_s)).object();
        o.insert(u"api_key"_s, u"ck"_s);
        o.insert(u"AlertID"_s, u"field-auth"_s);
        body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else if (file == u"generic-seed") {
        body = genericSeed();
    } else {
        body = fixture(file);
    }
    ApiClient::Headers headers;
    if (!headerName.isEmpty())
        headers.append({headerName, headerValue});
    const auto r = post(path(integration) + (query.isEmpty() ? QString() : u"?"_s + query), body, headers);
    QVERIFY2(r.status == 202 || r.status == 200, r.body.constData());
    QVERIFY(!r.json.value(u"alert_id").toString().isEmpty());
}

void TestWebhookErrors::rotatedSecretStaysValid()
{
    const QString id = m_integrations.value(u"cw"_s).value(u"id").toString();
    const auto rotated = m_engine.api().put(u"/api/integrations/"_s + id,
                                            {{u"credentials"_s, QJsonObject{{u"api_key"_s, u"ck-new"_s}}}});
    QCOMPARE(rotated.status, 200);
    QByteArray body = fixture(u"connectwise/seed-format.json"_s);
    body.replace("88127", "rot-1");
    QVERIFY(post(path(u"cw"_s), body, {{"X-CW-API-Key", "ck-new"}}).status / 100 == 2);
    body.replace("rot-1", "rot-2");
    QVERIFY(post(path(u"cw"_s), body, {{"X-CW-API-Key", "ck"}}).status / 100 ==
            2); // previous, within its grace
    QCOMPARE(post(path(u"cw"_s), body, {{"X-CW-API-Key", "ck-older"}}).status, 401);
}

void TestWebhookErrors::integrationWithoutSecretsRefuses()
{
    // Secure by default: no secret configured means nobody can post, not everybody.
    QCOMPARE(post(path(u"nosecret"_s), fixture(u"datto/seed-format.json"_s), {}).status, 401);
}

void TestWebhookErrors::bodyTooLarge413()
{
    const QByteArray big =
        R"({"alert_id":"1","device_id":"d","message":")" + QByteArray(80 * 1024, 'x') + "\"}";
    const auto r = post(path(u"open"_s), big, {});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(u"detail").toObject().value(u"limit_bytes").toInt(), 64 * 1024);
}

void TestWebhookErrors::hugeDeclaredBodyRefusedBeforeItArrives()
{
    // A sender that announces 1 GiB gets 413 at once; the engine never waits for (or buffers) that body.
    const QByteArray request = "POST " + path(u"open"_s).toLatin1() +
                               " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               "Content-Length: 1073741824\r\n\r\n{\"alert_id\":";
    QByteArray body;
    QCOMPARE(m_engine.rawRequest(request, &body), 413);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"error").toString(), u"request body too large"_s);
    // Headers without end are cut off too.
    QCOMPARE(m_engine.rawRequest("POST " + path(u"open"_s).toLatin1() +
                                 " HTTP/1.1\r\nX-Fill: " + QByteArray(70 * 1024, 'a') + "\r\n"),
             431);
    // And the listener is still fine afterwards.
    QCOMPARE(m_engine.api().get(u"/healthz"_s).status, 200);
}

void TestWebhookErrors::keepAliveCarriesSeveralRequests()
{
    // Two requests back to back on one connection: the size guard must follow request boundaries.
    const QByteArray one = R"({"alert_id":"ka-1","device_id":"d","message":"keep alive one"})";
    const QByteArray two = R"({"alert_id":"ka-2","device_id":"d","message":"keep alive two"})";
    const auto request = [this](const QByteArray &body) -> QByteArray {
        return "POST " + path(u"open"_s).toLatin1() +
               " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    QTcpSocket socket;
    socket.connectToHost(m_engine.baseUrl().host(), quint16(m_engine.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    QByteArray received;
    for (const QByteArray &body : {one, two}) {
        socket.write(request(body));
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(100);
                received += socket.readAll();
                return received.count("HTTP/1.1 202") + received.count("HTTP/1.1 200") >=
                       (body == one ? 1 : 2);
            },
            10000));
    }
    QCOMPARE(received.count("HTTP/1.1 202"), 2);
}

void TestWebhookErrors::ambiguousFramingRefused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::newRow("two content-lengths")
        << QByteArray("Content-Length: 2\r\nContent-Length: 20000000\r\n") << 400;
    QTest::newRow("folded content-length") << QByteArray("Content-Length:\r\n 20000000\r\n") << 400;
    QTest::newRow("length and chunked")
        << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << 411;
    QTest::newRow("negative length") << QByteArray("Content-Length: -5\r\n") << 400;
}

void TestWebhookErrors::ambiguousFramingRefused()
{
    // Framing two parsers could read differently is how a size limit gets smuggled past: refuse it outright.
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    const QByteArray request = "POST " + path(u"open"_s).toLatin1() + " HTTP/1.1\r\nHost: x\r\n" +
                               "Content-Type: application/json\r\n" + headers + "\r\n{}";
    QByteArray body;
    QCOMPARE(m_engine.rawRequest(request, &body), status);
    QVERIFY(!QJsonDocument::fromJson(body).object().value(u"error").toString().isEmpty());
}

void TestWebhookErrors::pipelinedRequestsInOneWrite()
{
    const auto request = [this](const QByteArray &body) -> QByteArray {
        return "POST " + path(u"open"_s).toLatin1() +
               " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    QTcpSocket socket;
    socket.connectToHost(m_engine.baseUrl().host(), quint16(m_engine.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request(R"({"alert_id":"pl-1","device_id":"d","message":"pipelined one"})") +
                 request(R"({"alert_id":"pl-2","device_id":"d","message":"pipelined two"})") +
                 request(R"({"alert_id":"pl-3","device_id":"d","message":"pipelined three"})"));
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            socket.waitForReadyRead(100);
            received += socket.readAll();
            return received.count("HTTP/1.1 202") >= 3;
        },
        10000));
    QVERIFY(!received.contains("HTTP/1.1 4"));
}

void TestWebhookErrors::manyRepeatedFieldsRefusedQuickly()
{
    // 16,000 repeats of one form field: refused as a whole, not parsed field by field for minutes.
    QByteArray form;
    for (int i = 0; i < 16000; ++i)
        form += "a=1&";
    const auto r = post(path(u"open"_s), form, {}, "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 400);
    QByteArray xml = "<r>";
    for (int i = 0; i < 12000; ++i)
        xml += "<a/>";
    xml += "</r>";
    QCOMPARE(post(path(u"open"_s), xml, {}, "application/xml").status, 400);
}

void TestWebhookErrors::keyInBodyIsNotStored()
{
    QJsonObject o = QJsonDocument::fromJson(fixture(u"connectwise/seed-format.json"_s)).object();
    o.insert(u"api_key"_s, u"ck"_s);
    o.insert(u"AlertID"_s, u"key-in-body"_s);
    o.insert(u"AlertMessage"_s, u"key in body"_s);
    const auto r = post(path(u"cw"_s), QJsonDocument(o).toJson(QJsonDocument::Compact), {});
    QCOMPARE(r.status, 202);
    const auto stored = m_engine.api().get(u"/api/alerts/"_s + r.json.value(u"alert_id").toString());
    QVERIFY(!stored.json.value(u"raw_payload").toString().isEmpty());
    QVERIFY(!stored.json.value(u"raw_payload").toString().contains(u"api_key"_s));
}

void TestWebhookErrors::revokedSecretStopsAtOnce()
{
    const QString id = m_integrations.value(u"datto"_s).value(u"id").toString();
    QCOMPARE(m_engine.api()
                 .put(u"/api/integrations/"_s + id,
                      {{u"credentials"_s, QJsonObject{{u"shared_secret"_s, u"ds2"_s}}},
                       {u"revoke_previous_credentials"_s, true}})
                 .status,
             200);
    QByteArray body = fixture(u"datto/seed-format.json"_s);
    QCOMPARE(
        post(path(u"datto"_s), body, {{"X-Datto-Signature", nestogy::crypto::hmacSha256("ds", body).toHex()}})
            .status,
        401);
    QVERIFY(post(path(u"datto"_s), body,
                 {{"X-Datto-Signature", nestogy::crypto::hmacSha256("ds2", body).toHex()}})
                    .status /
                100 ==
            2);
}

void TestWebhookErrors::unsupportedContentType415()
{
    const auto r = post(path(u"open"_s), "\x89PNG\r\n", {}, "image/png");
    QCOMPARE(r.status, 415);
    QVERIFY(r.json.value(u"error").toString().contains(u"content type"_s));
}

void TestWebhookErrors::unparsableBody400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("broken json") << QByteArray(R"({"alert_id": )") << QByteArray("application/json");
    QTest::newRow("json array") << QByteArray("[1,2,3]") << QByteArray("application/json");
    QTest::newRow("broken xml") << QByteArray("<alert><uid>1</alert>") << QByteArray("application/xml");
    QTest::newRow("empty json") << QByteArray() << QByteArray("application/json");
}

void TestWebhookErrors::unparsableBody400()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const auto r = post(path(u"open"_s), body, {}, contentType);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.json.value(u"error").toString().isEmpty());
}

void TestWebhookErrors::missingIdentity422()
{
    const auto r = post(path(u"open"_s), R"({"device_id":"d","message":"no id"})", {});
    QCOMPARE(r.status, 422);
    QVERIFY(!r.json.value(u"field").toString().isEmpty());
    QByteArray ninja = fixture(u"ninjaone/seed-format.json"_s);
    ninja.replace("\"alertId\"", "\"alertIdent\"");
    const auto n = post(path(u"ninja"_s), ninja, {{"Authorization", "Bearer nb"}});
    QCOMPARE(n.status, 422);
    QCOMPARE(n.json.value(u"field").toString(), u"alertId"_s);
}

void TestWebhookErrors::wrongMethod405()
{
    ApiClient anonymous(m_engine.baseUrl());
    for (const QByteArray method : {"GET", "PUT", "DELETE"}) {
        const auto r = anonymous.request(method, path(u"open"_s));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
    }
}

void TestWebhookErrors::rateLimit429()
{
    int accepted = 0;
    ApiClient::Reply limited;
    for (int i = 0; i < 5; ++i) {
        const auto r =
            post(path(u"limited"_s), u"{\"alert_id\":\"r%1\",\"device_id\":\"d\"}"_s.arg(i).toUtf8(), {});
        if (r.status == 429) {
            limited = r;
            break;
        }
        ++accepted;
    }
    QCOMPARE(accepted, 3);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    const auto health = m_engine.api().get(u"/healthz"_s);
    QVERIFY(health.json.value(u"webhooks").toObject().value(u"rate_limited").toInt() >= 1);
}

void TestWebhookErrors::concurrentDuplicatesMakeOneAlert()
{
    // Many connections at once, the same alert: one alert with one occurrence per request.
    constexpr int N = 40;
    const QByteArray body = R"({"alert_id":"race-1","device_id":"race-device","message":"same thing"})";
    QList<std::shared_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    QUrl url = m_engine.baseUrl();
    url.setPath(path(u"open"_s));
    for (int i = 0; i < N; ++i) {
        if (i % 6 == 0)
            managers.append(std::make_shared<QNetworkAccessManager>());
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        replies.append(managers.last()->post(req, body));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](auto *r) { return r->isFinished(); }), 30000);
    QSet<QString> ids;
    int created = 0;
    int maxOccurrences = 0;
    for (QNetworkReply *r : std::as_const(replies)) {
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
        QVERIFY2(status == 202 || status == 200, qPrintable(QString::number(status)));
        created += status == 202 ? 1 : 0;
        ids.insert(o.value(u"alert_id").toString());
        maxOccurrences = std::max(maxOccurrences, o.value(u"occurrences").toInt(1));
        r->deleteLater();
    }
    QCOMPARE(created, 1);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(maxOccurrences, N);
    const auto a = m_engine.api().get(u"/api/alerts/"_s + *ids.cbegin());
    QCOMPARE(a.json.value(u"occurrences").toInt(), N);
}

void TestWebhookErrors::openIntegrationIsFlaggedInHealth()
{
    const auto health = m_engine.api().get(u"/healthz"_s);
    const QJsonArray open =
        health.json.value(u"webhooks").toObject().value(u"unauthenticated_integrations").toArray();
    QStringList ids;
    for (const auto &v : open)
        ids << v.toObject().value(u"id").toString();
    QVERIFY(ids.contains(m_integrations.value(u"open"_s).value(u"id").toString()));
    QVERIFY(!ids.contains(m_integrations.value(u"datto"_s).value(u"id").toString()));
    // Without the admin token only the count shows: for such an integration its id is the only secret.
    ApiClient anonymous(m_engine.baseUrl());
    const auto publicHealth = anonymous.get(u"/healthz"_s);
    QCOMPARE(publicHealth.status, 200);
    QVERIFY(publicHealth.json.value(u"webhooks").toObject().value(u"unauthenticated_integrations").toInt() >=
            1);
    for (const QJsonObject &i : std::as_const(m_integrations))
        QVERIFY(!publicHealth.body.contains(i.value(u"id").toString().toLatin1()));
}

void TestWebhookErrors::storageFailureIs503NotSuccess()
{
    // Take the alerts table away underneath the running engine: the alert cannot be committed, so the sender
    // must hear 503 (and retry), never 2xx.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
        db.setDatabaseName(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA busy_timeout=10000"_s));
        QVERIFY2(q.exec(u"ALTER TABLE rmm_alerts RENAME TO rmm_alerts_away"_s),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"saboteur"_s);
    const auto r = post(path(u"open"_s), R"({"alert_id":"lost?","device_id":"d","message":"m"})", {});
    QCOMPARE(r.status, 503);
    QVERIFY(r.header("Retry-After").toInt() > 0);
    QCOMPARE(r.json.value(u"error").toString(), u"storage unavailable"_s);
}

QTEST_GUILESS_MAIN(TestWebhookErrors)
#include "tst_webhookerrors.moc"
