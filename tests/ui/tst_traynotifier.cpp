// Desktop notifications: TrayMessageDigest's wording and pacing (one message per interval, floods summarised,
// a click opens the newest item) on a fake clock, and TrayNotifier against a real engine with a message sink
// in place of the tray: only what is new is announced, change signals and polling both find it, a click asks
// for the alert or the ticket, and nothing happens with notifications off or without a tray.
#include "ChangeNotifier.h"
#include "Database.h"
#include "Engine.h"
#include "EngineFixture.h"
#include "EngineHost.h"
#include "TrayNotifier.h"
#include "widgets/TrayMessageDigest.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
NotableEvents::UrgentAlert alert(const QString &uuid, const QString &device = u"srv-1"_s)
{
    return {1, uuid, device, u"Acme"_s, u"disk"_s, u"Disk C: 98 % full"_s};
}

NotableEvents::Found alerts(int count, const NotableEvents::UrgentAlert &newest)
{
    NotableEvents::Found f;
    f.urgentAlertCount = count;
    f.alerts = {newest};
    return f;
}

NotableEvents::Found breaches(int count, qint64 ticketId, qint64 number, bool resolution = false)
{
    NotableEvents::Found f;
    f.breachedTicketCount = count;
    f.breaches = {{10, ticketId, number, u"Server down"_s, resolution}};
    return f;
}
} // namespace

class TestTrayNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void oneAlertIsNamed();
    void oneBreachIsNamed();
    void floodIsSummarised();
    void mixedSummaryOpensTheAlert();
    void oneMessagePerInterval();

    void withoutTrayOrSinkNothingHappens();
    void announcesOnlyWhatIsNew();
    void burstIsOneMessage();
    void breachOpensTheTicket();
    void pollingFindsChangesWithoutSignals();
    void notificationsOffShowNothing();

private:
    // Inserts an urgent open alert of the test integration; returns its uuid.
    QString addUrgentAlert(const QString &device);
    // Inserts a ticket with a breach event; returns the ticket id.
    qint64 addBreachedTicket(const QString &subject);
    void notify(ChangeNotifier::Topic topic);
    QSqlDatabase db() const { return m_fixture.host()->engine()->database()->connection(); }

    QTemporaryDir m_settingsDir;
    EngineFixture m_fixture;
    qint64 m_integrationId = 0;
    int m_serial = 0;
};

void TestTrayNotifier::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"NestogyTest"_s);
    QCoreApplication::setApplicationName(u"tst_traynotifier"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(m_fixture.start(), QString());
    const QString uuid =
        m_fixture
            .createIntegration({{u"name"_s, u"tray"_s},
                                {u"provider"_s, u"generic"_s},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    QVERIFY(!uuid.isEmpty());
    QSqlDatabase c = db();
    QSqlQuery q(c);
    q.prepare(u"SELECT id FROM integrations WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    QVERIFY(q.exec() && q.next());
    m_integrationId = q.value(0).toLongLong();
}

void TestTrayNotifier::init()
{
    QSettings().clear();
}

void TestTrayNotifier::cleanupTestCase()
{
    m_fixture.stop();
}

QString TestTrayNotifier::addUrgentAlert(const QString &device)
{
    const QString uuid = u"tray-alert-%1"_s.arg(++m_serial);
    QSqlDatabase c = db();
    QSqlQuery q(c);
    q.prepare(
        u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, device_name, alert_type, severity, "
        "status, message, first_seen, last_seen) VALUES (?, ?, ?, ?, 'cpu', 'urgent', 'open', "
        "'CPU at 100 %', 0, 0)"_s);
    q.addBindValue(uuid);
    q.addBindValue(m_integrationId);
    q.addBindValue(QString(u"fp-"_s + uuid));
    q.addBindValue(device);
    if (!q.exec())
        qWarning() << "insert failed:" << q.lastError().text();
    return uuid;
}

qint64 TestTrayNotifier::addBreachedTicket(const QString &subject)
{
    QSqlDatabase c = db();
    QSqlQuery q(c);
    q.prepare(u"INSERT INTO tickets (number, subject, priority, status, source, created_at, updated_at) "
              "VALUES (?, ?, 'High', 'Open', 'test', 0, 0) RETURNING id"_s);
    q.addBindValue(90000 + ++m_serial);
    q.addBindValue(subject);
    if (!q.exec() || !q.next()) {
        qWarning() << "insert failed:" << q.lastError().text();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery e(c);
    e.prepare(u"INSERT INTO ticket_events (ticket_id, kind, actor, message, created_at) "
              "VALUES (?, 'sla_response_breach', 'system', 'SLA breach', 0)"_s);
    e.addBindValue(id);
    if (!e.exec())
        qWarning() << "insert failed:" << e.lastError().text();
    return id;
}

void TestTrayNotifier::notify(ChangeNotifier::Topic topic)
{
    m_fixture.host()->engine()->changes()->notify(topic, 0);
}

void TestTrayNotifier::oneAlertIsNamed()
{
    TrayMessageDigest digest;
    QVERIFY(!digest.hasPending());
    QCOMPARE(digest.msUntilDue(0), qint64(-1));
    QVERIFY(!digest.take(0));
    digest.add(alerts(1, alert(u"a-1"_s)));
    const auto m = digest.take(0);
    QVERIFY(m);
    QVERIFY2(m->title.contains(u"srv-1"_s), qPrintable(m->title));
    QVERIFY(m->body.contains(u"Disk C: 98 % full"_s));
    QVERIFY(m->body.contains(u"Acme"_s));
    QCOMPARE(m->alertUuid, u"a-1"_s);
    QCOMPARE(m->ticketId, 0);
    QCOMPARE(m->alertCount, 1);
    QVERIFY(!digest.hasPending());
}

void TestTrayNotifier::oneBreachIsNamed()
{
    TrayMessageDigest digest;
    digest.add(breaches(1, 42, 1007, true));
    const auto m = digest.take(0);
    QVERIFY(m);
    QVERIFY2(m->title.contains(u"1007"_s), qPrintable(m->title));
    QVERIFY(m->body.contains(u"Server down"_s));
    QVERIFY(m->body.contains(u"resolution"_s));
    QVERIFY(m->alertUuid.isEmpty());
    QCOMPARE(m->ticketId, 42);
}

void TestTrayNotifier::floodIsSummarised()
{
    TrayMessageDigest digest;
    digest.add(alerts(5, alert(u"a-5"_s)));
    digest.add(alerts(7, alert(u"a-12"_s, u"srv-12"_s)));
    const auto m = digest.take(0);
    QVERIFY(m);
    QCOMPARE(m->alertCount, 12);
    QVERIFY2(m->body.contains(u"12 new urgent alert"_s), qPrintable(m->body));
    QVERIFY(!m->title.contains(u"srv-12"_s)); // a summary, not one device
    QCOMPARE(m->alertUuid, u"a-12"_s);        // a click opens the newest
}

void TestTrayNotifier::mixedSummaryOpensTheAlert()
{
    TrayMessageDigest digest;
    digest.add(breaches(2, 42, 1007));
    digest.add(alerts(1, alert(u"a-1"_s)));
    const auto m = digest.take(0);
    QVERIFY(m);
    QVERIFY2(m->body.contains(u"1 new urgent alert"_s), qPrintable(m->body));
    QVERIFY(m->body.contains(u"2 ticket"_s));
    QCOMPARE(m->alertUuid, u"a-1"_s);
    QCOMPARE(m->breachCount, 2);
}

void TestTrayNotifier::oneMessagePerInterval()
{
    TrayMessageDigest digest(5000);
    digest.add(alerts(1, alert(u"a-1"_s)));
    QVERIFY(digest.take(100'000));
    digest.add(alerts(1, alert(u"a-2"_s)));
    QCOMPARE(digest.msUntilDue(101'000), qint64(4000));
    QVERIFY(!digest.take(101'000));
    digest.add(alerts(2, alert(u"a-4"_s)));
    QVERIFY(!digest.take(104'999));
    const auto m = digest.take(105'000);
    QVERIFY(m);
    QCOMPARE(m->alertCount, 3); // everything that waited, in one message
    QCOMPARE(m->alertUuid, u"a-4"_s);
    QCOMPARE(digest.msUntilDue(105'000), qint64(-1));
    digest.add(alerts(1, alert(u"a-5"_s)));
    QCOMPARE(digest.msUntilDue(106'000), qint64(4000));
}

void TestTrayNotifier::withoutTrayOrSinkNothingHappens()
{
    TrayNotifier notifier;
    if (notifier.hasTrayIcon())
        QSKIP("this desktop has a system tray");
    notifier.setEngine(m_fixture.host()->engine());
    addUrgentAlert(u"unseen"_s);
    notify(ChangeNotifier::Topic::Alerts);
    notifier.checkNow();
    QTest::qWait(TrayNotifier::CheckDelayMs + 200);
    QCOMPARE(notifier.lastMessage().alertCount, 0);
    QSignalSpy opened(&notifier, &TrayNotifier::openAlertRequested);
    notifier.openLastMessage();
    QCOMPARE(opened.count(), 0);
}

void TestTrayNotifier::announcesOnlyWhatIsNew()
{
    addUrgentAlert(u"before"_s); // there before the notifier: not news
    TrayNotifier notifier;
    QList<TrayMessageDigest::Message> shown;
    notifier.setMessageSink([&shown](const TrayMessageDigest::Message &m) { shown.append(m); });
    notifier.setIntervals(300, 60'000, 50);
    notifier.setEngine(m_fixture.host()->engine());
    notifier.checkNow();
    QCOMPARE(shown.size(), 0);

    const QString uuid = addUrgentAlert(u"srv-new"_s);
    notify(ChangeNotifier::Topic::Alerts);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).alertUuid, uuid);
    QVERIFY(shown.at(0).title.contains(u"srv-new"_s));
    QSignalSpy opened(&notifier, &TrayNotifier::openAlertRequested);
    notifier.openLastMessage();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), uuid);
    // Looked at: no second message for the same alert.
    notifier.checkNow();
    QTest::qWait(400);
    QCOMPARE(shown.size(), 1);

    notifier.setEngine(nullptr);
    addUrgentAlert(u"after"_s);
    notifier.checkNow();
    QCOMPARE(shown.size(), 1);
}

void TestTrayNotifier::burstIsOneMessage()
{
    TrayNotifier notifier;
    QElapsedTimer clock;
    clock.start();
    QList<TrayMessageDigest::Message> shown;
    QList<qint64> shownAt;
    notifier.setMessageSink([&](const TrayMessageDigest::Message &m) {
        shown.append(m);
        shownAt.append(clock.elapsed());
    });
    notifier.setIntervals(1500, 60'000, 50);
    notifier.setEngine(m_fixture.host()->engine());
    addUrgentAlert(u"first"_s);
    notify(ChangeNotifier::Topic::Alerts);
    QTRY_COMPARE(shown.size(), 1);
    QString newest;
    for (int i = 0; i < 3; ++i) {
        newest = addUrgentAlert(u"burst-%1"_s.arg(i));
        notify(ChangeNotifier::Topic::Alerts);
        QTest::qWait(100);
    }
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 5000);
    QVERIFY2(shownAt.at(1) - shownAt.at(0) >= 1500, "the second message came before the interval was over");
    QCOMPARE(shown.at(1).alertCount, 3);
    QVERIFY2(shown.at(1).body.contains(u"3"_s), qPrintable(shown.at(1).body));
    QCOMPARE(shown.at(1).alertUuid, newest);
}

void TestTrayNotifier::breachOpensTheTicket()
{
    TrayNotifier notifier;
    QList<TrayMessageDigest::Message> shown;
    notifier.setMessageSink([&shown](const TrayMessageDigest::Message &m) { shown.append(m); });
    notifier.setIntervals(300, 60'000, 50);
    notifier.setEngine(m_fixture.host()->engine());
    const qint64 ticket = addBreachedTicket(u"Mail server unreachable"_s);
    QVERIFY(ticket > 0);
    notify(ChangeNotifier::Topic::Tickets);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).ticketId, ticket);
    QVERIFY(shown.at(0).body.contains(u"Mail server unreachable"_s));
    QSignalSpy opened(&notifier, &TrayNotifier::openTicketRequested);
    notifier.openLastMessage();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), ticket);
}

void TestTrayNotifier::pollingFindsChangesWithoutSignals()
{
    TrayNotifier notifier;
    QList<TrayMessageDigest::Message> shown;
    notifier.setMessageSink([&shown](const TrayMessageDigest::Message &m) { shown.append(m); });
    notifier.setIntervals(300, 200, 50);
    notifier.setEngine(m_fixture.host()->engine());
    // As if another process sharing the database took the alert: no signal here.
    const QString uuid = addUrgentAlert(u"elsewhere"_s);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).alertUuid, uuid);
}

void TestTrayNotifier::notificationsOffShowNothing()
{
    QSettings().setValue(u"ui/notifications"_s, false);
    TrayNotifier notifier;
    QList<TrayMessageDigest::Message> shown;
    notifier.setMessageSink([&shown](const TrayMessageDigest::Message &m) { shown.append(m); });
    notifier.setIntervals(100, 60'000, 50);
    notifier.setEngine(m_fixture.host()->engine());
    addUrgentAlert(u"quiet"_s);
    notify(ChangeNotifier::Topic::Alerts);
    QTest::qWait(500);
    QCOMPARE(shown.size(), 0);
    // Switched back on: what happened while off is not announced later, only what is new.
    QSettings().setValue(u"ui/notifications"_s, true);
    const QString uuid = addUrgentAlert(u"loud"_s);
    notify(ChangeNotifier::Topic::Alerts);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).alertCount, 1);
    QCOMPARE(shown.at(0).alertUuid, uuid);
}

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
