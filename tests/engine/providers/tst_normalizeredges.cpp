// Normalizers against hostile and sloppy shapes beyond the fixtures: numbers as strings, nulls, arrays where
// objects belong, template leftovers, huge strings, deep nesting, unicode, and missing required fields.
#include "ProviderTestSupport.h"
#include "providers/FieldReader.h"
#include "providers/NormalizerRegistry.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::NormalizeContext;
using nestogy::NormalizedAlert;
using nestogy::Normalizer;
using nestogy::NormalizerRegistry;
using nestogy::Provider;

Q_DECLARE_METATYPE(nestogy::Provider)

namespace {

// The alert fields a row can check, by the names the "expect" column uses.
QJsonValue fieldOf(const NormalizedAlert &a, const QString &key)
{
    if (key == u"severity")
        return nestogy::severity::toString(a.severity);
    if (key == u"status")
        return providertest::statusName(a.status);
    if (key == u"messageLength")
        return a.message.size();
    if (key == u"occurredAtMs")
        return double(a.occurredAtMs);
    const QHash<QString, QString> text{
        {u"deviceId"_s, a.deviceId},         {u"deviceName"_s, a.deviceName},
        {u"clientId"_s, a.clientExternalId}, {u"clientName"_s, a.clientName},
        {u"seriesKey"_s, a.seriesKey},       {u"externalAlertId"_s, a.externalAlertId},
        {u"eventId"_s, a.providerEventId},   {u"alertType"_s, a.alertType},
        {u"message"_s, a.message},           {u"severityWord"_s, a.severityWord}};
    if (text.contains(key))
        return text.value(key);
    if (key.startsWith(u"extra."_s))
        return a.extra.value(key.mid(6));
    qFatal("unknown expectation %s", qPrintable(key));
}

Normalizer::Result run(Provider p, const QJsonObject &payload, const QJsonObject &mappings = {},
                       const QJsonObject &settings = {})
{
    return NormalizerRegistry::forProvider(p).normalize(payload, NormalizeContext{mappings, settings});
}

} // namespace

class TestNormalizerEdges : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void hugeStrings_data();
    void hugeStrings();
    void deepNesting();
    void everyProviderSurvivesEmptyAndNullPayloads();
};

void TestNormalizerEdges::shapes_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("mappings");
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");     // Invalid: the field named
    QTest::addColumn<QByteArray>("expect"); // alert fields to check, by fieldOf() name

    const QByteArray none;
    // NinjaOne
    QTest::newRow("ninja numbers as strings")
        << Provider::Ninja
        << QByteArray(R"({"id":"5","activityType":"CONDITION","statusCode":"TRIGGERED","deviceId":"12",)"
                      R"("seriesUid":"s-1","activityTime":"1742391675.5","severity":"MAJOR"})")
        << none << none << u"alert"_s << QString()
        << QByteArray(R"({"deviceId":"12","seriesKey":"s-1","eventId":"5","severity":"high",)"
                      R"("occurredAtMs":1742391675500})");
    QTest::newRow("ninja nulls everywhere")
        << Provider::Ninja
        << QByteArray(R"({"id":null,"activityType":"CONDITION","statusCode":"TRIGGERED","deviceId":null,)"
                      R"("device":null,"seriesUid":null,"severity":null,"message":null})")
        << none << none << u"invalid"_s << u"deviceId"_s << none;
    QTest::newRow("ninja device is an array")
        << Provider::Ninja
        << QByteArray(R"({"activityType":"CONDITION","statusCode":"TRIGGERED","deviceId":7,"device":[1,2],)"
                      R"("seriesUid":"x","data":[],"severity":["MAJOR"]})")
        << none << none << u"alert"_s << QString()
        << QByteArray(R"({"deviceId":"7","deviceName":"","clientName":"","severity":"normal"})");
    QTest::newRow("ninja device.id only, no seriesUid")
        << Provider::Ninja
        << QByteArray(R"({"id":3,"activityType":"CONDITION","statusCode":"RESET","sourceConfigUid":"c-9",)"
                      R"("device":{"id":9,"displayName":"pc","references":{"organization":"flat"}}})")
        << none << none << u"alert"_s << QString()
        << QByteArray(R"({"deviceId":"9","deviceName":"pc","seriesKey":"c-9@9","externalAlertId":"3",)"
                      R"("status":"resolved"})");
    QTest::newRow("ninja acknowledged is ignored")
        << Provider::Ninja
        << QByteArray(R"({"id":4,"activityType":"CONDITION","statusCode":"ACKNOWLEDGED","deviceId":7})")
        << none << none << u"ignored"_s << QString() << none;
    QTest::newRow("ninja actionset is ignored")
        << Provider::Ninja << QByteArray(R"({"id":4,"activityType":"ACTIONSET","statusCode":"TRIGGERED"})")
        << none << none << u"ignored"_s << QString() << none;
    QTest::newRow("ninja no statusCode is ignored")
        << Provider::Ninja << QByteArray(R"({"id":4,"activityType":"MONITOR","deviceId":7})") << none << none
        << u"ignored"_s << QString() << none;
    QTest::newRow("ninja MINOR severity is low")
        << Provider::Ninja
        << QByteArray(R"({"id":1,"activityType":"condition","statusCode":"triggered","deviceId":1,)"
                      R"("seriesUid":"a","severity":"MINOR","priority":"HIGH"})")
        << none << none << u"alert"_s << QString()
        << QByteArray(R"({"severity":"low","severityWord":"MINOR"})");
    QTest::newRow("ninja priority when no severity")
        << Provider::Ninja
        << QByteArray(R"({"id":1,"activityType":"CONDITION","statusCode":"TRIGGERED","deviceId":1,)"
                      R"("seriesUid":"a","severity":"","priority":"HIGH"})")
        << none << none << u"alert"_s << QString() << QByteArray(R"({"severity":"high"})");
    QTest::newRow("ninja severity override from settings")
        << Provider::Ninja
        << QByteArray(R"({"id":1,"activityType":"CONDITION","statusCode":"TRIGGERED","deviceId":1,)"
                      R"("seriesUid":"a","severity":"moderate"})")
        << none << QByteArray(R"({"severity_map":{"MODERATE":"urgent"}})") << u"alert"_s << QString()
        << QByteArray(R"({"severity":"urgent"})");
    QTest::newRow("ninja meaningful sourceName is the type")
        << Provider::Ninja
        << QByteArray(R"({"id":1,"activityType":"CONDITION","statusCode":"TRIGGERED","deviceId":1,)"
                      R"("seriesUid":"a","sourceName":"Disk Space C:","data":{"message":{"code":"x"}}})")
        << none << none << u"alert"_s << QString() << QByteArray(R"({"alertType":"Disk Space C:"})");
    QTest::newRow("ninja seed missing deviceId")
        << Provider::Ninja << QByteArray(R"({"alertId":"a-1","alertType":"Major"})") << none << none
        << u"invalid"_s << u"deviceId"_s << none;
    QTest::newRow("ninja seed missing alertId")
        << Provider::Ninja << QByteArray(R"({"deviceId":"1001","alertType":"Major"})") << none << none
        << u"invalid"_s << u"alertId"_s << none;
    QTest::newRow("ninja seed numeric ids, Minor")
        << Provider::Ninja
        << QByteArray(R"({"deviceId":1001,"alertId":5531,"organizationId":42,"alertType":"Minor"})") << none
        << none << u"alert"_s << QString()
        << QByteArray(R"({"deviceId":"1001","seriesKey":"5531","clientId":"42","severity":"normal"})");
    QTest::newRow("ninja seed unicode name")
        << Provider::Ninja
        << QByteArray("{\"deviceId\":\"1\",\"alertId\":\"a\",\"deviceName\":\"Poste-R\xC3\xA9"
                      "ception-\xE6\x9D\xB1\xE4\xBA\xAC-\xF0\x9F\x96\xA5\"}")
        << none << none << u"alert"_s << QString()
        << QByteArray("{\"deviceName\":\"Poste-R\xC3\xA9"
                      "ception-\xE6\x9D\xB1\xE4\xBA\xAC-\xF0\x9F\x96\xA5\"}");

    // Datto
    QTest::newRow("datto resolved flag as string True")
        << Provider::Datto << QByteArray(R"({"alertuid":"u1","device_uid":"d1","alert_resolved":"True"})")
        << none << none << u"alert"_s << QString() << QByteArray(R"({"status":"resolved","deviceId":"d1"})");
    QTest::newRow("datto resolvedAlert 1")
        << Provider::Datto << QByteArray(R"({"alertUID":"u1","deviceUid":"d1","resolvedAlert":"1"})") << none
        << none << u"alert"_s << QString() << QByteArray(R"({"status":"resolved"})");
    QTest::newRow("datto resolvedAlert false string")
        << Provider::Datto << QByteArray(R"({"alertUID":"u1","deviceUid":"d1","resolvedAlert":"false"})")
        << none << none << u"alert"_s << QString() << QByteArray(R"({"status":"triggered"})");
    QTest::newRow("datto alert_uid null") << Provider::Datto << QByteArray(R"({"alert_uid":null,"uid":"d"})")
                                          << none << none << u"invalid"_s << u"alert_uid"_s << none;
    QTest::newRow("datto alert uid is an array")
        << Provider::Datto << QByteArray(R"({"alert_uid":["x"],"uid":"d"})") << none << none << u"invalid"_s
        << u"alert_uid"_s << none;
    QTest::newRow("datto halo template leftover")
        << Provider::Datto << QByteArray(R"({"alertuid":"[alert_uid]","device_uid":"d"})") << none << none
        << u"invalid"_s << u"alertuid"_s << none;
    QTest::newRow("datto seed missing uid")
        << Provider::Datto << QByteArray(R"({"alert_uid":"a","device_name":"PC","alert_type":"info"})")
        << none << none << u"invalid"_s << u"uid"_s << none;
    QTest::newRow("datto camel hostname only")
        << Provider::Datto << QByteArray(R"({"alertUID":"a","hostname":"HD-PC","priority":"Information"})")
        << none << none << u"alert"_s << QString()
        << QByteArray(R"({"deviceId":"HD-PC","deviceName":"HD-PC","severity":"low"})");
    QTest::newRow("datto halo no device at all")
        << Provider::Datto << QByteArray(R"({"alertuid":"a","device_id":null,"device_uid":"[device_uid]"})")
        << none << none << u"invalid"_s << u"device_uid"_s << none;
    QTest::newRow("datto seed info, numeric uid")
        << Provider::Datto << QByteArray(R"({"uid":7781,"alert_uid":99012,"alert_type":"INFO"})") << none
        << none << u"alert"_s << QString()
        << QByteArray(R"({"deviceId":"7781","seriesKey":"99012","severity":"normal","alertType":""})");
    QTest::newRow("datto state resolved")
        << Provider::Datto << QByteArray(R"({"alertuid":"a","device_uid":"d","state":"Resolved"})") << none
        << none << u"alert"_s << QString() << QByteArray(R"({"status":"resolved"})");

    // ConnectWise Automate
    QTest::newRow("cw lower-case keys, Error")
        << Provider::ConnectWise << QByteArray(R"({"computerid":5,"alertid":6,"severity":"error"})") << none
        << none << u"alert"_s << QString()
        << QByteArray(R"({"deviceId":"5","seriesKey":"6","severity":"high"})");
    QTest::newRow("cw Informational, Closed")
        << Provider::ConnectWise
        << QByteArray(R"({"ComputerID":"1","AlertID":"2","Severity":"Informational","Status":"Closed"})")
        << none << none << u"alert"_s << QString()
        << QByteArray(R"({"severity":"low","status":"resolved","extra.Status":"Closed"})");
    QTest::newRow("cw Medium, Status OK")
        << Provider::ConnectWise
        << QByteArray(R"({"ComputerID":"1","AlertID":"2","Severity":"Medium","Status":"OK"})") << none << none
        << u"alert"_s << QString() << QByteArray(R"({"severity":"normal","status":"resolved"})");
    QTest::newRow("cw missing ComputerID") << Provider::ConnectWise << QByteArray(R"({"AlertID":"2"})")
                                           << none << none << u"invalid"_s << u"ComputerID"_s << none;
    QTest::newRow("cw null ComputerID")
        << Provider::ConnectWise << QByteArray(R"({"ComputerID":null,"AlertID":"2"})") << none << none
        << u"invalid"_s << u"ComputerID"_s << none;
    QTest::newRow("cw missing AlertID") << Provider::ConnectWise << QByteArray(R"({"ComputerID":"1"})")
                                        << none << none << u"invalid"_s << u"AlertID"_s << none;
    QTest::newRow("cw AlertID object")
        << Provider::ConnectWise << QByteArray(R"({"ComputerID":"1","AlertID":{"id":2}})") << none << none
        << u"invalid"_s << u"AlertID"_s << none;

    // Generic
    QTest::newRow("generic seed defaults")
        << Provider::Generic
        << QByteArray(R"({"alert_id":1,"device_name":"x","severity":"critical","status":"resolved",)"
                      R"("timestamp":1754906531})")
        << none << none << u"alert"_s << QString()
        << QByteArray(
               R"({"deviceId":"x","severity":"urgent","status":"resolved","occurredAtMs":1754906531000})");
    QTest::newRow("generic seed resolved flag")
        << Provider::Generic << QByteArray(R"({"alert_id":"a","device_id":"d","resolved":true})") << none
        << none << u"alert"_s << QString() << QByteArray(R"({"status":"resolved"})");
    QTest::newRow("generic None alert id")
        << Provider::Generic << QByteArray(R"({"alert_id":"None","device_id":"d"})") << none << none
        << u"invalid"_s << u"alert_id"_s << none;
    QTest::newRow("generic mapped path missing")
        << Provider::Generic << QByteArray(R"({"event":{},"host":"h"})")
        << QByteArray(R"({"alert_id":"$.event.id","device_id":"$.host"})") << none << u"invalid"_s
        << u"$.event.id"_s << none;
    QTest::newRow("generic no device")
        << Provider::Generic << QByteArray(R"({"alert_id":"a","device_id":"null","device_name":""})") << none
        << none << u"invalid"_s << u"device_id"_s << none;
    QTest::newRow("generic bad mapping path")
        << Provider::Generic << QByteArray(R"({"alert_id":"a","device_id":"d"})")
        << QByteArray(R"({"alert_id":"$..id"})") << none << u"invalid"_s << u"$..id"_s << none;
    QTest::newRow("generic severity_map case-insensitive")
        << Provider::Generic << QByteArray(R"({"id":"a","dev":"d","prio":"p1"})")
        << QByteArray(
               R"({"alert_id":"$.id","device_id":"$.dev","severity":"$.prio","severity_map":{"P1":"urgent"}})")
        << none << u"alert"_s << QString() << QByteArray(R"({"severity":"urgent","severityWord":"p1"})");
    QTest::newRow("generic settings override mapping map")
        << Provider::Generic << QByteArray(R"({"alert_id":"a","device_id":"d","severity":"P1"})")
        << QByteArray(R"({"severity_map":{"P1":"urgent"}})") << QByteArray(R"({"severity_map":{"p1":"low"}})")
        << u"alert"_s << QString() << QByteArray(R"({"severity":"low"})");
    QTest::newRow("generic resolve_values")
        << Provider::Generic << QByteArray(R"({"alert_id":"a","device_id":"d","state":"Cleared"})")
        << QByteArray(R"({"status":"$.state","resolve_values":["cleared"]})") << none << u"alert"_s
        << QString() << QByteArray(R"({"status":"resolved"})");
    QTest::newRow("generic field named resolved")
        << Provider::Generic << QByteArray(R"({"alert_id":"a","device_id":"d","x":{"resolved":"true"}})")
        << QByteArray(R"({"status":"$.x.resolved","resolve_values":["closed"]})") << none << u"alert"_s
        << QString() << QByteArray(R"({"status":"resolved"})");
    QTest::newRow("generic true elsewhere is not resolved")
        << Provider::Generic << QByteArray(R"({"alert_id":"a","device_id":"d","active":"true"})")
        << QByteArray(R"({"status":"$.active"})") << none << u"alert"_s << QString()
        << QByteArray(R"({"status":"triggered"})");
    QTest::newRow("generic array element and extra")
        << Provider::Generic << QByteArray(R"({"alerts":[{"id":1},{"id":2,"host":"h2","site":"Main"}]})")
        << QByteArray(R"({"alert_id":"$.alerts[-1].id","device_name":"$.alerts[-1].host",)"
                      R"("extra":{"site":"$.alerts[-1].site"}})")
        << none << u"alert"_s << QString()
        << QByteArray(R"({"seriesKey":"2","deviceId":"h2","extra.site":"Main","severity":"normal"})");
    QTest::newRow("generic object where a value belongs")
        << Provider::Generic << QByteArray(R"({"alert_id":{"id":1},"device_id":"d"})") << none << none
        << u"invalid"_s << u"alert_id"_s << none;
}

void TestNormalizerEdges::shapes()
{
    QFETCH(Provider, provider);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, mappings);
    QFETCH(QByteArray, settings);
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QByteArray, expect);

    const Normalizer::Result r = run(provider, providertest::object(payload), providertest::object(mappings),
                                     providertest::object(settings));
    QVERIFY2(providertest::kindName(r.kind) == kind,
             qPrintable(providertest::kindName(r.kind) + u": "_s + r.reason));
    QCOMPARE(r.field, field);
    QCOMPARE(r.reason.isEmpty(), r.kind == Normalizer::Result::Kind::Alert);
    const QJsonObject expected = providertest::object(expect);
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QCOMPARE(fieldOf(r.alert, it.key()), it.value());
}

void TestNormalizerEdges::hugeStrings_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("idKey");
    QTest::addColumn<QString>("messageKey");
    QTest::addColumn<QJsonObject>("base");

    QTest::newRow("ninja seed") << Provider::Ninja << u"alertId"_s << u"alertMessage"_s
                                << QJsonObject{{u"deviceId"_s, u"1"_s}, {u"alertId"_s, u"a"_s}};
    QTest::newRow("datto") << Provider::Datto << u"alert_uid"_s << u"alert_message"_s
                           << QJsonObject{{u"uid"_s, u"1"_s}, {u"alert_uid"_s, u"a"_s}};
    QTest::newRow("connectwise") << Provider::ConnectWise << u"AlertID"_s << u"AlertMessage"_s
                                 << QJsonObject{{u"ComputerID"_s, u"1"_s}, {u"AlertID"_s, u"a"_s}};
    QTest::newRow("generic") << Provider::Generic << u"alert_id"_s << u"message"_s
                             << QJsonObject{{u"device_id"_s, u"1"_s}, {u"alert_id"_s, u"a"_s}};
}

void TestNormalizerEdges::hugeStrings()
{
    QFETCH(Provider, provider);
    QFETCH(QString, idKey);
    QFETCH(QString, messageKey);
    QFETCH(QJsonObject, base);
    using nestogy::FieldReader;

    // A 1 MB message is kept as a ticket-sized prefix, ending on whole characters.
    QJsonObject payload = base;
    payload.insert(messageKey, QString(QString(1 << 20, u'x') + u"\U0001F5A5"_s));
    const Normalizer::Result clipped = run(provider, payload);
    QCOMPARE(clipped.kind, Normalizer::Result::Kind::Alert);
    QCOMPARE(clipped.alert.message.size(), FieldReader::MaxMessageLength);
    QVERIFY(clipped.alert.message.endsWith(QChar(0x2026)));

    // An id that long is garbage, not something to cut and risk colliding with another.
    payload = base;
    payload.insert(idKey, QString(FieldReader::MaxIdLength + 1, u'7'));
    const Normalizer::Result refused = run(provider, payload);
    QCOMPARE(refused.kind, Normalizer::Result::Kind::Invalid);
    QCOMPARE(refused.field, idKey);
}

void TestNormalizerEdges::deepNesting()
{
    // 500 levels of objects around the payload's one useful value; the parser and the normalizers cope.
    QByteArray json = R"({"alert_id":"a","device_id":"d","deep":)";
    for (int i = 0; i < 500; ++i)
        json += R"({"n":)";
    json += R"("bottom")";
    for (int i = 0; i < 500; ++i)
        json += "}";
    json += "}";
    const auto parsed = nestogy::PayloadParser::parse(json, "application/json");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const QJsonObject mapping{{u"message"_s, QString(u"$.deep"_s + QString(u".n"_s).repeated(50))}};
    const Normalizer::Result r = run(Provider::Generic, parsed.object, mapping);
    QCOMPARE(r.kind, Normalizer::Result::Kind::Alert);
    QCOMPARE(r.alert.message, QString()); // an object where text belongs is no message
    for (const Provider p : {Provider::Ninja, Provider::Datto, Provider::ConnectWise})
        QCOMPARE(run(p, parsed.object).kind, Normalizer::Result::Kind::Invalid);
}

void TestNormalizerEdges::everyProviderSurvivesEmptyAndNullPayloads()
{
    QJsonObject allNull;
    for (const QString &key :
         {u"id"_s, u"deviceId"_s, u"alertId"_s, u"uid"_s, u"alert_uid"_s, u"ComputerID"_s, u"AlertID"_s,
          u"alert_id"_s, u"device_id"_s, u"device"_s, u"activityType"_s})
        allNull.insert(key, QJsonValue::Null);
    QJsonObject allArrays;
    for (auto it = allNull.constBegin(); it != allNull.constEnd(); ++it)
        allArrays.insert(it.key(), QJsonArray{1, u"x"_s});
    for (const Provider p : {Provider::Ninja, Provider::Datto, Provider::ConnectWise, Provider::Generic}) {
        for (const QJsonObject &payload : {QJsonObject(), allNull, allArrays}) {
            const Normalizer::Result r = run(p, payload);
            QVERIFY(r.kind != Normalizer::Result::Kind::Alert);
            QVERIFY(!r.reason.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestNormalizerEdges)
#include "tst_normalizeredges.moc"
