// Every webhook fixture through its provider's normalizer: kind, severity, status, device, client, series,
// type and time, so a change in any normalizer shows up against the shapes the products really send.
#include "ProviderTestSupport.h"
#include "providers/NormalizerRegistry.h"
#include "providers/PresetCatalog.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::NormalizeContext;
using nestogy::Normalizer;
using nestogy::NormalizerRegistry;
using nestogy::Provider;

Q_DECLARE_METATYPE(nestogy::Provider)

namespace {

// "preset:<id>" takes the preset's mapping, "file:<fixture>" a mapping fixture, "" none.
NormalizeContext contextFor(const QString &mapping)
{
    NormalizeContext context;
    if (mapping.startsWith(u"preset:"_s)) {
        const auto preset = nestogy::PresetCatalog::byId(mapping.mid(7));
        if (!preset)
            qFatal("no preset %s", qPrintable(mapping));
        context.fieldMappings = preset->fieldMappings;
        context.settings = preset->settings;
    } else if (mapping.startsWith(u"file:"_s)) {
        context.fieldMappings = providertest::object(providertest::readFixture(mapping.mid(5)));
    }
    return context;
}

} // namespace

class TestNormalizers : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
    void everyFixtureIsCovered();
    void triggerAndResolveShareSeries_data();
    void triggerAndResolveShareSeries();
    void registryHandsOutOneNormalizerPerProvider();

private:
    QStringList m_covered;
};

void TestNormalizers::fixture_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field"); // Invalid: the field named
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("deviceName");
    QTest::addColumn<QString>("clientName");
    QTest::addColumn<QString>("seriesKey");
    QTest::addColumn<QString>("alertType");
    QTest::addColumn<qint64>("occurredAtMs");

    const QString ninjaSeries = u"e6b0b0bd-5753-445d-9e4a-71c08983cbd5"_s;
    const QString haloDevice = u"0b6f3e52-93c4-4d1a-b2f0-7a51c9d0e8a3"_s;
    const QString haloSeries = u"d41c8e90-2b7a-4f35-a6e1-9c0b8d7f6e52"_s;
    auto row = [this](const char *name, Provider p, const QString &file) -> QTestData & {
        m_covered.append(file);
        return QTest::newRow(name) << p << file;
    };

    row("ninja condition triggered", Provider::Ninja, u"ninjaone/condition-triggered.json"_s)
        << QString() << u"alert"_s << QString() << u"normal"_s << u"triggered"_s << u"7"_s
        << u"ccesxi03.cc.local"_s << u"Country Consulting"_s << ninjaSeries << u"vmm_cond_memory_usage_ge"_s
        << qint64(1742391675556);
    row("ninja condition reset", Provider::Ninja, u"ninjaone/condition-reset.json"_s)
        << QString() << u"alert"_s << QString() << u"normal"_s << u"resolved"_s << u"7"_s
        << u"ccesxi03.cc.local"_s << u"Country Consulting"_s << ninjaSeries << u"vmm_cond_memory_usage_ge"_s
        << qint64(1742392275120);
    row("ninja system node updated", Provider::Ninja, u"ninjaone/system-node-updated.json"_s)
        << QString() << u"ignored"_s << QString() << QString() << QString() << QString() << QString()
        << QString() << QString() << QString() << qint64(0);
    row("ninja seed", Provider::Ninja, u"ninjaone/seed-format.json"_s)
        << QString() << u"alert"_s << QString() << u"high"_s << u"triggered"_s << u"1001"_s << u"SRV-DC01"_s
        << QString() << u"ninja-alert-5531"_s << QString() << qint64(1754903700000);

    row("datto seed json", Provider::Datto, u"datto/seed-format.json"_s)
        << QString() << u"alert"_s << QString() << u"urgent"_s << u"triggered"_s << u"dev-7781"_s
        << u"ACME-WS-114"_s << u"Acme Corp"_s << u"alrt-99012"_s << QString() << qint64(1754906531000);
    row("datto seed xml", Provider::Datto, u"datto/seed-format.xml"_s)
        << QString() << u"alert"_s << QString() << u"high"_s << u"triggered"_s << u"dev-7781"_s
        << u"ACME-WS-114"_s << u"Acme Corp"_s << u"alrt-99013"_s << QString() << qint64(1754906740000);
    row("datto camelCase", Provider::Datto, u"datto/template-camelcase.json"_s)
        << QString() << u"alert"_s << QString() << u"high"_s << u"triggered"_s
        << u"a3e1c2d4-5f60-4b7a-8c9d-0e1f2a3b4c5d"_s << u"HD-FRONTDESK-02"_s << u"Harbor Dental"_s
        << u"5c1f2b7e-8d0a-4a4e-9f61-2d7c3b9e1a10"_s << QString() << qint64(0);
    row("datto camelCase unexpanded", Provider::Datto, u"datto/template-camelcase-unexpanded.json"_s)
        << QString() << u"invalid"_s << u"alertUID"_s << QString() << QString() << QString() << QString()
        << QString() << QString() << QString() << qint64(0);
    row("datto halo triggered", Provider::Datto, u"datto/halo-style-triggered.json"_s)
        << QString() << u"alert"_s << QString() << u"urgent"_s << u"triggered"_s << haloDevice
        << u"BRX-FS01"_s << u"Brixton Legal"_s << haloSeries << u"Disk Usage"_s << qint64(0);
    row("datto halo resolved", Provider::Datto, u"datto/halo-style-resolved.json"_s)
        << QString() << u"alert"_s << QString() << u"urgent"_s << u"resolved"_s << haloDevice << u"BRX-FS01"_s
        << u"Brixton Legal"_s << haloSeries << u"Disk Usage"_s << qint64(0);

    row("connectwise seed", Provider::ConnectWise, u"connectwise/seed-format.json"_s)
        << QString() << u"alert"_s << QString() << u"urgent"_s << u"triggered"_s << u"3307"_s
        << u"NORTHWIND-SQL01"_s << u"Northwind Traders"_s << u"88127"_s << u"Service"_s
        << qint64(1754911800000);
    row("connectwise monitor script", Provider::ConnectWise, u"connectwise/monitor-script-post.json"_s)
        << QString() << u"alert"_s << QString() << u"normal"_s << u"triggered"_s << u"3311"_s
        << u"NORTHWIND-WS07"_s << QString() << u"88140"_s << u"Disk"_s << qint64(1754912460000);

    row("generic zabbix", Provider::Generic, u"generic/zabbix-style.json"_s)
        << u"file:generic/zabbix-style.mapping.json"_s << u"alert"_s << QString() << u"high"_s
        << u"triggered"_s << u"gw-02"_s << u"gw-02"_s << u"Contoso"_s << u"4471"_s << QString()
        << qint64(1754913601000);
    row("tactical filled", Provider::Generic, u"tactical/rest-action-filled.json"_s)
        << u"preset:tactical-rmm"_s << u"alert"_s << QString() << u"high"_s << u"triggered"_s
        << u"qXbTcPbMLeQWzJzKvFfLmHsYvpdvHtmaZyDNrwnP"_s << u"WS-RECEPTION"_s << u"Kensington Vets"_s
        << u"3120"_s << u"availability"_s << qint64(1754914443511);
    row("tactical unexpanded template", Provider::Generic, u"tactical/rest-action-template.json"_s)
        << u"preset:tactical-rmm"_s << u"invalid"_s << u"$.alert_id"_s << QString() << QString() << QString()
        << QString() << QString() << QString() << QString() << qint64(0);
}

void TestNormalizers::fixture()
{
    QFETCH(Provider, provider);
    QFETCH(QString, file);
    QFETCH(QString, mapping);
    QFETCH(QString, kind);
    QFETCH(QString, field);

    const QJsonObject payload = providertest::parseFixture(file);
    const Normalizer::Result r =
        NormalizerRegistry::forProvider(provider).normalize(payload, contextFor(mapping));
    QVERIFY2(providertest::kindName(r.kind) == kind,
             qPrintable(providertest::kindName(r.kind) + u": "_s + r.reason));
    QCOMPARE(r.field, field);
    if (r.kind != Normalizer::Result::Kind::Alert) {
        QVERIFY(!r.reason.isEmpty());
        return;
    }

    QFETCH(QString, severity);
    QFETCH(QString, status);
    QFETCH(QString, deviceId);
    QFETCH(QString, deviceName);
    QFETCH(QString, clientName);
    QFETCH(QString, seriesKey);
    QFETCH(QString, alertType);
    QFETCH(qint64, occurredAtMs);
    const nestogy::NormalizedAlert &a = r.alert;
    QCOMPARE(nestogy::severity::toString(a.severity), severity);
    QCOMPARE(providertest::statusName(a.status), status);
    QCOMPARE(a.deviceId, deviceId);
    QCOMPARE(a.deviceName, deviceName);
    QCOMPARE(a.clientName, clientName);
    QCOMPARE(a.seriesKey, seriesKey);
    QCOMPARE(a.alertType, alertType);
    QCOMPARE(a.occurredAtMs, occurredAtMs);
    QVERIFY(!a.externalAlertId.isEmpty());
    QVERIFY(!a.message.isEmpty());
}

void TestNormalizers::everyFixtureIsCovered()
{
    // A fixture added to the shared set without a row here would silently go untested.
    if (m_covered.isEmpty())
        QSKIP("needs fixture_data(); run the whole class");
    const QString root = providertest::fixturePath(QString());
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    QStringList missing;
    while (it.hasNext()) {
        const QString relative = it.next().mid(root.size());
        if (!relative.endsWith(u".mapping.json"_s) && !m_covered.contains(relative))
            missing.append(relative);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestNormalizers::triggerAndResolveShareSeries_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("resolve");
    QTest::newRow("ninja") << Provider::Ninja << u"ninjaone/condition-triggered.json"_s
                           << u"ninjaone/condition-reset.json"_s;
    QTest::newRow("datto halo") << Provider::Datto << u"datto/halo-style-triggered.json"_s
                                << u"datto/halo-style-resolved.json"_s;
}

void TestNormalizers::triggerAndResolveShareSeries()
{
    QFETCH(Provider, provider);
    QFETCH(QString, trigger);
    QFETCH(QString, resolve);
    const Normalizer &n = NormalizerRegistry::forProvider(provider);
    const auto t = n.normalize(providertest::parseFixture(trigger), {});
    const auto r = n.normalize(providertest::parseFixture(resolve), {});
    QCOMPARE(t.alert.seriesKey, r.alert.seriesKey);
    QCOMPARE(t.alert.externalAlertId, r.alert.externalAlertId);
    QCOMPARE(providertest::statusName(t.alert.status), u"triggered"_s);
    QCOMPARE(providertest::statusName(r.alert.status), u"resolved"_s);
    // Two deliveries of one series are still different events (NinjaOne gives each activity its own id).
    if (!t.alert.providerEventId.isEmpty())
        QVERIFY(t.alert.providerEventId != r.alert.providerEventId);
}

void TestNormalizers::registryHandsOutOneNormalizerPerProvider()
{
    const QList<Provider> all{Provider::ConnectWise, Provider::Datto, Provider::Ninja, Provider::Generic};
    for (const Provider p : all) {
        QCOMPARE(&NormalizerRegistry::forProvider(p), &NormalizerRegistry::forProvider(p));
        for (const Provider other : all) {
            if (other != p)
                QVERIFY(&NormalizerRegistry::forProvider(p) != &NormalizerRegistry::forProvider(other));
        }
    }
}

QTEST_GUILESS_MAIN(TestNormalizers)
#include "tst_normalizers.moc"
