// From webhook to ticket on a real engine with its workers running: priority and SLA from severity, repeats
// as events, auto-resolve only for untouched tickets, routing rules, and the tickets API.
#include "EngineFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTicketPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void alertBecomesTicket();
    void repeatAddsEventNotTicket();
    void resolveClosesUntouchedTicket();
    void resolveOnlyAnnotatesTouchedTicket();
    void routingRuleCanSkipOrOverride();
    void patchValidation_data();
    void patchValidation();
    void listFilters();

private:
    ApiClient::Reply post(const QString &integration, const QJsonObject &body);
    // Waits for the alert's ticket (the worker creates it after the webhook's 2xx); 0 when none came.
    qint64 ticketOf(const QString &alertId, bool expectTicket = true);
    QJsonObject ticket(qint64 id) { return m_engine.api().get(u"/api/tickets/%1"_s.arg(id)).json; }
    QStringList eventKinds(qint64 id);

    EngineFixture m_engine;
    QString m_open;
    QString m_routed;
};

void TestTicketPipeline::initTestCase()
{
    QVERIFY(m_engine.start().isEmpty());
    m_open = m_engine
                 .createIntegration({{u"name"_s, u"tickets"_s},
                                     {u"provider"_s, u"generic"_s},
                                     {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
                 .value(u"id")
                 .toString();
    m_routed =
        m_engine
            .createIntegration(
                {{u"name"_s, u"routed"_s},
                 {u"provider"_s, u"generic"_s},
                 {u"alert_rules"_s,
                  QJsonArray{QJsonObject{{u"match"_s, QJsonObject{{u"alert_type"_s, u"^heartbeat$"_s}}},
                                         {u"create_ticket"_s, false}},
                             QJsonObject{{u"match"_s, QJsonObject{{u"severity"_s, u"low"_s}}},
                                         {u"priority"_s, u"High"_s},
                                         {u"category"_s, u"Backup"_s}}}},
                 {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    QVERIFY(!m_open.isEmpty());
    QVERIFY(!m_routed.isEmpty());
    QCOMPARE(m_engine.api()
                 .post(u"/api/technicians"_s,
                       {{u"name"_s, u"Dana"_s}, {u"skills"_s, QJsonArray{u"disk"_s}}, {u"capacity"_s, 50}})
                 .status,
             201);
}

void TestTicketPipeline::cleanupTestCase()
{
    m_engine.stop();
}

ApiClient::Reply TestTicketPipeline::post(const QString &integration, const QJsonObject &body)
{
    ApiClient anonymous(m_engine.baseUrl());
    return anonymous.request("POST", u"/api/webhooks/generic/"_s + integration,
                             QJsonDocument(body).toJson(QJsonDocument::Compact));
}

qint64 TestTicketPipeline::ticketOf(const QString &alertId, bool expectTicket)
{
    qint64 id = 0;
    const auto poll = [&] {
        id = m_engine.api().get(u"/api/alerts/"_s + alertId).json.value(u"ticket_id").toInteger();
        return id > 0;
    };
    if (expectTicket) {
        if (!QTest::qWaitFor(poll, 15000))
            qWarning() << "no ticket for alert" << alertId << "within 15 s";
    } else {
        // Wait for the job to finish instead, then look once.
        const bool settled = QTest::qWaitFor(
            [&] {
                return m_engine.api()
                               .get(u"/api/jobs?state=queued&kind=ProcessRmmAlert"_s)
                               .json.value(u"total")
                               .toInt() +
                           m_engine.api().get(u"/api/jobs?state=running"_s).json.value(u"total").toInt() ==
                       0;
            },
            15000);
        if (!settled)
            qWarning() << "alert jobs still pending after 15 s";
        poll();
    }
    return id;
}

QStringList TestTicketPipeline::eventKinds(qint64 id)
{
    QStringList kinds;
    const QJsonArray events = ticket(id).value(u"events").toArray();
    for (const auto &e : events)
        kinds << e.toObject().value(u"kind").toString();
    return kinds;
}

void TestTicketPipeline::alertBecomesTicket()
{
    const auto r = post(m_open, {{u"alert_id"_s, u"t1"_s},
                                 {u"device_id"_s, u"srv-1"_s},
                                 {u"device_name"_s, u"SRV-1"_s},
                                 {u"alert_type"_s, u"Disk"_s},
                                 {u"message"_s, u"C: 95% full"_s},
                                 {u"severity"_s, u"critical"_s}});
    QCOMPARE(r.status, 202);
    const qint64 id = ticketOf(r.json.value(u"alert_id").toString());
    QVERIFY(id > 0);
    QJsonObject t = ticket(id);
    QCOMPARE(t.value(u"priority").toString(), u"Urgent"_s);
    QCOMPARE(t.value(u"subject").toString(), u"[Urgent] Disk - SRV-1"_s);
    QCOMPARE(t.value(u"status").toString(), u"Open"_s);
    QCOMPARE(t.value(u"source").toString(), u"RMM Integration"_s);
    QVERIFY(t.value(u"details").toString().contains(u"C: 95% full"_s));
    QCOMPARE(t.value(u"alert_id").toString(), r.json.value(u"alert_id").toString());
    // Urgent: response due 15 minutes after creation, resolution 4 hours.
    const QDateTime created = QDateTime::fromString(t.value(u"created_at").toString(), Qt::ISODateWithMs);
    QCOMPARE(QDateTime::fromString(t.value(u"response_due").toString(), Qt::ISODateWithMs),
             created.addSecs(15 * 60));
    QCOMPARE(QDateTime::fromString(t.value(u"resolution_due").toString(), Qt::ISODateWithMs),
             created.addSecs(4 * 3600));
    // The AutoAssignTicket job (queued with the ticket) assigns it, with the reason written down.
    QTRY_COMPARE_WITH_TIMEOUT(eventKinds(id), (QStringList{u"created"_s, u"assignment"_s}), 10000);
    t = ticket(id);
    QCOMPARE(t.value(u"assignee"_s).toString(), u"Dana"_s);
    const QString reason = t.value(u"events"_s).toArray().at(1).toObject().value(u"message"_s).toString();
    QVERIFY2(reason.startsWith(u"assigned to Dana"_s) && reason.contains(u"skill 'disk' matched"_s),
             qPrintable(reason));
    // The jobs that did it are done.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_engine.api().get(u"/api/jobs?kind=ProcessRmmAlert&state=done"_s).json.value(u"total").toInt() >= 1,
        true, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_engine.api().get(u"/api/jobs?kind=AutoAssignTicket&state=done"_s).json.value(u"total").toInt() >= 1,
        true, 10000);
}

void TestTicketPipeline::repeatAddsEventNotTicket()
{
    const QJsonObject body{{u"alert_id"_s, u"t2"_s},
                           {u"device_id"_s, u"srv-2"_s},
                           {u"message"_s, u"ping lost"_s},
                           {u"severity"_s, u"warning"_s}};
    const auto first = post(m_open, body);
    const qint64 id = ticketOf(first.json.value(u"alert_id").toString());
    QVERIFY(id > 0);
    const auto second = post(m_open, body);
    QCOMPARE(second.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(eventKinds(id).contains(u"occurred_again"_s), 15000);
    QCOMPARE(ticketOf(second.json.value(u"alert_id").toString()), id);
    const auto all = m_engine.api().get(u"/api/tickets?limit=1000"_s).json.value(u"items").toArray();
    int forAlert = 0;
    for (const auto &t : all)
        forAlert +=
            t.toObject().value(u"alert_id").toString() == first.json.value(u"alert_id").toString() ? 1 : 0;
    QCOMPARE(forAlert, 1);
}

void TestTicketPipeline::resolveClosesUntouchedTicket()
{
    const auto opened =
        post(m_open, {{u"alert_id"_s, u"t3"_s}, {u"device_id"_s, u"srv-3"_s}, {u"message"_s, u"down"_s}});
    const qint64 id = ticketOf(opened.json.value(u"alert_id").toString());
    QVERIFY(id > 0);
    const auto resolved = post(m_open, {{u"alert_id"_s, u"t3"_s},
                                        {u"device_id"_s, u"srv-3"_s},
                                        {u"message"_s, u"up again"_s},
                                        {u"status"_s, u"resolved"_s}});
    QCOMPARE(resolved.json.value(u"status").toString(), u"resolved"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ticket(id).value(u"status").toString(), u"Resolved"_s, 15000);
    QVERIFY(ticket(id).value(u"closed_by_system").toBool());
    QVERIFY(eventKinds(id).contains(u"auto_resolved"_s));
}

void TestTicketPipeline::resolveOnlyAnnotatesTouchedTicket()
{
    const auto opened =
        post(m_open, {{u"alert_id"_s, u"t4"_s}, {u"device_id"_s, u"srv-4"_s}, {u"message"_s, u"slow"_s}});
    const qint64 id = ticketOf(opened.json.value(u"alert_id").toString());
    QVERIFY(id > 0);
    const auto note =
        m_engine.api().request("PATCH", u"/api/tickets/%1"_s.arg(id), R"({"note":"looking into it"})");
    QCOMPARE(note.status, 200);
    QVERIFY(note.json.value(u"human_touched").toBool());
    QCOMPARE(note.json.value(u"events").toArray().last().toObject().value(u"actor").toString(), u"admin"_s);
    post(m_open, {{u"alert_id"_s, u"t4"_s},
                  {u"device_id"_s, u"srv-4"_s},
                  {u"message"_s, u"fine"_s},
                  {u"status"_s, u"ok"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(eventKinds(id).contains(u"source_resolved"_s), 15000);
    QCOMPARE(ticket(id).value(u"status").toString(), u"Open"_s);
}

void TestTicketPipeline::routingRuleCanSkipOrOverride()
{
    const auto skipped = post(m_routed, {{u"alert_id"_s, u"r1"_s},
                                         {u"device_id"_s, u"d"_s},
                                         {u"alert_type"_s, u"heartbeat"_s},
                                         {u"message"_s, u"hb"_s}});
    QCOMPARE(skipped.status, 202);
    QCOMPARE(ticketOf(skipped.json.value(u"alert_id").toString(), false), 0);
    const auto raised = post(m_routed, {{u"alert_id"_s, u"r2"_s},
                                        {u"device_id"_s, u"d"_s},
                                        {u"message"_s, u"backup late"_s},
                                        {u"severity"_s, u"info"_s}});
    const qint64 id = ticketOf(raised.json.value(u"alert_id").toString());
    QVERIFY(id > 0);
    QCOMPARE(ticket(id).value(u"priority").toString(), u"High"_s);
    QCOMPARE(ticket(id).value(u"category").toString(), u"Backup"_s);
    // A rule that cannot work is refused when the integration is saved.
    const auto bad = m_engine.api().put(
        u"/api/integrations/"_s + m_routed,
        {{u"alert_rules"_s,
          QJsonArray{QJsonObject{{u"match"_s, QJsonObject{{u"message"_s, u"(unclosed"_s}}}}}}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json.value(u"field").toString(), u"alert_rules"_s);
}

void TestTicketPipeline::patchValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("bad status") << QByteArray(R"({"status":"Done"})") << 422;
    QTest::newRow("bad priority") << QByteArray(R"({"priority":"P1"})") << 422;
    QTest::newRow("unknown field") << QByteArray(R"({"colour":"red"})") << 422;
    QTest::newRow("unknown technician") << QByteArray(R"({"assignee_id":999})") << 422;
    QTest::newRow("empty note") << QByteArray(R"({"note":"  "})") << 422;
    QTest::newRow("status ok") << QByteArray(R"({"status":"In Progress"})") << 200;
}

void TestTicketPipeline::patchValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const auto any = m_engine.api().get(u"/api/tickets?limit=1"_s).json.value(u"items").toArray();
    QVERIFY(!any.isEmpty());
    const qint64 id = any.first().toObject().value(u"id").toInteger();
    QCOMPARE(m_engine.api().request("PATCH", u"/api/tickets/%1"_s.arg(id), body).status, status);
    QCOMPARE(m_engine.api().request("PATCH", u"/api/tickets/999999"_s, R"({"note":"x"})").status, 404);
}

void TestTicketPipeline::listFilters()
{
    const auto urgent = m_engine.api().get(u"/api/tickets?priority=Urgent"_s);
    QCOMPARE(urgent.status, 200);
    QVERIFY(urgent.json.value(u"total").toInt() >= 1);
    const QJsonArray items = urgent.json.value(u"items").toArray();
    for (const auto &t : items)
        QCOMPARE(t.toObject().value(u"priority").toString(), u"Urgent"_s);
    QCOMPARE(m_engine.api().get(u"/api/tickets?status=Gone"_s).status, 422);
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(anonymous.get(u"/api/tickets"_s).status, 401);
}

QTEST_GUILESS_MAIN(TestTicketPipeline)
#include "tst_ticketpipeline.moc"
