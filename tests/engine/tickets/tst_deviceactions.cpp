// Remapping a device to another client or asset through the single writer on a real engine: what the row and
// the audit log say afterwards, the asset that no longer fits the new client, the refusals, and the
// ChangeNotifier signal the desktop's device list refreshes on.
#include "ChangeNotifier.h"
#include "DeviceActions.h"
#include "Engine.h"
#include "EngineFixture.h"
#include "StorageWriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using nestogy::WriteResult;
using nestogy::DeviceActions::Target;

class TestDeviceActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void remapToClientDropsTheOldClientsAsset();
    void remapToAssetTakesItsClient();
    void refusals_data();
    void refusals();

private:
    QSqlDatabase db();
    qint64 insert(const QString &sql, const QVariantList &binds);
    WriteResult remap(qint64 mappingId, const Target &target);
    std::pair<qint64, qint64> clientAndAsset(qint64 mappingId);

    EngineFixture m_engine;
    QObject m_listen; // receives ChangeNotifier's signals on the test thread
    int m_deviceSignals = 0;
    qint64 m_integration = 0;
    qint64 m_acme = 0;
    qint64 m_globex = 0;
    qint64 m_acmeServer = 0;
    qint64 m_globexLaptop = 0;
    qint64 m_orphanAsset = 0; // belongs to no client
    qint64 m_mapping = 0;
};

QSqlDatabase TestDeviceActions::db()
{
    if (QSqlDatabase::contains(u"seed"_s))
        return QSqlDatabase::database(u"seed"_s);
    QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
    d.setDatabaseName(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s));
    d.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    d.open();
    return d;
}

qint64 TestDeviceActions::insert(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << "insert failed" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

void TestDeviceActions::initTestCase()
{
    QVERIFY(m_engine.start().isEmpty());
    const QString uuid =
        m_engine
            .createIntegration({{u"name"_s, u"devices"_s},
                                {u"provider"_s, u"generic"_s},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    QVERIFY(!uuid.isEmpty());
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT id FROM integrations WHERE uuid = '%1'"_s.arg(uuid)) && q.next());
    m_integration = q.value(0).toLongLong();
    const QString client = u"INSERT INTO clients (name, created_at, updated_at) VALUES (?, 1, 1)"_s;
    const QString asset =
        u"INSERT INTO assets (client_id, name, created_at, updated_at) VALUES (?, ?, 1, 1)"_s;
    m_acme = insert(client, {u"Acme"_s});
    m_globex = insert(client, {u"Globex"_s});
    m_acmeServer = insert(asset, {m_acme, u"ACME-SRV"_s});
    m_globexLaptop = insert(asset, {m_globex, u"GLX-LT"_s});
    m_orphanAsset = insert(asset, {QVariant(QMetaType::fromType<qint64>()), u"SPARE"_s});
    m_mapping = insert(u"INSERT INTO device_mappings (integration_id, rmm_device_id, asset_id, client_id, "
                       u"device_name, created_at, updated_at) VALUES (?, 'dev-1', ?, ?, 'ACME-SRV', 1, 1)"_s,
                       {m_integration, m_acmeServer, m_acme});
    QVERIFY(m_acme && m_globex && m_acmeServer && m_globexLaptop && m_orphanAsset && m_mapping);

    connect(m_engine.host()->engine()->changes(), &nestogy::ChangeNotifier::devicesChanged, &m_listen,
            [this] { ++m_deviceSignals; });
}

void TestDeviceActions::cleanupTestCase()
{
    QSqlDatabase::database(u"seed"_s).close();
    QSqlDatabase::removeDatabase(u"seed"_s);
    m_engine.stop();
}

WriteResult TestDeviceActions::remap(qint64 mappingId, const Target &target)
{
    nestogy::Engine *engine = m_engine.host()->engine();
    std::optional<WriteResult> result;
    nestogy::DeviceActions::submit(
        *engine->writer(), engine->changes(),
        [mappingId, target](QSqlDatabase &d) {
            return nestogy::DeviceActions::remap(d, mappingId, target, u"tester"_s, 1234);
        },
        this, [&result](const WriteResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return WriteResult::failure(WriteResult::Code::Unavailable, u"timeout"_s);
    return *result;
}

std::pair<qint64, qint64> TestDeviceActions::clientAndAsset(qint64 mappingId)
{
    QSqlQuery q(db());
    q.prepare(u"SELECT COALESCE(client_id, 0), COALESCE(asset_id, 0) FROM device_mappings WHERE id = ?"_s);
    q.addBindValue(mappingId);
    if (!q.exec() || !q.next())
        return {-1, -1};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

void TestDeviceActions::remapToClientDropsTheOldClientsAsset()
{
    const int before = m_deviceSignals;
    const WriteResult r = remap(m_mapping, Target{m_globex, 0});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.toLongLong(), m_mapping);
    // ACME-SRV is Acme's: a device of Globex is not that asset any more.
    QCOMPARE(clientAndAsset(m_mapping), std::make_pair(m_globex, qint64(0)));

    QSqlQuery q(db());
    QVERIFY(
        q.exec(u"SELECT actor, action, details, created_at FROM audit_log WHERE entity = 'device_mapping' "
               u"AND entity_id = '%1' ORDER BY id DESC LIMIT 1"_s.arg(m_mapping)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"tester"_s);
    QCOMPARE(q.value(1).toString(), u"device_mapping.remap"_s);
    const QJsonObject details = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    QCOMPARE(details.value(u"from").toObject().value(u"client_id").toInteger(), m_acme);
    QCOMPARE(details.value(u"from").toObject().value(u"asset_id").toInteger(), m_acmeServer);
    QCOMPARE(details.value(u"to").toObject().value(u"client_id").toInteger(), m_globex);
    QVERIFY(details.value(u"to").toObject().value(u"asset_id").isNull());
    QCOMPARE(q.value(3).toLongLong(), 1234);

    QTRY_VERIFY_WITH_TIMEOUT(m_deviceSignals > before, 5000);
}

void TestDeviceActions::remapToAssetTakesItsClient()
{
    WriteResult r = remap(m_mapping, Target{0, m_acmeServer});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(clientAndAsset(m_mapping), std::make_pair(m_acme, m_acmeServer));

    // An asset of no client keeps the device's client.
    r = remap(m_mapping, Target{0, m_orphanAsset});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(clientAndAsset(m_mapping), std::make_pair(m_acme, m_orphanAsset));

    // A client and one of its assets together.
    r = remap(m_mapping, Target{m_globex, m_globexLaptop});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(clientAndAsset(m_mapping), std::make_pair(m_globex, m_globexLaptop));
}

void TestDeviceActions::refusals_data()
{
    QTest::addColumn<int>("mapping"); // 0: the seeded one, else this id
    QTest::addColumn<int>("client");  // -1: an id that does not exist; -3 Globex; -4 the device's own
    QTest::addColumn<int>("asset");   // -1: an id that does not exist; -2 Acme's server
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");

    const int invalid = int(WriteResult::Code::Invalid);
    QTest::newRow("nothing") << 0 << 0 << 0 << invalid << u"target: a client or an asset"_s;
    QTest::newRow("unknown client") << 0 << -1 << 0 << invalid << u"client_id: no such client"_s;
    QTest::newRow("unknown asset") << 0 << 0 << -1 << invalid << u"asset_id: no such asset"_s;
    QTest::newRow("asset of another client")
        << 0 << -3 << -2 << invalid << u"asset_id: the asset belongs to another client"_s;
    QTest::newRow("already there") << 0 << -4 << 0 << invalid
                                   << u"target: the device is already mapped there"_s;
    QTest::newRow("no mapping") << 999999 << -3 << 0 << int(WriteResult::Code::NotFound)
                                << u"device mapping not found"_s;
}

void TestDeviceActions::refusals()
{
    QFETCH(int, mapping);
    QFETCH(int, client);
    QFETCH(int, asset);
    QFETCH(int, code);
    QFETCH(QString, error);

    const auto id = [this](int v) -> qint64 {
        if (v == -1)
            return 888888;
        if (v == -2)
            return m_acmeServer;
        if (v == -3)
            return m_globex;
        if (v == -4)
            return clientAndAsset(m_mapping).first;
        return v;
    };
    const auto before = clientAndAsset(m_mapping);
    const WriteResult r = remap(mapping ? mapping : m_mapping, Target{id(client), id(asset)});
    QCOMPARE(int(r.code), code);
    QCOMPARE(r.error, error);
    QCOMPARE(clientAndAsset(m_mapping), before);
}

QTEST_GUILESS_MAIN(TestDeviceActions)
#include "tst_deviceactions.moc"
