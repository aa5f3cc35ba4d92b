// Maintenance windows: when they cover an alert (one-off, weekly, time zones), that covered alerts are kept
// but make no ticket, and that they are processed once the window is gone.
#include "EngineFixture.h"
#include "MaintenanceWindows.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void covers_data();
    void covers();
    void apiValidation_data();
    void apiValidation();
    void heldDuringWindowReleasedAfter();
    void initTestCase() { QVERIFY(m_engine.start().isEmpty()); }
    void cleanupTestCase() { m_engine.stop(); }

private:
    EngineFixture m_engine;
};

void TestMaintenance::covers_data()
{
    QTest::addColumn<QStringList>("weekdays");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("expected");
    // One-off 2026-12-05 22:00 .. 2026-12-06 02:00 UTC.
    QTest::newRow("one-off inside") << QStringList() << QString()
                                    << QDateTime(QDate(2026, 12, 6), QTime(1, 0), QTimeZone::utc()) << true;
    QTest::newRow("one-off after") << QStringList() << QString()
                                   << QDateTime(QDate(2026, 12, 6), QTime(2, 0), QTimeZone::utc()) << false;
    // Weekly Saturday 22:00-23:59 local.
    const QStringList sat{u"sat"_s};
    QTest::newRow("weekly utc inside")
        << sat << QString() << QDateTime(QDate(2026, 12, 5), QTime(22, 30), QTimeZone::utc()) << true;
    QTest::newRow("weekly wrong day")
        << sat << QString() << QDateTime(QDate(2026, 12, 6), QTime(22, 30), QTimeZone::utc()) << false;
    // 21:30 UTC on Saturday is 22:30 in Berlin (CET), but 16:30 in New York.
    QTest::newRow("weekly berlin") << sat << u"Europe/Berlin"_s
                                   << QDateTime(QDate(2026, 12, 5), QTime(21, 30), QTimeZone::utc()) << true;
    QTest::newRow("weekly new york") << sat << u"America/New_York"_s
                                     << QDateTime(QDate(2026, 12, 5), QTime(21, 30), QTimeZone::utc())
                                     << false;
}

void TestMaintenance::covers()
{
    QFETCH(QStringList, weekdays);
    QFETCH(QString, timezone);
    QFETCH(QDateTime, at);
    QFETCH(bool, expected);
    MaintenanceWindows::Window w;
    w.weekdays = weekdays;
    w.timezone = timezone;
    w.startTime = u"22:00"_s;
    w.endTime = u"23:59"_s;
    w.startsMs = QDateTime(QDate(2026, 12, 5), QTime(22, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    w.endsMs = QDateTime(QDate(2026, 12, 6), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(MaintenanceWindows::covers(w, at.toMSecsSinceEpoch()), expected);
}

void TestMaintenance::apiValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("scope") << QByteArray(R"({"scope":"planet","scope_id":"x"})") << u"scope"_s;
    QTest::newRow("no scope id") << QByteArray(R"({"scope":"device"})") << u"scope_id"_s;
    QTest::newRow("ends before starts")
        << QByteArray(
               R"({"scope":"device","scope_id":"d","starts_at":"2026-12-06T02:00:00Z","ends_at":"2026-12-06T01:00:00Z"})")
        << u"ends_at"_s;
    QTest::newRow("weekday")
        << QByteArray(
               R"({"scope":"device","scope_id":"d","weekdays":["funday"],"start_time":"10:00","end_time":"11:00"})")
        << u"weekdays"_s;
    QTest::newRow("timezone")
        << QByteArray(
               R"({"scope":"device","scope_id":"d","timezone":"Mars/Base","weekdays":["mon"],"start_time":"10:00","end_time":"11:00"})")
        << u"timezone"_s;
}

void TestMaintenance::apiValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = m_engine.api().request("POST", u"/api/maintenance-windows"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"field").toString(), field);
}

void TestMaintenance::heldDuringWindowReleasedAfter()
{
    const QString integration =
        m_engine
            .createIntegration({{u"name"_s, u"mw"_s},
                                {u"provider"_s, u"generic"_s},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto window = m_engine.api().post(u"/api/maintenance-windows"_s,
                                            {{u"scope"_s, u"device"_s},
                                             {u"scope_id"_s, u"patching-srv"_s},
                                             {u"reason"_s, u"Patch Tuesday"_s},
                                             {u"starts_at"_s, now.addSecs(-60).toString(Qt::ISODate)},
                                             {u"ends_at"_s, now.addSecs(3600).toString(Qt::ISODate)}});
    QCOMPARE(window.status, 201);
    QCOMPARE(m_engine.api().get(u"/api/maintenance-windows"_s).json.value(u"total").toInt(), 1);

    ApiClient anonymous(m_engine.baseUrl());
    const QString path = u"/api/webhooks/generic/"_s + integration;
    const auto held = anonymous.request(
        "POST", path, R"({"alert_id":"h1","device_id":"patching-srv","message":"rebooting"})");
    QCOMPARE(held.status, 202); // stored and acknowledged like any alert
    const auto normal =
        anonymous.request("POST", path, R"({"alert_id":"n1","device_id":"other-srv","message":"disk"})");
    const QString heldId = held.json.value(u"alert_id").toString();
    const auto alertOf = [&](const QString &id) { return m_engine.api().get(u"/api/alerts/"_s + id).json; };
    QTRY_VERIFY_WITH_TIMEOUT(
        alertOf(normal.json.value(u"alert_id").toString()).value(u"ticket_id").toInteger() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(alertOf(heldId).value(u"suppressed").toBool(), 15000);
    QVERIFY(alertOf(heldId).value(u"ticket_id").isNull());

    // The window goes away; the still-open held alert is processed (the scheduler does this every minute).
    QCOMPARE(
        m_engine.api().del(u"/api/maintenance-windows/%1"_s.arg(window.json.value(u"id").toInteger())).status,
        204);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"release"_s);
        db.setDatabaseName(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s));
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA busy_timeout=10000"_s);
        QVERIFY(db.transaction());
        const WriteResult released =
            MaintenanceWindows::releaseEnded(db, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(released.ok());
        QCOMPARE(released.value.toInt(), 1);
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"release"_s);
    QTRY_VERIFY_WITH_TIMEOUT(alertOf(heldId).value(u"ticket_id").toInteger() > 0, 15000);
    QCOMPARE(alertOf(heldId).value(u"suppressed").toBool(), false);
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
