// TimeParser: epoch numbers in seconds or ms, ISO 8601, Python and SQL datetime text, RFC 2822, all as UTC.
#include "providers/TimeParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using nestogy::TimeParser;

class TestTimeParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void noZoneIsUtcWhateverTheLocalZone();
};

void TestTimeParser::parse_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected");

    // 2025-08-11T10:02:11Z
    const qint64 t = 1754906531000;

    QTest::newRow("epoch s int") << QJsonValue(1754906531) << t;
    QTest::newRow("epoch s float (NinjaOne)") << QJsonValue(1742391675.556) << qint64(1742391675556);
    QTest::newRow("epoch ms") << QJsonValue(1742391675556.0) << qint64(1742391675556);
    QTest::newRow("epoch s string") << QJsonValue(u"1754906531"_s) << t;
    QTest::newRow("epoch s string fraction") << QJsonValue(u"1742391675.12"_s) << qint64(1742391675120);
    QTest::newRow("epoch ms string") << QJsonValue(u" 1754906531000 "_s) << t;
    QTest::newRow("iso Z") << QJsonValue(u"2025-08-11T10:02:11Z"_s) << t;
    QTest::newRow("iso lower z") << QJsonValue(u"2025-08-11T10:02:11z"_s) << t;
    QTest::newRow("iso offset") << QJsonValue(u"2025-08-11T12:02:11+02:00"_s) << t;
    QTest::newRow("iso negative offset") << QJsonValue(u"2025-08-11T06:02:11-04:00"_s) << t;
    QTest::newRow("iso offset no colon") << QJsonValue(u"2025-08-11T12:02:11+0200"_s) << t;
    QTest::newRow("iso no zone is UTC") << QJsonValue(u"2025-08-11T10:02:11"_s) << t;
    QTest::newRow("iso ms") << QJsonValue(u"2025-08-11T10:02:11.250Z"_s) << qint64(1754906531250);
    QTest::newRow("iso ms, negative offset")
        << QJsonValue(u"2025-08-11T10:12:44.123-04:00"_s) << qint64(1754921564123);
    QTest::newRow("python str with offset")
        << QJsonValue(u"2025-08-11 12:14:03.511093+00:00"_s) << qint64(1754914443511);
    QTest::newRow("python str naive") << QJsonValue(u"2025-08-11 12:00:01"_s) << qint64(1754913601000);
    QTest::newRow("space before offset") << QJsonValue(u"2025-08-11 12:02:11 +02:00"_s) << t;
    QTest::newRow("zabbix dotted date") << QJsonValue(u"2025.08.11 12:00:01"_s) << qint64(1754913601000);
    QTest::newRow("slashed date") << QJsonValue(u"2025/08/11 10:02:11"_s) << t;
    QTest::newRow("date only") << QJsonValue(u"2025-08-11"_s) << qint64(1754870400000);
    QTest::newRow("rfc 2822 offset") << QJsonValue(u"Mon, 11 Aug 2025 10:02:11 +0000"_s) << t;
    QTest::newRow("rfc 2822 GMT") << QJsonValue(u"Mon, 11 Aug 2025 10:02:11 GMT"_s) << t;
    QTest::newRow("rfc 2822 no weekday") << QJsonValue(u"11 Aug 2025 12:02:11 +0200"_s) << t;

    QTest::newRow("empty") << QJsonValue(u""_s) << qint64(0);
    QTest::newRow("None") << QJsonValue(u"None"_s) << qint64(0);
    QTest::newRow("template") << QJsonValue(u"{{alert.alert_time}}"_s) << qint64(0);
    QTest::newRow("datto template") << QJsonValue(u"[timestamp]"_s) << qint64(0);
    QTest::newRow("words") << QJsonValue(u"yesterday at noon"_s) << qint64(0);
    QTest::newRow("impossible date") << QJsonValue(u"2025-13-45T00:00:00Z"_s) << qint64(0);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(0);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << qint64(0);
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"t"_s, 1}}) << qint64(0);
    QTest::newRow("array") << QJsonValue(QJsonArray{1754906531}) << qint64(0);
    QTest::newRow("zero") << QJsonValue(0) << qint64(0);
    QTest::newRow("negative") << QJsonValue(-5) << qint64(0);
    QTest::newRow("absurdly large") << QJsonValue(1e20) << qint64(0);
    QTest::newRow("huge string") << QJsonValue(QString(100000, u'9')) << qint64(0);
    QTest::newRow("inf string") << QJsonValue(u"inf"_s) << qint64(0);
}

void TestTimeParser::parse()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    QCOMPARE(TimeParser::parseToEpochMs(value), expected);
}

void TestTimeParser::noZoneIsUtcWhateverTheLocalZone()
{
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    tzset();
    const qint64 ms = TimeParser::parseToEpochMs(QJsonValue(u"2025-08-11 12:00:01"_s));
    if (saved.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
    QCOMPARE(ms, qint64(1754913601000));
}

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
