// The shipped generic presets: each loads from :/presets, has a valid mapping, and its sample normalizes
// through GenericNormalizer into a complete alert; the Tactical preset reads the Tactical fixtures.
#include "ProviderTestSupport.h"
#include "providers/GenericNormalizer.h"
#include "providers/PayloadParser.h"
#include "providers/PresetCatalog.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::GenericNormalizer;
using nestogy::Normalizer;
using nestogy::Preset;
using nestogy::PresetCatalog;

class TestPresets : public QObject
{
    Q_OBJECT

private slots:
    void catalog();
    void sample_data();
    void sample();
    void resolvedVariantOfSample_data();
    void resolvedVariantOfSample();
    void tacticalBodyTemplateMatchesFixture();
    void unknownIdAndBrokenJson();
};

void TestPresets::catalog()
{
    const QList<Preset> presets = PresetCatalog::all();
    QStringList ids;
    for (const Preset &p : presets)
        ids.append(p.id);
    QCOMPARE(ids, QStringList({u"atera"_s, u"ncentral"_s, u"syncro"_s, u"tactical-rmm"_s, u"zabbix"_s}));
    for (const Preset &p : presets) {
        QVERIFY2(!p.name.isEmpty() && !p.description.isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.sample.isEmpty(), qPrintable(p.id));
        QVERIFY2(p.settings.contains(u"auth_method"_s), qPrintable(p.id));
        const QStringList problems = GenericNormalizer::validateMappings(p.fieldMappings);
        QVERIFY2(problems.isEmpty(), qPrintable(p.id + u": "_s + problems.join(u"; "_s)));
    }
    QCOMPARE(PresetCatalog::byId(u"zabbix"_s)->name, u"Zabbix"_s);
}

void TestPresets::sample_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("seriesKey");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("clientName");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<qint64>("occurredAtMs");

    QTest::newRow("tactical-rmm") << u"tactical-rmm"_s << u"3120"_s
                                  << u"qXbTcPbMLeQWzJzKvFfLmHsYvpdvHtmaZyDNrwnP"_s << u"Kensington Vets"_s
                                  << u"high"_s << qint64(1754914443511);
    QTest::newRow("zabbix") << u"zabbix"_s << u"4471"_s << u"gw-02"_s << u"Contoso"_s << u"high"_s
                            << qint64(1754913601000);
    QTest::newRow("atera") << u"atera"_s << u"181934"_s << u"3f2b7f6e-91c4-4b8e-a0d2-5c7e1f9a6b30"_s
                           << u"Greenfield Dental"_s << u"normal"_s << qint64(1754905272000);
    QTest::newRow("syncro") << u"syncro"_s << u"4410231"_s << u"998812"_s << u"Lawson & Hart LLP"_s
                            << u"normal"_s << qint64(1754921564123);
    QTest::newRow("ncentral") << u"ncentral"_s << u"1843002781"_s << u"RC-SQL01"_s << u"Riverside Clinic"_s
                              << u"high"_s << qint64(1754907751000);
}

void TestPresets::sample()
{
    QFETCH(QString, id);
    QFETCH(QString, seriesKey);
    QFETCH(QString, deviceId);
    QFETCH(QString, clientName);
    QFETCH(QString, severity);
    QFETCH(qint64, occurredAtMs);

    const auto preset = PresetCatalog::byId(id);
    QVERIFY(preset);
    const GenericNormalizer normalizer;
    const Normalizer::Result r =
        normalizer.normalize(preset->sample, {preset->fieldMappings, preset->settings});
    QVERIFY2(r.kind == Normalizer::Result::Kind::Alert, qPrintable(r.reason));
    const nestogy::NormalizedAlert &a = r.alert;
    QCOMPARE(a.seriesKey, seriesKey);
    QCOMPARE(a.deviceId, deviceId);
    QCOMPARE(a.clientName, clientName);
    QCOMPARE(nestogy::severity::toString(a.severity), severity);
    QCOMPARE(a.occurredAtMs, occurredAtMs);
    QCOMPARE(providertest::statusName(a.status), u"triggered"_s);
    QVERIFY(!a.deviceName.isEmpty());
    QVERIFY(!a.message.isEmpty());
    QVERIFY(!a.clientExternalId.isEmpty());
}

void TestPresets::resolvedVariantOfSample_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path"); // where the resolve marker goes, as "a" or "a.b"
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("tactical-rmm") << u"tactical-rmm"_s << u"resolved"_s << QJsonValue(u"True"_s);
    QTest::newRow("zabbix") << u"zabbix"_s << u"event.status"_s << QJsonValue(u"RESOLVED"_s);
    QTest::newRow("atera") << u"atera"_s << u"Archived"_s << QJsonValue(true);
    QTest::newRow("syncro") << u"syncro"_s << u"attributes.resolved"_s << QJsonValue(true);
    QTest::newRow("ncentral") << u"ncentral"_s << u"QualitativeNewState"_s << QJsonValue(u"Normal"_s);
}

void TestPresets::resolvedVariantOfSample()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);

    const auto preset = PresetCatalog::byId(id);
    QVERIFY(preset);
    QJsonObject payload = preset->sample;
    const QStringList steps = path.split(u'.');
    if (steps.size() == 1) {
        payload.insert(steps[0], value);
    } else {
        QJsonObject inner = payload.value(steps[0]).toObject();
        inner.insert(steps[1], value);
        payload.insert(steps[0], inner);
    }
    const Normalizer::Result r =
        GenericNormalizer().normalize(payload, {preset->fieldMappings, preset->settings});
    QCOMPARE(r.kind, Normalizer::Result::Kind::Alert);
    QCOMPARE(providertest::statusName(r.alert.status), u"resolved"_s);
}

void TestPresets::tacticalBodyTemplateMatchesFixture()
{
    // The template users paste and the fixture of a filled delivery must agree key for key.
    const auto preset = PresetCatalog::byId(u"tactical-rmm"_s);
    QVERIFY(preset);
    const QJsonObject filled = providertest::parseFixture(u"tactical/rest-action-filled.json"_s);
    const QJsonObject templ = providertest::parseFixture(u"tactical/rest-action-template.json"_s);
    QCOMPARE(preset->bodyTemplate, templ);
    QCOMPARE(preset->sample.keys(), filled.keys());
    // Tactical sends no Content-Type: the sample must survive sniffing.
    const auto parsed = nestogy::PayloadParser::parse(QJsonDocument(preset->sample).toJson(), QByteArray());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.object, preset->sample);
}

void TestPresets::unknownIdAndBrokenJson()
{
    QVERIFY(!PresetCatalog::byId(u"nope"_s));
    QVERIFY(!PresetCatalog::fromJson(u"x"_s, "not json"));
    QVERIFY(!PresetCatalog::fromJson(u"x"_s, R"({"name":"X"})"));
    QVERIFY(!PresetCatalog::fromJson(u"x"_s, "[]"));
    const auto ok = PresetCatalog::fromJson(u"x"_s, R"({"name":"X","field_mappings":{"alert_id":"$.id"}})");
    QVERIFY(ok);
    QCOMPARE(ok->id, u"x"_s);
    QVERIFY(ok->sample.isEmpty());
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
