// Mail to a client about its alert, through a real SMTP server (the sink tools/test starts): sent when a
// routing rule asks for it and the client opted in, once, and not at all otherwise. Plus the SMTP client's
// own failure path and message composition.
#include "EngineFixture.h"
#include "SmtpClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composeStuffsDotsAndEncodesSubject();
    void unreachableServerFails();
    void clientIsMailedOnceWhenOptedIn();

private:
    static QStringList mailsContaining(const QString &text);
};

void TestNotifications::composeStuffsDotsAndEncodesSubject()
{
    SmtpSettings s;
    s.from = u"desk@msp.example"_s;
    const QByteArray mail =
        SmtpClient::compose(s, {u"it@acme.example"_s, u"Ä alert"_s, u".start\n.middle\nend"_s}, u"id1"_s);
    QVERIFY(mail.contains("\r\n\r\n..start\r\n..middle\r\nend\r\n.\r\n"));
    QVERIFY(mail.contains(QByteArray("Subject: =?UTF-8?B?" + u"Ä alert"_s.toUtf8().toBase64() + "?=")));
    QVERIFY(mail.contains("To: it@acme.example\r\n"));
}

void TestNotifications::unreachableServerFails()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    SmtpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = port;
    s.security = SmtpSettings::Security::None;
    s.from = u"desk@msp.example"_s;
    SmtpClient client(s);
    QSignalSpy finished(&client, &SmtpClient::finished);
    client.send({u"x@example.org"_s, u"s"_s, u"b"_s});
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().first().toString().isEmpty());
}

QStringList TestNotifications::mailsContaining(const QString &text)
{
    QStringList hits;
    const QDir dir(qEnvironmentVariable("NESTOGY_TEST_SMTP_DIR"));
    const auto files = dir.entryInfoList({u"*.eml"_s}, QDir::Files);
    for (const QFileInfo &fi : files) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
            hits << fi.fileName();
    }
    return hits;
}

void TestNotifications::clientIsMailedOnceWhenOptedIn()
{
    if (qEnvironmentVariableIsEmpty("NESTOGY_TEST_SMTP_PORT")) {
        if (qEnvironmentVariableIntValue("NESTOGY_REQUIRE_SERVICES") == 1)
            QFAIL("no SMTP sink: tools/test must start one (NESTOGY_TEST_SMTP_PORT)");
        QSKIP("no SMTP sink; run through tools/test");
    }
    qputenv("NESTOGY_SMTP_HOST", "127.0.0.1");
    qputenv("NESTOGY_SMTP_PORT", qgetenv("NESTOGY_TEST_SMTP_PORT"));
    qputenv("NESTOGY_SMTP_SECURITY", "none");
    qputenv("NESTOGY_SMTP_FROM", "desk@msp.example");
    EngineFixture engine;
    QVERIFY(engine.start().isEmpty());
    const auto optedIn = engine.api().post(
        u"/api/clients"_s,
        {{u"name"_s, u"Mail Me Dental"_s}, {u"email"_s, u"it@mailme.example"_s}, {u"notify_opt_in"_s, true}});
    const auto quiet = engine.api().post(
        u"/api/clients"_s, {{u"name"_s, u"Quiet Dental"_s}, {u"email"_s, u"it@quiet.example"_s}});
    QCOMPARE(optedIn.status, 201);
    QCOMPARE(quiet.status, 201);
    const QJsonArray rules{QJsonObject{{u"match"_s, QJsonObject{}}, {u"notify_client"_s, true}}};
    const QString integration =
        engine
            .createIntegration({{u"name"_s, u"mail"_s},
                                {u"provider"_s, u"generic"_s},
                                {u"alert_rules"_s, rules},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    const QString marker = u"mail-marker-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    ApiClient anonymous(engine.baseUrl());
    const QString path = u"/api/webhooks/generic/"_s + integration;
    QCOMPARE(anonymous
                 .request("POST", path,
                          QJsonDocument(QJsonObject{{u"alert_id"_s, u"m1"_s},
                                                    {u"device_id"_s, u"fs1"_s},
                                                    {u"client_id"_s, u"Mail Me Dental"_s},
                                                    {u"message"_s, QString(marker + u" opted in"_s)}})
                              .toJson())
                 .status,
             202);
    QCOMPARE(anonymous
                 .request("POST", path,
                          QJsonDocument(QJsonObject{{u"alert_id"_s, u"m2"_s},
                                                    {u"device_id"_s, u"fs2"_s},
                                                    {u"client_id"_s, u"Quiet Dental"_s},
                                                    {u"message"_s, QString(marker + u" quiet"_s)}})
                              .toJson())
                 .status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(mailsContaining(marker + u" opted in"_s).size(), 1, 20000);
    // Every job settled: nothing queued or running is left that could still send.
    QTRY_COMPARE_WITH_TIMEOUT(engine.api().get(u"/api/jobs?state=queued"_s).json.value(u"total").toInt() +
                                  engine.api().get(u"/api/jobs?state=running"_s).json.value(u"total").toInt(),
                              0, 20000);
    QCOMPARE(mailsContaining(marker + u" opted in"_s).size(), 1);
    QVERIFY(mailsContaining(marker + u" quiet"_s).isEmpty());
    QVERIFY(!mailsContaining(u"To: it@mailme.example"_s).isEmpty());
    engine.stop();
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
