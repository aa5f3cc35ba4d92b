// Webhook intake end to end: real payloads of every provider through the listener into the database, and the
// dedup rules (duplicate, redelivery, resolve, reopen) that senders' retries and flapping monitors rely on.
#include "EngineFixture.h"

#include "Crypto.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
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

QJsonObject jsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestWebhookIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fixtures_data();
    void fixtures();
    void noContentTypeIsSniffed();
    void duplicateFoldsIntoOpenAlert();
    void exactRedeliveryCountsOnce();
    void resolveClosesBySeriesKey();
    void resolveOfUnknownAlertIsRecorded();
    void triggerSoonAfterResolveReopens();
    void queuesProcessingJobInSameCommit();
    void alertsApiFilters();
    void alertDetailHasRawPayload();
    void unknownRmmOrganizationFallsBackToIntegrationClient();
    void integrationSettingsShapeDedupAndSeverity();
    void lateTriggerDoesNotReopen();

private:
    struct Sender
    {
        QString provider;
        QString uuid;
    };
    ApiClient::Reply send(const QString &integration, const QByteArray &body,
                          const QByteArray &contentType = "application/json");
    QJsonObject alert(const QString &id);
    QSqlDatabase db();

    EngineFixture m_engine;
    QHash<QString, Sender> m_senders; // by name: ninja, datto, connectwise, zabbix, tactical
    qint64 m_acmeClientId = 0;
};

void TestWebhookIngest::initTestCase()
{
    const QString err = m_engine.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const auto client = m_engine.api().post(u"/api/clients"_s, {{u"name"_s, u"Fallback Client"_s}});
    QCOMPARE(client.status, 201);
    m_acmeClientId = client.json.value(u"id").toInteger();

    const auto add = [this](const QString &name, const QJsonObject &body) {
        const QJsonObject created = m_engine.createIntegration(body);
        m_senders.insert(name, {created.value(u"provider").toString(), created.value(u"id").toString()});
    };
    add(u"ninja"_s, {{u"name"_s, u"Ninja"_s},
                     {u"provider"_s, u"ninjaone"_s},
                     {u"settings"_s, QJsonObject{{u"auto_create_clients"_s, true}}},
                     {u"credentials"_s, QJsonObject{{u"bearer_token"_s, u"ninja-token"_s}}}});
    add(u"datto"_s, {{u"name"_s, u"Datto"_s},
                     {u"provider"_s, u"datto"_s},
                     {u"settings"_s, QJsonObject{{u"auto_create_clients"_s, true}}},
                     {u"credentials"_s, QJsonObject{{u"shared_secret"_s, u"datto-secret"_s}}}});
    add(u"connectwise"_s, {{u"name"_s, u"Automate"_s},
                           {u"provider"_s, u"connectwise"_s},
                           {u"client_id"_s, m_acmeClientId},
                           {u"credentials"_s, QJsonObject{{u"api_key"_s, u"cw-key"_s}}}});
    add(u"zabbix"_s,
        {{u"name"_s, u"Zabbix"_s},
         {u"provider"_s, u"generic"_s},
         {u"settings"_s, QJsonObject{{u"auto_create_clients"_s, true}}},
         {u"field_mappings"_s,
          jsonFile(QStringLiteral(NESTOGY_FIXTURES_DIR "/webhooks/generic/zabbix-style.mapping.json"))},
         {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"api_key"_s}, {u"api_key"_s, u"zbx-key"_s}}}});
    const QJsonObject tactical =
        jsonFile(QStringLiteral(NESTOGY_SOURCE_DIR "/resources/presets/tactical-rmm.json"));
    add(u"tactical"_s, {{u"name"_s, u"Tactical"_s},
                        {u"provider"_s, u"generic"_s},
                        {u"settings"_s, QJsonObject{{u"auto_create_clients"_s, true}}},
                        {u"field_mappings"_s, tactical.value(u"field_mappings").toObject()},
                        {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"api_key"_s},
                                                       {u"api_key"_s, u"unused"_s},
                                                       {u"url_token"_s, u"tactical-url-token"_s}}}});
    QCOMPARE(m_senders.size(), 5);
    for (const auto &s : std::as_const(m_senders))
        QVERIFY(!s.uuid.isEmpty());
}

void TestWebhookIngest::cleanupTestCase()
{
    m_engine.stop();
    QSqlDatabase::removeDatabase(u"ingest-reader"_s);
}

QSqlDatabase TestWebhookIngest::db()
{
    if (QSqlDatabase::contains(u"ingest-reader"_s))
        return QSqlDatabase::database(u"ingest-reader"_s);
    QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ingest-reader"_s);
    d.setDatabaseName(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s));
    d.open();
    return d;
}

ApiClient::Reply TestWebhookIngest::send(const QString &name, const QByteArray &body,
                                         const QByteArray &contentType)
{
    const Sender s = m_senders.value(name);
    QString path = u"/api/webhooks/%1/%2"_s.arg(s.provider, s.uuid);
    ApiClient::Headers headers;
    if (name == u"ninja")
        headers = {{"Authorization", "Bearer ninja-token"}};
    else if (name == u"datto")
        headers = {{"X-Datto-Signature", nestogy::crypto::hmacSha256("datto-secret", body).toHex()}};
    else if (name == u"connectwise")
        headers = {{"X-CW-API-Key", "cw-key"}};
    else if (name == u"zabbix")
        headers = {{"X-API-Key", "zbx-key"}};
    else if (name == u"tactical")
        path += u"?token=tactical-url-token"_s;
    ApiClient anonymous(m_engine.baseUrl());
    return anonymous.request("POST", path, body, contentType, headers);
}

QJsonObject TestWebhookIngest::alert(const QString &id)
{
    return m_engine.api().get(u"/api/alerts/"_s + id).json;
}

void TestWebhookIngest::fixtures_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("alertStatus");

    const QByteArray json = "application/json";
    QTest::newRow("ninja activity triggered")
        << u"ninja"_s << u"ninjaone/condition-triggered.json"_s << json << 202 << u"accepted"_s << u"normal"_s
        << u"ccesxi03.cc.local"_s << u"Country Consulting"_s << u"open"_s;
    QTest::newRow("ninja activity reset")
        << u"ninja"_s << u"ninjaone/condition-reset.json"_s << json << 200 << u"resolved"_s << u"normal"_s
        << u"ccesxi03.cc.local"_s << u"Country Consulting"_s << u"resolved"_s;
    QTest::newRow("ninja node updated") << u"ninja"_s << u"ninjaone/system-node-updated.json"_s << json << 200
                                        << u"ignored"_s << QString() << QString() << QString() << QString();
    QTest::newRow("ninja seed") << u"ninja"_s << u"ninjaone/seed-format.json"_s << json << 202
                                << u"accepted"_s << u"high"_s << u"SRV-DC01"_s << QString() << u"open"_s;
    QTest::newRow("datto seed json") << u"datto"_s << u"datto/seed-format.json"_s << json << 202
                                     << u"accepted"_s << u"urgent"_s << u"ACME-WS-114"_s << u"Acme Corp"_s
                                     << u"open"_s;
    QTest::newRow("datto seed xml") << u"datto"_s << u"datto/seed-format.xml"_s
                                    << QByteArray("application/xml") << 202 << u"accepted"_s << u"high"_s
                                    << u"ACME-WS-114"_s << u"Acme Corp"_s << u"open"_s;
    QTest::newRow("datto camelCase") << u"datto"_s << u"datto/template-camelcase.json"_s << json << 202
                                     << u"accepted"_s << u"high"_s << u"HD-FRONTDESK-02"_s
                                     << u"Harbor Dental"_s << u"open"_s;
    QTest::newRow("datto unexpanded template")
        << u"datto"_s << u"datto/template-camelcase-unexpanded.json"_s << json << 422 << QString()
        << QString() << QString() << QString() << QString();
    QTest::newRow("datto halo triggered")
        << u"datto"_s << u"datto/halo-style-triggered.json"_s << json << 202 << u"accepted"_s << u"urgent"_s
        << u"BRX-FS01"_s << u"Brixton Legal"_s << u"open"_s;
    QTest::newRow("datto halo resolved")
        << u"datto"_s << u"datto/halo-style-resolved.json"_s << json << 200 << u"resolved"_s << u"urgent"_s
        << u"BRX-FS01"_s << u"Brixton Legal"_s << u"resolved"_s;
    QTest::newRow("connectwise seed")
        << u"connectwise"_s << u"connectwise/seed-format.json"_s << json << 202 << u"accepted"_s
        << u"urgent"_s << u"NORTHWIND-SQL01"_s << QString() << u"open"_s;
    QTest::newRow("connectwise monitor script")
        << u"connectwise"_s << u"connectwise/monitor-script-post.json"_s << json << 202 << u"accepted"_s
        << u"normal"_s << u"NORTHWIND-WS07"_s << QString() << u"open"_s;
    QTest::newRow("zabbix style") << u"zabbix"_s << u"generic/zabbix-style.json"_s << json << 202
                                  << u"accepted"_s << u"high"_s << u"gw-02"_s << u"Contoso"_s << u"open"_s;
    QTest::newRow("tactical filled") << u"tactical"_s << u"tactical/rest-action-filled.json"_s << json << 202
                                     << u"accepted"_s << u"high"_s << u"WS-RECEPTION"_s
                                     << u"Kensington Vets"_s << u"open"_s;
    QTest::newRow("tactical unfilled template")
        << u"tactical"_s << u"tactical/rest-action-template.json"_s << json << 422 << QString() << QString()
        << QString() << QString() << QString();
}

void TestWebhookIngest::fixtures()
{
    QFETCH(QString, sender);
    QFETCH(QString, file);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, answer);
    QFETCH(QString, severity);
    QFETCH(QString, device);
    QFETCH(QString, client);
    QFETCH(QString, alertStatus);

    const auto r = send(sender, fixture(file), contentType);
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 422) {
        QVERIFY(!r.json.value(u"field").toString().isEmpty());
        return;
    }
    QCOMPARE(r.json.value(u"status").toString(), answer);
    if (answer == u"ignored") {
        QVERIFY(!r.json.value(u"reason").toString().isEmpty());
        return;
    }
    const QString id = r.json.value(u"alert_id").toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    const QJsonObject a = alert(id);
    QCOMPARE(a.value(u"severity").toString(), severity);
    QCOMPARE(a.value(u"device_name").toString(), device);
    if (!client.isEmpty())
        QCOMPARE(a.value(u"client").toString(), client);
    QCOMPARE(a.value(u"status").toString(), alertStatus);
    QCOMPARE(a.value(u"provider").toString(), m_senders.value(sender).provider);
    QVERIFY(!a.value(u"first_seen").toString().isEmpty());
}

void TestWebhookIngest::noContentTypeIsSniffed()
{
    // Tactical RMM sends no Content-Type unless the user adds one.
    QByteArray body = fixture(u"tactical/rest-action-filled.json"_s);
    body.replace("3120", "3121");
    body.replace("is overdue", "is overdue again");
    const Sender s = m_senders.value(u"tactical"_s);
    const QByteArray request = "POST /api/webhooks/generic/" + s.uuid.toLatin1() +
                               "?token=tactical-url-token HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QByteArray answer;
    QCOMPARE(m_engine.rawRequest(request, &answer), 202);
    QCOMPARE(QJsonDocument::fromJson(answer).object().value(u"status").toString(), u"accepted"_s);
}

void TestWebhookIngest::duplicateFoldsIntoOpenAlert()
{
    QByteArray body = fixture(u"connectwise/seed-format.json"_s);
    body.replace("88127", "99001");
    body.replace("MSSQLSERVER", "Spooler");
    const auto first = send(u"connectwise"_s, body);
    QCOMPARE(first.status, 202);
    const auto second = send(u"connectwise"_s, body);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.value(u"status").toString(), u"duplicate"_s);
    QCOMPARE(second.json.value(u"alert_id").toString(), first.json.value(u"alert_id").toString());
    QCOMPARE(second.json.value(u"occurrences").toInt(), 2);
    const auto third = send(u"connectwise"_s, body);
    QCOMPARE(third.json.value(u"occurrences").toInt(), 3);
    QCOMPARE(alert(first.json.value(u"alert_id").toString()).value(u"occurrences").toInt(), 3);
}

void TestWebhookIngest::exactRedeliveryCountsOnce()
{
    QByteArray body = fixture(u"ninjaone/condition-triggered.json"_s);
    body.replace("177210", "555001");
    body.replace("e6b0b0bd-5753-445d-9e4a-71c08983cbd5", "11111111-2222-4333-8444-555555555555");
    body.replace("for 5 minutes", "for 6 minutes");
    const auto first = send(u"ninja"_s, body);
    QCOMPARE(first.status, 202);
    const auto again = send(u"ninja"_s, body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"alert_id").toString(), first.json.value(u"alert_id").toString());
    QCOMPARE(again.json.value(u"redelivery").toBool(), true);
    QCOMPARE(alert(first.json.value(u"alert_id").toString()).value(u"occurrences").toInt(), 1);
}

void TestWebhookIngest::resolveClosesBySeriesKey()
{
    // Trigger and reset carry different messages: only the series key ties them together.
    QByteArray trigger = fixture(u"ninjaone/condition-triggered.json"_s);
    trigger.replace("177210", "600001");
    trigger.replace("e6b0b0bd-5753-445d-9e4a-71c08983cbd5", "aaaaaaaa-2222-4333-8444-555555555555");
    trigger.replace("for 5 minutes", "for 7 minutes");
    QByteArray reset = fixture(u"ninjaone/condition-reset.json"_s);
    reset.replace("177231", "600002");
    reset.replace("e6b0b0bd-5753-445d-9e4a-71c08983cbd5", "aaaaaaaa-2222-4333-8444-555555555555");
    const auto opened = send(u"ninja"_s, trigger);
    QCOMPARE(opened.status, 202);
    const auto closed = send(u"ninja"_s, reset);
    QCOMPARE(closed.status, 200);
    QCOMPARE(closed.json.value(u"status").toString(), u"resolved"_s);
    QCOMPARE(closed.json.value(u"alert_id").toString(), opened.json.value(u"alert_id").toString());
    const QJsonObject a = alert(opened.json.value(u"alert_id").toString());
    QCOMPARE(a.value(u"status").toString(), u"resolved"_s);
    QVERIFY(!a.value(u"resolved_at").isNull());
}

void TestWebhookIngest::resolveOfUnknownAlertIsRecorded()
{
    QByteArray reset = fixture(u"ninjaone/condition-reset.json"_s);
    reset.replace("177231", "700002");
    reset.replace("e6b0b0bd-5753-445d-9e4a-71c08983cbd5", "bbbbbbbb-2222-4333-8444-555555555555");
    const auto r = send(u"ninja"_s, reset);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"status").toString(), u"resolved"_s);
    QCOMPARE(r.json.value(u"matched").toBool(true), false);
    QCOMPARE(alert(r.json.value(u"alert_id").toString()).value(u"status").toString(), u"resolved"_s);
}

void TestWebhookIngest::triggerSoonAfterResolveReopens()
{
    QByteArray trigger = fixture(u"datto/halo-style-triggered.json"_s);
    trigger.replace("d41c8e90-2b7a-4f35-a6e1-9c0b8d7f6e52", "cccccccc-2b7a-4f35-a6e1-9c0b8d7f6e52");
    trigger.replace("94% full", "97% full");
    QByteArray resolve = fixture(u"datto/halo-style-resolved.json"_s);
    resolve.replace("d41c8e90-2b7a-4f35-a6e1-9c0b8d7f6e52", "cccccccc-2b7a-4f35-a6e1-9c0b8d7f6e52");
    const auto first = send(u"datto"_s, trigger);
    QCOMPARE(first.status, 202);
    QCOMPARE(send(u"datto"_s, resolve).status, 200);
    const auto again = send(u"datto"_s, trigger);
    QCOMPARE(again.status, 202);
    QCOMPARE(again.json.value(u"status").toString(), u"reopened"_s);
    QCOMPARE(again.json.value(u"alert_id").toString(), first.json.value(u"alert_id").toString());
    const QJsonObject a = alert(first.json.value(u"alert_id").toString());
    QCOMPARE(a.value(u"status").toString(), u"open"_s);
    QCOMPARE(a.value(u"flap_count").toInt(), 1);
    QCOMPARE(a.value(u"occurrences").toInt(), 2);
}

void TestWebhookIngest::queuesProcessingJobInSameCommit()
{
    QByteArray body = fixture(u"datto/seed-format.json"_s);
    body.replace("alrt-99012", "alrt-job-1");
    body.replace("9 days", "10 days");
    const auto r = send(u"datto"_s, body);
    QCOMPARE(r.status, 202);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT kind, queue, state, payload FROM jobs WHERE payload LIKE '%%1%'"_s.arg(
        r.json.value(u"alert_id").toString())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"ProcessRmmAlert"_s);
    QCOMPARE(q.value(1).toString(), u"urgent-alerts"_s); // critical -> urgent -> the urgent queue
    // Committed with the alert; the workers may already have taken it by now.
    QVERIFY2((QStringList{u"queued"_s, u"running"_s, u"done"_s}).contains(q.value(2).toString()),
             qPrintable(q.value(2).toString()));
}

void TestWebhookIngest::alertsApiFilters()
{
    auto &api = m_engine.api();
    const auto all = api.get(u"/api/alerts?limit=500"_s);
    QCOMPARE(all.status, 200);
    const int total = all.json.value(u"total").toInt();
    QVERIFY(total >= 10);
    // Newest first.
    const QJsonArray items = all.json.value(u"items").toArray();
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items[i - 1].toObject().value(u"last_seen").toString() >=
                items[i].toObject().value(u"last_seen").toString());
    for (const QString &sev : {u"urgent"_s, u"high"_s}) {
        const auto r = api.get(u"/api/alerts?severity="_s + sev);
        QVERIFY(r.json.value(u"total").toInt() > 0);
        const QJsonArray filtered = r.json.value(u"items").toArray();
        for (const auto &v : filtered)
            QCOMPARE(v.toObject().value(u"severity").toString(), sev);
    }
    const auto resolved = api.get(u"/api/alerts?status=resolved"_s);
    QVERIFY(resolved.json.value(u"total").toInt() >= 2);
    const auto byIntegration = api.get(u"/api/alerts?integration="_s + m_senders.value(u"zabbix"_s).uuid);
    QCOMPARE(byIntegration.json.value(u"total").toInt(), 1);
    QCOMPARE(api.get(u"/api/alerts?q=gw-02"_s).json.value(u"total").toInt(), 1);
    QCOMPARE(api.get(u"/api/alerts?client=harbor"_s).json.value(u"total").toInt(), 1);
    const auto page = api.get(u"/api/alerts?limit=2&offset=1"_s);
    QCOMPARE(page.json.value(u"items").toArray().size(), 2);
    QCOMPARE(page.json.value(u"total").toInt(), total);
    QCOMPARE(api.get(u"/api/alerts?severity=catastrophic"_s).status, 422);
    QCOMPARE(api.get(u"/api/alerts?limit=0"_s).status, 422);
    QCOMPARE(api.get(u"/api/alerts?limit=abc"_s).status, 422);
    QCOMPARE(api.get(u"/api/alerts/00000000-0000-4000-8000-000000000000"_s).status, 404);
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(anonymous.get(u"/api/alerts"_s).status, 401);
    const QJsonObject item = items.first().toObject();
    for (const auto *key : {"id", "integration_id", "provider", "external_alert_id", "device_id",
                            "device_name", "client", "alert_type", "severity", "status", "message",
                            "occurrences", "first_seen", "last_seen", "ticket_id"})
        QVERIFY2(item.contains(QLatin1String(key)), key);
}

void TestWebhookIngest::alertDetailHasRawPayload()
{
    QByteArray body = fixture(u"generic/zabbix-style.json"_s);
    body.replace("4471", "4472");
    body.replace("gw-02", "gw-03");
    const auto r = send(u"zabbix"_s, body);
    QCOMPARE(r.status, 202);
    const QJsonObject a = alert(r.json.value(u"alert_id").toString());
    QCOMPARE(a.value(u"raw_payload").toString().toUtf8(), body);
    QCOMPARE(a.value(u"external_alert_id").toString(), u"4472"_s);
}

void TestWebhookIngest::unknownRmmOrganizationFallsBackToIntegrationClient()
{
    // The ConnectWise integration has no auto-create: an unknown ClientName lands on the integration's
    // client.
    QByteArray body = fixture(u"connectwise/seed-format.json"_s);
    body.replace("88127", "99777");
    body.replace("Northwind Traders", "Nobody We Know");
    body.replace("MSSQLSERVER", "W32Time");
    const auto r = send(u"connectwise"_s, body);
    QCOMPARE(r.status, 202);
    const QJsonObject a = alert(r.json.value(u"alert_id").toString());
    QCOMPARE(a.value(u"client_id").toInteger(), m_acmeClientId);
}

void TestWebhookIngest::integrationSettingsShapeDedupAndSeverity()
{
    // fingerprint_fields without the message: a changing message no longer makes a new alert.
    // severity_map overrides the built-in word table for this integration only.
    const QJsonObject created = m_engine.createIntegration(
        {{u"name"_s, u"Tuned"_s},
         {u"provider"_s, u"generic"_s},
         {u"settings"_s, QJsonObject{{u"fingerprint_fields"_s, QJsonArray{u"device_id"_s, u"alert_type"_s}},
                                     {u"severity_map"_s, QJsonObject{{u"Warning"_s, u"urgent"_s}}}}},
         {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}});
    QVERIFY(!created.isEmpty());
    const QString path = u"/api/webhooks/generic/"_s + created.value(u"id").toString();
    ApiClient anonymous(m_engine.baseUrl());
    const auto first = anonymous.request(
        "POST", path,
        R"({"alert_id":"t-1","device_id":"fs1","alert_type":"disk","message":"91% full","severity":"warning"})");
    QCOMPARE(first.status, 202);
    const auto second = anonymous.request(
        "POST", path,
        R"({"alert_id":"t-2","device_id":"fs1","alert_type":"disk","message":"93% full","severity":"warning"})");
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.value(u"alert_id").toString(), first.json.value(u"alert_id").toString());
    QCOMPARE(alert(first.json.value(u"alert_id").toString()).value(u"severity").toString(), u"urgent"_s);
}

void TestWebhookIngest::lateTriggerDoesNotReopen()
{
    // The resolve overtakes its trigger (a sender's retry): the trigger counts, the alert stays resolved.
    QByteArray reset = fixture(u"ninjaone/condition-reset.json"_s);
    reset.replace("177231", "800002");
    reset.replace("e6b0b0bd-5753-445d-9e4a-71c08983cbd5", "dddddddd-2222-4333-8444-555555555555");
    reset.replace("back below 80%", "back below 80% (late test)");
    QByteArray trigger = fixture(u"ninjaone/condition-triggered.json"_s);
    trigger.replace("177210", "800001");
    trigger.replace("e6b0b0bd-5753-445d-9e4a-71c08983cbd5", "dddddddd-2222-4333-8444-555555555555");
    trigger.replace("for 5 minutes", "for 9 minutes");
    const auto resolved = send(u"ninja"_s, reset);
    QCOMPARE(resolved.status, 200);
    const auto late = send(u"ninja"_s, trigger); // activityTime of the trigger is before the reset's
    QCOMPARE(late.status, 200);
    QCOMPARE(late.json.value(u"alert_id").toString(), resolved.json.value(u"alert_id").toString());
    QCOMPARE(alert(resolved.json.value(u"alert_id").toString()).value(u"status").toString(), u"resolved"_s);
}

QTEST_GUILESS_MAIN(TestWebhookIngest)
#include "tst_webhookingest.moc"
