// What a technician does with alerts, through the management API on a real engine: acknowledge, resolve (and
// what that means for the ticket), a ticket on request, snooze as a device maintenance window, the bulk form,
// and the ChangeNotifier signals the desktop refreshes on.
#include "ChangeNotifier.h"
#include "Database.h"
#include "Engine.h"
#include "EngineFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAlertActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void acknowledge();
    void resolveClosesUntouchedTicket();
    void resolveAfterTechnicianOnlyNotes();
    void ticketOnRequest();
    void snoozeValidation_data();
    void snoozeValidation();
    void snoozeNeedsADevice();
    void snoozeHoldsTheDevice();
    void snoozeNotesTheTicket();
    void bulk();
    void bulkValidation_data();
    void bulkValidation();
    void needsAdminToken_data();
    void needsAdminToken();
    void ticketPatchNotifiesTickets();

private:
    // Posts a webhook; returns the alert's uuid ("" on failure).
    QString alert(const QString &integration, const QJsonObject &body);
    // Waits until every queued alert job has run, then returns the alert's ticket id (0: none).
    qint64 ticketOf(const QString &alertUuid);
    QJsonObject getAlert(const QString &uuid) { return m_engine.api().get(u"/api/alerts/"_s + uuid).json; }
    QJsonObject ticket(qint64 id) { return m_engine.api().get(u"/api/tickets/%1"_s.arg(id)).json; }
    ApiClient::Reply act(const QString &uuid, const QString &action, const QByteArray &body = "{}")
    {
        return m_engine.api().request("POST", u"/api/alerts/%1/%2"_s.arg(uuid, action), body);
    }
    QJsonObject lastEvent(qint64 ticketId)
    {
        return ticket(ticketId).value(u"events").toArray().last().toObject();
    }
    void clearSignals();
    QList<qint64> ticketSignals();
    // Whether a ticketsChanged signal named this ticket (or asked readers to refresh everything).
    bool sawTicket(qint64 id);
    int alertSignalCount();

    EngineFixture m_engine;
    QString m_open;   // a ticket for every alert
    QString m_quiet;  // heartbeats make no ticket
    QObject m_listen; // receives ChangeNotifier's signals on the test thread
    QMutex m_mutex;
    QList<qint64> m_ticketIds;
    int m_alertSignals = 0;
};

void TestAlertActions::initTestCase()
{
    QVERIFY(m_engine.start().isEmpty());
    const auto integration = [&](const QString &name, const QJsonArray &rules) {
        return m_engine
            .createIntegration({{u"name"_s, name},
                                {u"provider"_s, u"generic"_s},
                                {u"alert_rules"_s, rules},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    };
    m_open = integration(u"actions"_s, {});
    m_quiet = integration(
        u"quiet"_s, QJsonArray{QJsonObject{{u"match"_s, QJsonObject{{u"alert_type"_s, u"^heartbeat$"_s}}},
                                           {u"create_ticket"_s, false},
                                           {u"category"_s, u"Monitoring"_s}}});
    QVERIFY(!m_open.isEmpty());
    QVERIFY(!m_quiet.isEmpty());
    nestogy::ChangeNotifier *changes = m_engine.host()->engine()->changes();
    QVERIFY(changes);
    connect(changes, &nestogy::ChangeNotifier::ticketsChanged, &m_listen, [this](const QList<qint64> &ids) {
        const QMutexLocker lock(&m_mutex);
        // An empty list means "refresh everything" (it may stand for ids batched with it): it counts for any.
        m_ticketIds += ids.isEmpty() ? QList<qint64>{-1} : ids;
    });
    connect(changes, &nestogy::ChangeNotifier::alertsChanged, &m_listen, [this](const QList<qint64> &ids) {
        const QMutexLocker lock(&m_mutex);
        m_alertSignals += ids.isEmpty() ? 0 : 1;
    });
}

void TestAlertActions::cleanupTestCase()
{
    m_engine.stop();
}

QString TestAlertActions::alert(const QString &integration, const QJsonObject &body)
{
    ApiClient anonymous(m_engine.baseUrl());
    const auto r = anonymous.request("POST", u"/api/webhooks/generic/"_s + integration,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 202 && r.status != 200)
        qWarning() << "webhook answered" << r.status << r.body;
    return r.json.value(u"alert_id").toString();
}

qint64 TestAlertActions::ticketOf(const QString &alertUuid)
{
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
    return getAlert(alertUuid).value(u"ticket_id").toInteger();
}

void TestAlertActions::clearSignals()
{
    QTest::qWait(2 * nestogy::ChangeNotifier::BatchMs); // what earlier steps changed has been told by now
    const QMutexLocker lock(&m_mutex);
    m_ticketIds.clear();
    m_alertSignals = 0;
}

bool TestAlertActions::sawTicket(qint64 id)
{
    const QList<qint64> seen = ticketSignals();
    return seen.contains(id) || seen.contains(-1);
}

QList<qint64> TestAlertActions::ticketSignals()
{
    const QMutexLocker lock(&m_mutex);
    return m_ticketIds;
}

int TestAlertActions::alertSignalCount()
{
    const QMutexLocker lock(&m_mutex);
    return m_alertSignals;
}

void TestAlertActions::acknowledge()
{
    const QString uuid = alert(m_open, {{u"alert_id"_s, u"ack-1"_s},
                                        {u"device_id"_s, u"srv-ack"_s},
                                        {u"message"_s, u"disk full"_s},
                                        {u"severity"_s, u"critical"_s}});
    const qint64 ticketId = ticketOf(uuid);
    QVERIFY(ticketId > 0);
    clearSignals();

    const auto r = act(uuid, u"acknowledge"_s, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"id").toString(), uuid);
    QCOMPARE(r.json.value(u"status").toString(), u"acknowledged"_s);
    QCOMPARE(getAlert(uuid).value(u"status").toString(), u"acknowledged"_s);
    const QJsonObject event = lastEvent(ticketId);
    QCOMPARE(event.value(u"kind").toString(), u"alert_acknowledged"_s);
    QCOMPARE(event.value(u"actor").toString(), u"admin"_s);
    QCOMPARE(event.value(u"message").toString(), u"Alert acknowledged by admin"_s);
    // Acknowledging is not working the ticket: it still closes by itself when the source resolves.
    QCOMPARE(ticket(ticketId).value(u"status").toString(), u"Open"_s);
    QVERIFY(!ticket(ticketId).value(u"human_touched").toBool());
    QTRY_VERIFY_WITH_TIMEOUT(sawTicket(ticketId), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(alertSignalCount() > 0, 5000);

    const auto again = act(uuid, u"acknowledge"_s);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json.value(u"error").toString(), u"the alert is already acknowledged"_s);
    QCOMPARE(act(u"00000000-0000-4000-8000-000000000000"_s, u"acknowledge"_s).status, 404);
    QCOMPARE(act(u"not-a-uuid"_s, u"acknowledge"_s).status, 404);
    QCOMPARE(act(uuid, u"shout"_s).status, 404);
}

void TestAlertActions::resolveClosesUntouchedTicket()
{
    const QJsonObject body{
        {u"alert_id"_s, u"res-1"_s}, {u"device_id"_s, u"srv-res"_s}, {u"message"_s, u"down"_s}};
    const QString uuid = alert(m_open, body);
    const qint64 ticketId = ticketOf(uuid);
    QVERIFY(ticketId > 0);
    clearSignals();

    const auto r = act(uuid, u"resolve"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"status").toString(), u"resolved"_s);
    QVERIFY(!r.json.value(u"resolved_at").isNull());
    const QJsonObject t = ticket(ticketId);
    QCOMPARE(t.value(u"status").toString(), u"Resolved"_s);
    QVERIFY(t.value(u"closed_by_system").toBool());
    QCOMPARE(lastEvent(ticketId).value(u"kind").toString(), u"alert_resolved"_s);
    QCOMPARE(lastEvent(ticketId).value(u"message").toString(), u"closed: alert resolved by admin"_s);
    QCOMPARE(lastEvent(ticketId).value(u"actor").toString(), u"admin"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sawTicket(ticketId), 5000);
    QCOMPARE(act(uuid, u"resolve"_s).status, 409);
    QCOMPARE(act(uuid, u"acknowledge"_s).status, 409);

    // The source still reports the problem: the alert reopens, and so does the ticket it closed.
    QCOMPARE(alert(m_open, body), uuid);
    QTRY_COMPARE_WITH_TIMEOUT(ticket(ticketId).value(u"status").toString(), u"Open"_s, 15000);
    QCOMPARE(getAlert(uuid).value(u"status").toString(), u"open"_s);
}

void TestAlertActions::resolveAfterTechnicianOnlyNotes()
{
    const QString uuid = alert(
        m_open, {{u"alert_id"_s, u"res-2"_s}, {u"device_id"_s, u"srv-res2"_s}, {u"message"_s, u"slow"_s}});
    const qint64 ticketId = ticketOf(uuid);
    QVERIFY(ticketId > 0);
    QCOMPARE(m_engine.api()
                 .request("PATCH", u"/api/tickets/%1"_s.arg(ticketId), R"({"status":"In Progress"})")
                 .status,
             200);
    QCOMPARE(act(uuid, u"resolve"_s).status, 200);
    const QJsonObject t = ticket(ticketId);
    QCOMPARE(t.value(u"status").toString(), u"In Progress"_s);
    QCOMPARE(lastEvent(ticketId).value(u"message").toString(), u"resolved alert by admin"_s);
}

void TestAlertActions::ticketOnRequest()
{
    const QString uuid = alert(m_quiet, {{u"alert_id"_s, u"hb-1"_s},
                                         {u"device_id"_s, u"fw-1"_s},
                                         {u"device_name"_s, u"FW-1"_s},
                                         {u"alert_type"_s, u"heartbeat"_s},
                                         {u"message"_s, u"missed heartbeat"_s},
                                         {u"severity"_s, u"error"_s}});
    QCOMPARE(ticketOf(uuid), 0); // the rule says no ticket
    clearSignals();

    const auto r = act(uuid, u"ticket"_s);
    QCOMPARE(r.status, 201);
    const qint64 ticketId = r.json.value(u"id").toInteger();
    QVERIFY(ticketId > 0);
    // The pipeline's own subject, priority, category and SLA.
    QCOMPARE(r.json.value(u"subject").toString(), u"[High] heartbeat - FW-1"_s);
    QCOMPARE(r.json.value(u"priority").toString(), u"High"_s);
    QCOMPARE(r.json.value(u"category").toString(), u"Monitoring"_s);
    QCOMPARE(r.json.value(u"alert_id").toString(), uuid);
    QVERIFY(r.json.value(u"details").toString().contains(u"missed heartbeat"_s));
    const QDateTime created =
        QDateTime::fromString(r.json.value(u"created_at").toString(), Qt::ISODateWithMs);
    QCOMPARE(QDateTime::fromString(r.json.value(u"response_due").toString(), Qt::ISODateWithMs),
             created.addSecs(60 * 60));
    const QJsonObject first = r.json.value(u"events").toArray().first().toObject();
    QCOMPARE(first.value(u"kind").toString(), u"created"_s);
    QCOMPARE(first.value(u"actor").toString(), u"admin"_s);
    QVERIFY2(first.value(u"message").toString().contains(u"requested by admin; routing rule 1"_s),
             qPrintable(first.value(u"message").toString()));
    QCOMPARE(getAlert(uuid).value(u"ticket_id").toInteger(), ticketId);
    QTRY_VERIFY_WITH_TIMEOUT(sawTicket(ticketId), 5000);

    const auto again = act(uuid, u"ticket"_s);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json.value(u"error").toString(), u"the alert already has ticket %1"_s.arg(ticketId));
}

void TestAlertActions::snoozeValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no minutes") << QByteArray("{}") << 422;
    QTest::newRow("zero") << QByteArray(R"({"minutes":0})") << 422;
    QTest::newRow("fraction") << QByteArray(R"({"minutes":1.5})") << 422;
    QTest::newRow("text") << QByteArray(R"({"minutes":"30"})") << 422;
    QTest::newRow("over a week") << QByteArray(R"({"minutes":10081})") << 422;
    QTest::newRow("not json") << QByteArray("minutes=5") << 400;
}

void TestAlertActions::snoozeValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QString uuid =
        alert(m_open, {{u"alert_id"_s, u"sv-1"_s}, {u"device_id"_s, u"srv-sv"_s}, {u"message"_s, u"hot"_s}});
    const auto r = act(uuid, u"snooze"_s, body);
    QCOMPARE(r.status, status);
    if (status == 422)
        QCOMPARE(r.json.value(u"field").toString(), u"minutes"_s);
}

void TestAlertActions::snoozeNeedsADevice()
{
    // Generic senders must name a device; other sources may not, so the engine must cope without one.
    const QString uuid =
        alert(m_open, {{u"alert_id"_s, u"sv-2"_s}, {u"device_id"_s, u"gone"_s}, {u"message"_s, u"x"_s}});
    QSqlDatabase db = m_engine.host()->engine()->database()->connection();
    QSqlQuery q(db);
    q.prepare(u"UPDATE rmm_alerts SET device_id = NULL WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const auto none = act(uuid, u"snooze"_s, R"({"minutes":5})");
    QCOMPARE(none.status, 422);
    QCOMPARE(none.json.value(u"error").toString(),
             u"the alert names no device, so there is nothing to snooze"_s);
}

void TestAlertActions::snoozeHoldsTheDevice()
{
    // A heartbeat makes no ticket here; snoozed, the alert is held, to be processed again when the window
    // ends.
    const QString uuid = alert(m_quiet, {{u"alert_id"_s, u"sn-1"_s},
                                         {u"device_id"_s, u"nas-1"_s},
                                         {u"alert_type"_s, u"heartbeat"_s},
                                         {u"message"_s, u"late"_s}});
    QCOMPARE(ticketOf(uuid), 0);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto r = act(uuid, u"snooze"_s, R"({"minutes":30})");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"alert").toObject().value(u"id").toString(), uuid);
    QVERIFY(r.json.value(u"alert").toObject().value(u"suppressed").toBool());
    const QJsonObject window = r.json.value(u"maintenance_window").toObject();
    QCOMPARE(window.value(u"scope").toString(), u"device"_s);
    QCOMPARE(window.value(u"scope_id").toString(), u"nas-1"_s);
    const QDateTime starts = QDateTime::fromString(window.value(u"starts_at").toString(), Qt::ISODate);
    const QDateTime ends = QDateTime::fromString(window.value(u"ends_at").toString(), Qt::ISODate);
    QCOMPARE(starts.secsTo(ends), 30 * 60);
    QVERIFY(qAbs(before.secsTo(starts)) < 60);
    // It is a maintenance window like any other: listed, and new alerts of the device are held.
    const QJsonArray windows =
        m_engine.api().get(u"/api/maintenance-windows"_s).json.value(u"items").toArray();
    QVERIFY(windows.contains(window));
    const QString next =
        alert(m_open, {{u"alert_id"_s, u"sn-2"_s}, {u"device_id"_s, u"nas-1"_s}, {u"message"_s, u"x"_s}});
    QCOMPARE(ticketOf(next), 0);
    QVERIFY(getAlert(next).value(u"suppressed").toBool());
    // Other devices are not.
    const QString other =
        alert(m_open, {{u"alert_id"_s, u"sn-3"_s}, {u"device_id"_s, u"nas-2"_s}, {u"message"_s, u"x"_s}});
    QVERIFY(ticketOf(other) > 0);
    // A resolved alert cannot be snoozed.
    QCOMPARE(act(other, u"resolve"_s).status, 200);
    QCOMPARE(act(other, u"snooze"_s, R"({"minutes":5})").status, 409);
}

void TestAlertActions::snoozeNotesTheTicket()
{
    const QString uuid =
        alert(m_open, {{u"alert_id"_s, u"sn-4"_s}, {u"device_id"_s, u"pc-4"_s}, {u"message"_s, u"cpu"_s}});
    const qint64 ticketId = ticketOf(uuid);
    QVERIFY(ticketId > 0);
    const auto r = act(uuid, u"snooze"_s, R"({"minutes":15})");
    QCOMPARE(r.status, 201);
    // It has its ticket already, so it is not held; the ticket says who snoozed it.
    QVERIFY(!r.json.value(u"alert").toObject().value(u"suppressed").toBool());
    const QJsonObject event = lastEvent(ticketId);
    QCOMPARE(event.value(u"kind").toString(), u"alert_snoozed"_s);
    QVERIFY2(event.value(u"message").toString().startsWith(u"Alert snoozed for 15 minutes by admin"_s),
             qPrintable(event.value(u"message").toString()));
}

void TestAlertActions::bulk()
{
    QStringList uuids;
    for (int i = 0; i < 3; ++i)
        uuids << alert(m_open, {{u"alert_id"_s, u"bulk-%1"_s.arg(i)},
                                {u"device_id"_s, u"ws-%1"_s.arg(i)},
                                {u"message"_s, u"patch missing"_s}});
    QList<qint64> tickets;
    for (const QString &uuid : uuids)
        tickets << ticketOf(uuid);
    QVERIFY(!tickets.contains(0));
    QCOMPARE(act(uuids.at(0), u"acknowledge"_s).status, 200);
    clearSignals();

    const QString unknown = u"00000000-0000-4000-8000-0000000000aa"_s;
    const QJsonObject body{
        {u"action"_s, u"acknowledge"_s},
        {u"ids"_s, QJsonArray{uuids.at(0), uuids.at(1), uuids.at(2), unknown, uuids.at(1)}}};
    const auto r = m_engine.api().post(u"/api/alerts/bulk"_s, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"action").toString(), u"acknowledge"_s);
    QCOMPARE(r.json.value(u"changed").toInt(), 2);
    const QJsonArray skipped = r.json.value(u"skipped").toArray();
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.at(0).toObject().value(u"id").toString(), uuids.at(0));
    QCOMPARE(skipped.at(0).toObject().value(u"status").toInt(), 409);
    QCOMPARE(skipped.at(1).toObject().value(u"id").toString(), unknown);
    QCOMPARE(skipped.at(1).toObject().value(u"status").toInt(), 404);
    for (const QString &uuid : uuids)
        QCOMPARE(getAlert(uuid).value(u"status").toString(), u"acknowledged"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sawTicket(tickets.at(1)) && sawTicket(tickets.at(2)), 5000);

    // A bulk resolve closes each untouched ticket.
    const auto resolved = m_engine.api().post(
        u"/api/alerts/bulk"_s, {{u"action"_s, u"resolve"_s}, {u"ids"_s, QJsonArray::fromStringList(uuids)}});
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json.value(u"changed").toInt(), 3);
    QCOMPARE(resolved.json.value(u"ticket_ids").toArray().size(), 3);
    for (qint64 id : tickets)
        QCOMPARE(ticket(id).value(u"status").toString(), u"Resolved"_s);
}

void TestAlertActions::bulkValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("action") << QByteArray(
                                   R"({"action":"delete","ids":["00000000-0000-4000-8000-000000000001"]})")
                            << u"action"_s;
    QTest::newRow("no ids") << QByteArray(R"({"action":"resolve","ids":[]})") << u"ids"_s;
    QTest::newRow("bad id") << QByteArray(R"({"action":"resolve","ids":["x"]})") << u"ids"_s;
    QTest::newRow("snooze minutes")
        << QByteArray(R"({"action":"snooze","ids":["00000000-0000-4000-8000-000000000001"]})")
        << u"minutes"_s;
}

void TestAlertActions::bulkValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = m_engine.api().request("POST", u"/api/alerts/bulk"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field").toString(), field);
}

void TestAlertActions::needsAdminToken_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("acknowledge") << u"/api/alerts/00000000-0000-4000-8000-000000000001/acknowledge"_s;
    QTest::newRow("resolve") << u"/api/alerts/00000000-0000-4000-8000-000000000001/resolve"_s;
    QTest::newRow("ticket") << u"/api/alerts/00000000-0000-4000-8000-000000000001/ticket"_s;
    QTest::newRow("snooze") << u"/api/alerts/00000000-0000-4000-8000-000000000001/snooze"_s;
    QTest::newRow("bulk") << u"/api/alerts/bulk"_s;
}

void TestAlertActions::needsAdminToken()
{
    QFETCH(QString, path);
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(anonymous.request("POST", path, R"({"minutes":5})").status, 401);
    QCOMPARE(m_engine.api().request("GET", path).status, path.endsWith(u"bulk"_s) ? 404 : 405);
}

void TestAlertActions::ticketPatchNotifiesTickets()
{
    const QString uuid =
        alert(m_open, {{u"alert_id"_s, u"patch-1"_s}, {u"device_id"_s, u"srv-p"_s}, {u"message"_s, u"x"_s}});
    const qint64 ticketId = ticketOf(uuid);
    QVERIFY(ticketId > 0);
    clearSignals();
    QCOMPARE(
        m_engine.api().request("PATCH", u"/api/tickets/%1"_s.arg(ticketId), R"({"note":"on it"})").status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(sawTicket(ticketId), 5000);
    // A refused PATCH changes nothing and tells nobody.
    clearSignals();
    QCOMPARE(
        m_engine.api().request("PATCH", u"/api/tickets/%1"_s.arg(ticketId), R"({"priority":"P0"})").status,
        422);
    QTest::qWait(3 * nestogy::ChangeNotifier::BatchMs);
    QVERIFY(ticketSignals().isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertActions)
#include "tst_alertactions.moc"
