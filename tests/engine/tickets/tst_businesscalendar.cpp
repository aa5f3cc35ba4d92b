// Business hours: how much opening time lies between two instants and when a budget of it runs out, over
// nights, weekends, holidays, split days and a DST change; and malformed calendars refused with the key
// named.
#include "BusinessCalendar.h"
#include "SlaPolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

// Local wall time in Berlin, "2026-12-07T09:00:00", as epoch ms.
qint64 berlin(const QString &local)
{
    const QDateTime naive = QDateTime::fromString(local, Qt::ISODate);
    return QDateTime(naive.date(), naive.time(), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
}

BusinessCalendar officeHours()
{
    QString error;
    const auto c = BusinessCalendar::fromJson(QJsonDocument::fromJson(R"({"timezone": "Europe/Berlin",
            "hours": {"mon": "08:00-12:00,13:00-17:00", "tue": "08:00-12:00,13:00-17:00",
                      "wed": "08:00-12:00,13:00-17:00", "thu": "08:00-12:00,13:00-17:00",
                      "fri": "08:00-12:00,13:00-17:00"},
            "holidays": ["2026-12-24", "2026-12-25"]})")
                                                  .object(),
                                              &error);
    if (!c)
        qFatal("calendar: %s", qPrintable(error));
    return *c;
}
} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAndClosed();
    void elapsedSkipsNightsLunchAndWeekends();
    void addRunsOverTheWeekendAndHolidays();
    void dstChangeCountsRealHours();
    void malformed_data();
    void malformed();
    void policyUsesCalendarOnlyForListedPriorities();
    void policyOverridesTargets();
};

void TestBusinessCalendar::openAndClosed()
{
    const BusinessCalendar c = officeHours();
    QVERIFY(c.isOpen(berlin(u"2026-12-07T09:00:00"_s)));  // Monday morning
    QVERIFY(!c.isOpen(berlin(u"2026-12-07T12:30:00"_s))); // lunch
    QVERIFY(!c.isOpen(berlin(u"2026-12-07T17:00:00"_s))); // the end is exclusive
    QVERIFY(!c.isOpen(berlin(u"2026-12-05T10:00:00"_s))); // Saturday
    QVERIFY(!c.isOpen(berlin(u"2026-12-24T10:00:00"_s))); // holiday (a Thursday)
}

void TestBusinessCalendar::elapsedSkipsNightsLunchAndWeekends()
{
    const BusinessCalendar c = officeHours();
    // Friday 16:00 to Monday 09:30: one hour on Friday, one and a half on Monday.
    QCOMPARE(c.businessMsBetween(berlin(u"2026-12-04T16:00:00"_s), berlin(u"2026-12-07T09:30:00"_s)),
             2 * Hour + 30 * Minute);
    // Across lunch: 11:00-14:00 is two hours of work.
    QCOMPARE(c.businessMsBetween(berlin(u"2026-12-07T11:00:00"_s), berlin(u"2026-12-07T14:00:00"_s)),
             2 * Hour);
    QCOMPARE(c.businessMsBetween(berlin(u"2026-12-07T14:00:00"_s), berlin(u"2026-12-07T11:00:00"_s)), 0);
    // A full week is 5 x 8 hours.
    QCOMPARE(c.businessMsBetween(berlin(u"2026-12-07T00:00:00"_s), berlin(u"2026-12-14T00:00:00"_s)),
             40 * Hour);
}

void TestBusinessCalendar::addRunsOverTheWeekendAndHolidays()
{
    const BusinessCalendar c = officeHours();
    // Four hours from Friday 15:00: two on Friday, then Monday 08:00-10:00.
    QCOMPARE(c.addBusinessMs(berlin(u"2026-12-04T15:00:00"_s), 4 * Hour), berlin(u"2026-12-07T10:00:00"_s));
    // From Saturday: the clock starts on Monday morning.
    QCOMPARE(c.addBusinessMs(berlin(u"2026-12-05T10:00:00"_s), 1 * Hour), berlin(u"2026-12-07T09:00:00"_s));
    // Wednesday 23 Dec 16:00 + 2 h: one hour that day, then the 24th and 25th are holidays, weekend, Monday.
    QCOMPARE(c.addBusinessMs(berlin(u"2026-12-23T16:00:00"_s), 2 * Hour), berlin(u"2026-12-28T09:00:00"_s));
    // add and elapsed agree.
    const qint64 start = berlin(u"2026-12-03T10:17:00"_s);
    QCOMPARE(c.businessMsBetween(start, c.addBusinessMs(start, 13 * Hour + 7 * Minute)),
             13 * Hour + 7 * Minute);
}

void TestBusinessCalendar::dstChangeCountsRealHours()
{
    QString error;
    const auto c = BusinessCalendar::fromJson(
        QJsonDocument::fromJson(R"({"timezone": "Europe/Berlin", "hours": {"sun": "00:00-24:00"}})").object(),
        &error);
    QVERIFY2(c, qPrintable(error));
    // 29 March 2026: clocks jump from 02:00 to 03:00, so that Sunday has 23 hours.
    QCOMPARE(c->businessMsBetween(berlin(u"2026-03-29T00:00:00"_s), berlin(u"2026-03-30T00:00:00"_s)),
             23 * Hour);
}

void TestBusinessCalendar::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("no hours") << QByteArray(R"({"timezone": "UTC"})") << u"hours"_s;
    QTest::newRow("unknown day") << QByteArray(R"({"hours": {"monday": "08:00-17:00"}})") << u"hours"_s;
    QTest::newRow("backwards span") << QByteArray(R"({"hours": {"mon": "17:00-08:00"}})") << u"hours.mon"_s;
    QTest::newRow("overlapping spans")
        << QByteArray(R"({"hours": {"mon": "08:00-12:00,11:00-13:00"}})") << u"hours.mon"_s;
    QTest::newRow("never open") << QByteArray(R"({"hours": {"mon": ""}})") << u"hours"_s;
    QTest::newRow("bad zone") << QByteArray(
                                     R"({"timezone": "Mars/Olympus", "hours": {"mon": "08:00-17:00"}})")
                              << u"timezone"_s;
    QTest::newRow("bad holiday") << QByteArray(R"({"hours": {"mon": "08:00-17:00"}, "holidays": ["24.12."]})")
                                 << u"holidays"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"hours": {"mon": "08:00-17:00"}, "tz": "UTC"})")
                                 << u"tz"_s;
}

void TestBusinessCalendar::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QString error;
    QVERIFY(!BusinessCalendar::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.startsWith(key + u':'), qPrintable(error));
}

void TestBusinessCalendar::policyUsesCalendarOnlyForListedPriorities()
{
    QString error;
    const auto policy = SlaPolicy::fromJson(
        QJsonDocument::fromJson(
            R"({"business_hours": {"timezone": "Europe/Berlin", "hours": {"mon": "08:00-17:00", "fri": "08:00-17:00"}}})")
            .object(),
        &error);
    QVERIFY2(policy, qPrintable(error));
    const qint64 fridayEvening = berlin(u"2026-12-04T16:00:00"_s);
    // High (1 h response) created Friday 16:00 is due Friday 17:00; Normal (4 h) runs into Monday.
    QCOMPARE(policy->dueAt(u"High"_s, fridayEvening, Hour), berlin(u"2026-12-04T17:00:00"_s));
    QCOMPARE(policy->dueAt(u"Normal"_s, fridayEvening, 4 * Hour), berlin(u"2026-12-07T11:00:00"_s));
    // Urgent is 24x7 by default.
    QCOMPARE(policy->dueAt(u"Urgent"_s, fridayEvening, 15 * Minute), fridayEvening + 15 * Minute);
    QCOMPARE(policy->elapsed(u"Urgent"_s, fridayEvening, fridayEvening + 5 * Hour), 5 * Hour);
    QCOMPARE(policy->elapsed(u"Normal"_s, fridayEvening, fridayEvening + 5 * Hour), 1 * Hour);
}

void TestBusinessCalendar::policyOverridesTargets()
{
    QString error;
    const auto policy = SlaPolicy::fromJson(
        QJsonDocument::fromJson(R"({"targets": {"High": {"response_minutes": 30}}})").object(), &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->targetsFor(u"High"_s).responseMs, 30 * Minute);
    QCOMPARE(policy->targetsFor(u"High"_s).resolutionMs, 8 * Hour); // the rest keeps the default
    QCOMPARE(policy->targetsFor(u"Low"_s).responseMs, 8 * Hour);
    QVERIFY(!SlaPolicy::fromJson(QJsonDocument::fromJson(R"({"targets": {"P1": {}}})").object(), &error));
    QVERIFY2(error.startsWith(u"targets.P1:"_s), qPrintable(error));
    QVERIFY(!SlaPolicy::fromJson(
        QJsonDocument::fromJson(R"({"targets": {"High": {"response_minutes": 0}}})").object(), &error));
    QVERIFY2(error.startsWith(u"targets.High.response_minutes:"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
