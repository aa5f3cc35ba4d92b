// PayloadParser: JSON, XML and form bodies by Content-Type or by sniffing, and the 400/415 refusals.
#include "ProviderTestSupport.h"
#include "providers/PayloadParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::PayloadParser;

class TestPayloadParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void dattoXmlFixture();
    void deepXmlIsRefused();
    void everyJsonFixtureParsesWithoutContentType();
};

void TestPayloadParser::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected"); // JSON of the expected object; empty when refused

    // JSON
    QTest::newRow("json") << QByteArray(R"({"a":1,"b":"x"})") << QByteArray("application/json") << 0
                          << u"json"_s << QByteArray(R"({"a":1,"b":"x"})");
    QTest::newRow("json charset, odd case")
        << QByteArray(R"({"a":1})") << QByteArray("Application/JSON; Charset=UTF-8") << 0 << u"json"_s
        << QByteArray(R"({"a":1})");
    QTest::newRow("vendor +json") << QByteArray(R"({"a":1})") << QByteArray("application/vnd.ninja+json") << 0
                                  << u"json"_s << QByteArray(R"({"a":1})");
    QTest::newRow("text/json") << QByteArray(R"({"a":1})") << QByteArray("text/json") << 0 << u"json"_s
                               << QByteArray(R"({"a":1})");
    QTest::newRow("json with BOM") << QByteArray("\xEF\xBB\xBF{\"a\":1}") << QByteArray("application/json")
                                   << 0 << u"json"_s << QByteArray(R"({"a":1})");
    QTest::newRow("json unicode") << QByteArray("{\"n\":\"R\xC3\xA9"
                                                "ception\"}")
                                  << QByteArray("application/json") << 0 << u"json"_s
                                  << QByteArray("{\"n\":\"R\xC3\xA9"
                                                "ception\"}");
    QTest::newRow("json array top level")
        << QByteArray("[1,2]") << QByteArray("application/json") << 400 << u"json"_s << QByteArray();
    QTest::newRow("json scalar top level")
        << QByteArray("42") << QByteArray("application/json") << 400 << u"json"_s << QByteArray();
    QTest::newRow("json truncated") << QByteArray(R"({"a":)") << QByteArray("application/json") << 400
                                    << u"json"_s << QByteArray();
    QTest::newRow("json invalid utf-8") << QByteArray("{\"a\":\"\xFF\xFE\"}")
                                        << QByteArray("application/json") << 400 << u"json"_s << QByteArray();
    QTest::newRow("json empty body") << QByteArray() << QByteArray("application/json") << 400 << QString()
                                     << QByteArray();
    QTest::newRow("json whitespace body")
        << QByteArray(" \n ") << QByteArray("application/json") << 400 << QString() << QByteArray();

    // XML
    QTest::newRow("xml flat, trimmed")
        << QByteArray("<alert><a>1</a><b>  x y \n</b></alert>") << QByteArray("application/xml") << 0
        << u"xml"_s << QByteArray(R"({"a":"1","b":"x y"})");
    QTest::newRow("xml nested") << QByteArray("<r><device><id>5</id><name>n</name></device></r>")
                                << QByteArray("text/xml; charset=utf-8") << 0 << u"xml"_s
                                << QByteArray(R"({"device":{"id":"5","name":"n"}})");
    QTest::newRow("xml repeated") << QByteArray("<r><tag>a</tag><tag>b</tag><tag>c</tag></r>")
                                  << QByteArray("application/xml") << 0 << u"xml"_s
                                  << QByteArray(R"({"tag":["a","b","c"]})");
    QTest::newRow("xml attributes") << QByteArray(
                                           R"(<r id="7"><uid type="s">x</uid><dev name="d"/><empty/></r>)")
                                    << QByteArray("text/xml") << 0 << u"xml"_s
                                    << QByteArray(R"({"@id":"7","uid":"x","dev":{"@name":"d"},"empty":""})");
    QTest::newRow("xml cdata and entities")
        << QByteArray("<r><m><![CDATA[a < b]]></m><e>x &amp; y</e></r>") << QByteArray("application/xml") << 0
        << u"xml"_s << QByteArray(R"({"m":"a < b","e":"x & y"})");
    QTest::newRow("xml doctype") << QByteArray("<!DOCTYPE r><r><a>1</a></r>") << QByteArray("application/xml")
                                 << 400 << u"xml"_s << QByteArray();
    QTest::newRow("xml xxe") << QByteArray(R"(<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM )"
                                           R"("file:///etc/passwd">]><r><a>&x;</a></r>)")
                             << QByteArray("application/xml") << 400 << u"xml"_s << QByteArray();
    QTest::newRow("xml billion laughs")
        << QByteArray(R"(<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><r><x>&b;</x></r>)")
        << QByteArray("application/xml") << 400 << u"xml"_s << QByteArray();
    QTest::newRow("xml undeclared entity")
        << QByteArray("<r><a>&nope;</a></r>") << QByteArray("application/xml") << 400 << u"xml"_s
        << QByteArray();
    QTest::newRow("xml malformed") << QByteArray("<r><a>1</b></r>") << QByteArray("application/xml") << 400
                                   << u"xml"_s << QByteArray();
    QTest::newRow("xml two roots") << QByteArray("<r><a>1</a></r><r><a>2</a></r>")
                                   << QByteArray("application/xml") << 400 << u"xml"_s << QByteArray();
    QTest::newRow("xml root without children")
        << QByteArray("<r>text</r>") << QByteArray("application/xml") << 400 << u"xml"_s << QByteArray();

    // Form
    QTest::newRow("form") << QByteArray("a=1&b=hello+world&c=%26x%3D&d=1%2B1")
                          << QByteArray("application/x-www-form-urlencoded") << 0 << u"form"_s
                          << QByteArray(R"({"a":"1","b":"hello world","c":"&x=","d":"1+1"})");
    QTest::newRow("form repeated keys")
        << QByteArray("k=1&k=2&k=3&other=") << QByteArray("application/x-www-form-urlencoded; charset=utf-8")
        << 0 << u"form"_s << QByteArray(R"({"k":["1","2","3"],"other":""})");
    QTest::newRow("form utf-8") << QByteArray("n=R%C3%A9ception")
                                << QByteArray("application/x-www-form-urlencoded") << 0 << u"form"_s
                                << QByteArray("{\"n\":\"R\xC3\xA9"
                                              "ception\"}");
    QTest::newRow("form without fields")
        << QByteArray("&&") << QByteArray("application/x-www-form-urlencoded") << 400 << u"form"_s
        << QByteArray();

    // Sniffing: Tactical RMM sends no Content-Type; some scripts send text/plain.
    QTest::newRow("sniff json") << QByteArray("  \n{\"a\":1}") << QByteArray() << 0 << u"json"_s
                                << QByteArray(R"({"a":1})");
    QTest::newRow("sniff json text/plain")
        << QByteArray(R"({"a":1})") << QByteArray("text/plain; charset=utf-8") << 0 << u"json"_s
        << QByteArray(R"({"a":1})");
    QTest::newRow("sniff json array")
        << QByteArray("[{}]") << QByteArray() << 400 << u"json"_s << QByteArray();
    QTest::newRow("sniff xml") << QByteArray("<?xml version=\"1.0\"?><r><a>1</a></r>") << QByteArray() << 0
                               << u"xml"_s << QByteArray(R"({"a":"1"})");
    QTest::newRow("sniff form") << QByteArray("a=1&b=2") << QByteArray("text/plain") << 0 << u"form"_s
                                << QByteArray(R"({"a":"1","b":"2"})");
    QTest::newRow("sniff garbage") << QByteArray("hello") << QByteArray() << 400 << QString() << QByteArray();
    QTest::newRow("sniff empty") << QByteArray() << QByteArray() << 400 << QString() << QByteArray();

    // Refused types
    QTest::newRow("png") << QByteArray("\x89PNG") << QByteArray("image/png") << 415 << QString()
                         << QByteArray();
    QTest::newRow("multipart") << QByteArray("--x\r\n") << QByteArray("multipart/form-data; boundary=x")
                               << 415 << QString() << QByteArray();
    QTest::newRow("octet-stream") << QByteArray(R"({"a":1})") << QByteArray("application/octet-stream") << 415
                                  << QString() << QByteArray();
}

void TestPayloadParser::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);

    const PayloadParser::Result r = PayloadParser::parse(body, contentType);
    QVERIFY2(r.status == status, qPrintable(u"status %1, error: %2"_s.arg(r.status).arg(r.error)));
    QCOMPARE(r.format, format);
    QCOMPARE(r.error.isEmpty(), status == 0);
    if (status == 0)
        QCOMPARE(QJsonDocument(r.object).toJson(QJsonDocument::Compact),
                 QJsonDocument(providertest::object(expected)).toJson(QJsonDocument::Compact));
    else
        QVERIFY(r.object.isEmpty());
}

void TestPayloadParser::dattoXmlFixture()
{
    const QByteArray body = providertest::readFixture(u"datto/seed-format.xml"_s);
    for (const QByteArray &type : {QByteArray("application/xml"), QByteArray("text/xml"), QByteArray()}) {
        const PayloadParser::Result r = PayloadParser::parse(body, type);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, u"xml"_s);
        QCOMPARE(r.object.value(u"uid"_s).toString(), u"dev-7781"_s);
        QCOMPARE(r.object.value(u"alert_uid"_s).toString(), u"alrt-99013"_s);
        QCOMPARE(r.object.value(u"alert_message"_s).toString(), u"Pending reboot for more than 7 days"_s);
        QCOMPARE(r.object.size(), 7);
    }
}

void TestPayloadParser::deepXmlIsRefused()
{
    QByteArray body;
    for (int i = 0; i < 200; ++i)
        body += "<n>";
    body += "x";
    for (int i = 0; i < 200; ++i)
        body += "</n>";
    const PayloadParser::Result r = PayloadParser::parse(body, "application/xml");
    QCOMPARE(r.status, 400);
}

void TestPayloadParser::everyJsonFixtureParsesWithoutContentType()
{
    const QStringList fixtures{u"connectwise/seed-format.json"_s,      u"datto/halo-style-triggered.json"_s,
                               u"ninjaone/condition-triggered.json"_s, u"ninjaone/seed-format.json"_s,
                               u"tactical/rest-action-filled.json"_s,  u"generic/zabbix-style.json"_s};
    for (const QString &fixture : fixtures) {
        const PayloadParser::Result r =
            PayloadParser::parse(providertest::readFixture(fixture), QByteArray());
        QVERIFY2(r.ok(), qPrintable(fixture + u": "_s + r.error));
        QCOMPARE(r.format, u"json"_s);
    }
}

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payloadparser.moc"
