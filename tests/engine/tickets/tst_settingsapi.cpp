// /api/settings: the mail server (password sealed, write-only), SLA policy and client mail template, each
// validated with the field named; a test mail through the real SMTP sink.
#include "Database.h"
#include "Engine.h"
#include "EngineFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void needsAdminAndKnownSection();
    void smtpValidation_data();
    void smtpValidation();
    void smtpPasswordIsSealedAndWriteOnly();
    void slaValidation_data();
    void slaValidation();
    void slaRoundTrip();
    void templateValidation();
    void testMailReachesTheServer();
    void testMailToDeadServerSays502();
    void retentionRoundTripAndPurge();

private:
    QByteArray databaseBytes() const;
    EngineFixture m_engine;
};

void TestSettingsApi::initTestCase()
{
    qunsetenv("NESTOGY_SMTP_HOST"); // the stored section must be what counts here
    QCOMPARE(m_engine.start(), QString());
}

void TestSettingsApi::cleanupTestCase()
{
    m_engine.stop();
}

QByteArray TestSettingsApi::databaseBytes() const
{
    QByteArray all;
    for (const char *suffix : {"", "-wal"}) {
        QFile f(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s + QLatin1String(suffix)));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void TestSettingsApi::needsAdminAndKnownSection()
{
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(anonymous.get(u"/api/settings/smtp"_s).status, 401);
    QCOMPARE(anonymous.put(u"/api/settings/sla"_s, {}).status, 401);
    const auto unknown = m_engine.api().get(u"/api/settings/colours"_s);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.json.value(u"error"_s).toString().contains(u"smtp, sla, notifications"_s));
    QCOMPARE(m_engine.api().get(u"/api/settings/smtp"_s).status, 200);
}

void TestSettingsApi::smtpValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no host") << QByteArray(R"({"from": "desk@msp.example"})") << u"host"_s;
    QTest::newRow("bad port") << QByteArray(R"({"host": "mail", "port": 70000, "from": "a@b"})") << u"port"_s;
    QTest::newRow("bad security") << QByteArray(R"({"host": "mail", "security": "ssl3", "from": "a@b"})")
                                  << u"security"_s;
    QTest::newRow("no from") << QByteArray(R"({"host": "mail"})") << u"from"_s;
    QTest::newRow("header injection")
        << QByteArray(R"({"host": "mail", "from": "a@b>\r\nBcc: x@y"})") << u"from"_s;
    QTest::newRow("unreadable CA") << QByteArray(
                                          R"({"host": "mail", "from": "a@b", "ca_file": "/nonexistent.pem"})")
                                   << u"ca_file"_s;
    QTest::newRow("password number") << QByteArray(R"({"host": "mail", "from": "a@b", "password": 5})")
                                     << u"password"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"host": "mail", "from": "a@b", "tls": true})")
                                   << u"tls"_s;
}

void TestSettingsApi::smtpValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = m_engine.api().request("PUT", u"/api/settings/smtp"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field"_s).toString(), field);
}

void TestSettingsApi::smtpPasswordIsSealedAndWriteOnly()
{
    const QByteArray secret = "smtp-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    auto r = m_engine.api().put(u"/api/settings/smtp"_s, {{u"host"_s, u"mail.msp.example"_s},
                                                          {u"security"_s, u"tls"_s},
                                                          {u"from"_s, u"desk@msp.example"_s},
                                                          {u"username"_s, u"desk"_s},
                                                          {u"password"_s, QString::fromLatin1(secret)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"port"_s).toInt(), 465); // implicit TLS default
    QCOMPARE(r.json.value(u"password_set"_s).toBool(), true);
    QVERIFY(!r.body.contains(secret));
    QVERIFY(!r.json.contains(u"password_sealed"_s));
    r = m_engine.api().get(u"/api/settings/smtp"_s);
    QCOMPARE(r.json.value(u"password_set"_s).toBool(), true);
    QVERIFY(!r.body.contains(secret));
    QVERIFY2(!databaseBytes().contains(secret), "the SMTP password is stored in plain text");
    // Absent keeps it; null clears it.
    r = m_engine.api().put(u"/api/settings/smtp"_s,
                           {{u"host"_s, u"mail2.msp.example"_s}, {u"from"_s, u"d@m.example"_s}});
    QCOMPARE(r.json.value(u"password_set"_s).toBool(), true);
    QCOMPARE(r.json.value(u"port"_s).toInt(), 587);
    r = m_engine.api().request("PUT", u"/api/settings/smtp"_s,
                               R"({"host": "mail2.msp.example", "from": "d@m.example", "password": null})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"password_set"_s).toBool(), false);
}

void TestSettingsApi::slaValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown key") << QByteArray(R"({"calendar": {}})") << u"calendar"_s;
    QTest::newRow("bad priority") << QByteArray(R"({"targets": {"P1": {"response_minutes": 5}}})")
                                  << u"targets.P1"_s;
    QTest::newRow("bad minutes") << QByteArray(R"({"targets": {"High": {"response_minutes": -1}}})")
                                 << u"targets.High.response_minutes"_s;
    QTest::newRow("bad span") << QByteArray(R"({"business_hours": {"hours": {"mon": "9-5"}}})")
                              << u"business_hours.hours.mon"_s;
    QTest::newRow("bad zone")
        << QByteArray(R"({"business_hours": {"timezone": "Mars/Olympus", "hours": {"mon": "09:00-17:00"}}})")
        << u"business_hours.timezone"_s;
    QTest::newRow("bad priority list")
        << QByteArray(R"({"business_hours_priorities": ["Soon"]})") << u"business_hours_priorities"_s;
}

void TestSettingsApi::slaValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = m_engine.api().request("PUT", u"/api/settings/sla"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field"_s).toString(), field);
}

void TestSettingsApi::slaRoundTrip()
{
    const QJsonObject sla = QJsonDocument::fromJson(R"({"targets": {"High": {"response_minutes": 30}},
        "business_hours": {"timezone": "Europe/Berlin", "hours": {"mon": "08:00-17:00"}, "holidays": ["2026-12-24"]}})")
                                .object();
    QCOMPARE(m_engine.api().put(u"/api/settings/sla"_s, sla).status, 200);
    QCOMPARE(m_engine.api().get(u"/api/settings/sla"_s).json, sla);
    // Who changed what is in the audit log.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
    db.setDatabaseName(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT actor FROM audit_log WHERE entity = 'settings' AND entity_id = 'sla'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"admin"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"audit"_s);
}

void TestSettingsApi::templateValidation()
{
    auto r = m_engine.api().put(u"/api/settings/notifications"_s,
                                {{u"client_body_template"_s, u"Hi {client}, {devise} is down"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field"_s).toString(), u"client_body_template"_s);
    QVERIFY(r.json.value(u"error"_s).toString().contains(u"{devise}"_s));
    r = m_engine.api().put(u"/api/settings/notifications"_s, {{u"client_subject_template"_s, u"a\nb"_s}});
    QCOMPARE(r.status, 422);
    r = m_engine.api().put(u"/api/settings/notifications"_s,
                           {{u"client_subject_template"_s, u"Alert on {device}"_s},
                            {u"client_body_template"_s, u"Hi {client}, {device}: {message}"_s}});
    QCOMPARE(r.status, 200);
}

void TestSettingsApi::testMailReachesTheServer()
{
    if (qEnvironmentVariableIsEmpty("NESTOGY_TEST_SMTP_PORT")) {
        if (qEnvironmentVariableIntValue("NESTOGY_REQUIRE_SERVICES") == 1)
            QFAIL("no SMTP sink: tools/test must start one (NESTOGY_TEST_SMTP_PORT)");
        QSKIP("no SMTP sink; run through tools/test");
    }
    const QString to = u"test-%1@settings.example"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(m_engine.api()
                 .put(u"/api/settings/smtp"_s,
                      {{u"host"_s, u"127.0.0.1"_s},
                       {u"port"_s, qEnvironmentVariableIntValue("NESTOGY_TEST_SMTP_PORT")},
                       {u"security"_s, u"none"_s},
                       {u"from"_s, u"desk@msp.example"_s}})
                 .status,
             200);
    QCOMPARE(m_engine.api().post(u"/api/settings/smtp/test"_s, {{u"to"_s, u"not an address"_s}}).status, 422);
    const auto r = m_engine.api().post(u"/api/settings/smtp/test"_s, {{u"to"_s, to}});
    QCOMPARE(r.status, 200);
    const QDir dir(qEnvironmentVariable("NESTOGY_TEST_SMTP_DIR"));
    bool found = false;
    for (const QFileInfo &fi : dir.entryInfoList({u"*.eml"_s}, QDir::Files)) {
        QFile f(fi.filePath());
        found = found || (f.open(QIODevice::ReadOnly) && f.readAll().contains(to.toUtf8()));
    }
    QVERIFY2(found, "the test mail is not in the sink");
}

void TestSettingsApi::testMailToDeadServerSays502()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    QCOMPARE(m_engine.api()
                 .put(u"/api/settings/smtp"_s, {{u"host"_s, u"127.0.0.1"_s},
                                                {u"port"_s, port},
                                                {u"security"_s, u"none"_s},
                                                {u"from"_s, u"desk@msp.example"_s}})
                 .status,
             200);
    const auto r = m_engine.api().post(u"/api/settings/smtp/test"_s, {{u"to"_s, u"x@y.example"_s}});
    QCOMPARE(r.status, 502);
    QVERIFY(!r.json.value(u"detail"_s).toObject().value(u"reason"_s).toString().isEmpty());
}

void TestSettingsApi::retentionRoundTripAndPurge()
{
    // Never saved: the defaults in force are shown.
    auto r = m_engine.api().get(u"/api/settings/retention"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"resolved_alert_days"_s).toInt(), 180);
    QCOMPARE(r.json.value(u"finished_job_days"_s).toInt(), 30);
    QCOMPARE(r.json.value(u"delivery_log_days"_s).toInt(), 90);
    r = m_engine.api().put(u"/api/settings/retention"_s, {{u"resolved_alert_days"_s, -3}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field"_s).toString(), u"resolved_alert_days"_s);
    QVERIFY(r.json.value(u"error"_s).toString().contains(u"0 (keep forever)"_s));
    r = m_engine.api().put(u"/api/settings/retention"_s, {{u"resolved_alert_days"_s, 30}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"resolved_alert_days"_s).toInt(), 30);
    QCOMPARE(r.json.value(u"finished_job_days"_s).toInt(), 30); // the rest keep their defaults

    // An alert resolved 400 days ago, written straight into the engine's database.
    const auto integration = m_engine.createIntegration({{u"provider"_s, u"ninja"_s}, {u"name"_s, u"Old"_s}});
    QVERIFY(!integration.isEmpty());
    QSqlDatabase db = m_engine.host()->engine()->database()->connection();
    QSqlQuery q(db);
    const qint64 old = QDateTime::currentMSecsSinceEpoch() - 400LL * 24 * 3600 * 1000;
    QVERIFY(
        q.exec(u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, severity, status, first_seen, "
               "last_seen, resolved_at) SELECT 'old-alert', id, 'fp-old', 'low', 'resolved', %1, %1, %1 "
               "FROM integrations WHERE uuid = '%2'"_s.arg(old)
                   .arg(integration.value(u"id"_s).toString())));
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(anonymous.post(u"/api/settings/retention/purge"_s, {}).status, 401);
    r = m_engine.api().post(u"/api/settings/retention/purge"_s, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"deleted"_s).toObject().value(u"resolved_alerts"_s).toInt(), 1);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM rmm_alerts WHERE uuid = 'old-alert'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSettingsApi)
#include "tst_settingsapi.moc"
