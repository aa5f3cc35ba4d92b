// New tickets are announced to the integration's Slack/Teams incoming webhook: a real HTTP endpoint in the
// test receives {"text": ...}; a failing endpoint makes the job fail (and retry) and trips the circuit
// breaker.
#include "EngineFixture.h"
#include "HttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestChatWebhook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_engine.stop(); }
    void newTicketIsAnnounced();
    void failingEndpointFailsTheJob();
    void badUrlIsRefused();

private:
    QString integrationWith(const QString &hookPath);

    EngineFixture m_engine;
    HttpServer m_hooks;
    QList<QJsonObject> m_received;
};

void TestChatWebhook::initTestCase()
{
    m_hooks.router().add("POST", u"/hook"_s, [this](const HttpRequest &req, const HttpResponder &resp) {
        m_received.append(QJsonDocument::fromJson(req.body).object());
        resp.send(200, "ok", "text/plain");
    });
    m_hooks.router().add("POST", u"/broken"_s, [](const HttpRequest &, const HttpResponder &resp) {
        resp.send(500, "down", "text/plain");
    });
    QCOMPARE(m_hooks.listen(QHostAddress::LocalHost, 0), QString());
    QVERIFY(m_engine.start().isEmpty());
}

QString TestChatWebhook::integrationWith(const QString &hookPath)
{
    const QString url = u"http://127.0.0.1:%1%2"_s.arg(m_hooks.port()).arg(hookPath);
    QJsonObject settings;
    settings.insert(u"notify_webhook_url"_s, url);
    QJsonObject body;
    body.insert(u"name"_s, QString(u"chat "_s + hookPath));
    body.insert(u"provider"_s, u"generic"_s);
    body.insert(u"settings"_s, settings);
    body.insert(u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}});
    return m_engine.createIntegration(body).value(u"id").toString();
}

void TestChatWebhook::newTicketIsAnnounced()
{
    const QString integration = integrationWith(u"/hook"_s);
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(
        anonymous
            .request(
                "POST", u"/api/webhooks/generic/"_s + integration,
                R"({"alert_id":"c1","device_id":"fw-1","alert_type":"VPN","message":"tunnel down","severity":"critical"})")
            .status,
        202);
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, 15000);
    const QString text = m_received.first().value(u"text"_s).toString();
    QVERIFY2(text.contains(u"[Urgent] Ticket #"_s) && text.contains(u"VPN on fw-1"_s) &&
                 text.contains(u"tunnel down"_s),
             qPrintable(text));
    // A repeat is not a new ticket: no second message.
    anonymous.request(
        "POST", u"/api/webhooks/generic/"_s + integration,
        R"({"alert_id":"c1","device_id":"fw-1","alert_type":"VPN","message":"tunnel down","severity":"critical"})");
    QTRY_COMPARE_WITH_TIMEOUT(m_engine.api().get(u"/api/jobs?state=queued"_s).json.value(u"total").toInt(), 0,
                              15000);
    QCOMPARE(m_received.size(), 1);
}

void TestChatWebhook::failingEndpointFailsTheJob()
{
    const QString integration = integrationWith(u"/broken"_s);
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(anonymous
                 .request("POST", u"/api/webhooks/generic/"_s + integration,
                          R"({"alert_id":"c2","device_id":"fw-2","message":"down"})")
                 .status,
             202);
    // The attempt failed and waits for its retry, with the reason kept.
    QJsonObject job;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonArray jobs = m_engine.api()
                                        .get(u"/api/jobs?kind=NotifyChatWebhook&state=failed"_s)
                                        .json.value(u"items")
                                        .toArray();
            job = jobs.isEmpty() ? QJsonObject() : jobs.first().toObject();
            return job.value(u"attempts").toInt() == 1;
        }(),
        15000);
    QVERIFY2(job.value(u"last_error").toString().contains(u"500"_s),
             qPrintable(job.value(u"last_error").toString()));
    const auto health = m_engine.api().get(u"/healthz"_s).json;
    const QJsonObject breaker = health.value(u"circuit_breakers").toObject().value(integration).toObject();
    QCOMPARE(breaker.value(u"consecutive_failures").toInt(), 1);
}

void TestChatWebhook::badUrlIsRefused()
{
    const auto r = m_engine.api().post(
        u"/api/integrations"_s, {{u"name"_s, u"bad"_s},
                                 {u"provider"_s, u"generic"_s},
                                 {u"settings"_s, QJsonObject{{u"notify_webhook_url"_s, u"slack please"_s}}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field").toString(), u"settings.notify_webhook_url"_s);
}

QTEST_GUILESS_MAIN(TestChatWebhook)
#include "tst_chatwebhook.moc"
