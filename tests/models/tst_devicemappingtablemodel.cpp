// The device list model over a real SQLite database: sorted by device name (falling back to the hostname),
// the stale-only filter in SQL, and re-reads on ChangeNotifier::devicesChanged.
#include "ChangeNotifier.h"
#include "DeviceMappingTableModel.h"
#include "ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'800'000'000'000;
} // namespace

class TestDeviceMappingTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sortedByDeviceNameAndPaged();
    void sortByLastSeen();
    void staleOnlyAndOtherFilters();
    void staleChangesAreMergedWithoutReset();
    void rolesAndHeaders();

private:
    std::unique_ptr<DeviceMappingTableModel> model(int pageSize = 50);
    QStringList devices(const QAbstractItemModel &m) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_ninja = 0;
    qint64 m_datto = 0;
    qint64 m_acme = 0;
    QHash<QString, qint64> m_ids;
};

void TestDeviceMappingTableModel::initTestCase()
{
    QLoggingCategory::setFilterRules(u"nestogy.storage.info=false"_s);
}

void TestDeviceMappingTableModel::init()
{
    QString error;
    m_db = TestDatabase::sqlite(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_changes = std::make_unique<ChangeNotifier>();
    m_ninja = m_db->addIntegration(u"Ninja"_s);
    m_datto = m_db->addIntegration(u"Datto"_s, u"datto"_s);
    m_acme = m_db->addClient(u"Acme"_s);
    m_ids.clear();
    const auto add = [&](const QString &rmmId, const QString &name, const QString &host, qint64 seen,
                         bool stale, qint64 integration) {
        TestDatabase::Device d;
        d.integrationId = integration;
        d.rmmId = rmmId;
        d.name = name;
        d.hostname = host;
        d.lastSeen = seen;
        d.stale = stale;
        if (integration == m_ninja)
            d.clientId = m_acme;
        m_ids.insert(rmmId, m_db->addDevice(d));
    };
    add(u"n-1"_s, u"Reception PC"_s, u"rec-01"_s, T0 + 3000, false, m_ninja);
    add(u"n-2"_s, QString(), u"backup-srv"_s, T0 + 1000, true, m_ninja);
    add(u"n-3"_s, u"accounting laptop"_s, QString(), 0, false, m_ninja);
    add(u"d-1"_s, u"Warehouse scanner"_s, u"wh-scan"_s, T0 - 90'000'000, true, m_datto);
    add(u"d-2"_s, QString(), QString(), T0 + 2000, false, m_datto);
}

void TestDeviceMappingTableModel::cleanup()
{
    m_tester.reset();
    m_changes.reset();
    m_db.reset();
}

std::unique_ptr<DeviceMappingTableModel> TestDeviceMappingTableModel::model(int pageSize)
{
    auto m = std::make_unique<DeviceMappingTableModel>(m_db->db(), m_changes.get());
    m->setPageSize(pageSize);
    m->reload();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m;
}

QStringList TestDeviceMappingTableModel::devices(const QAbstractItemModel &m) const
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row, DeviceMappingTableModel::DeviceColumn).data().toString());
    return out;
}

void TestDeviceMappingTableModel::sortedByDeviceNameAndPaged()
{
    auto m = model(1);
    QCOMPARE(m->rowCount(), 3);
    QVERIFY(m->canFetchMore({}));
    modeltest::fetchAll(*m);
    // Without a name the hostname stands in, without either the RMM id.
    QCOMPARE(devices(*m), (QStringList{u"accounting laptop"_s, u"backup-srv"_s, u"d-2"_s, u"Reception PC"_s,
                                       u"Warehouse scanner"_s}));
}

void TestDeviceMappingTableModel::sortByLastSeen()
{
    auto m = model(2);
    m->sort(DeviceMappingTableModel::LastSeenColumn, Qt::DescendingOrder);
    modeltest::fetchAll(*m);
    QCOMPARE(modeltest::ids(*m), (QList<qint64>{m_ids[u"n-1"_s], m_ids[u"d-2"_s], m_ids[u"n-2"_s],
                                                m_ids[u"d-1"_s], m_ids[u"n-3"_s]}));
}

void TestDeviceMappingTableModel::staleOnlyAndOtherFilters()
{
    auto m = model();
    DeviceMappingQuery::Filter stale;
    stale.staleOnly = true;
    m->setFilter(stale);
    QCOMPARE(devices(*m), (QStringList{u"backup-srv"_s, u"Warehouse scanner"_s}));
    DeviceMappingQuery::Filter datto;
    datto.integrationId = m_datto;
    m->setFilter(datto);
    QCOMPARE(devices(*m), (QStringList{u"d-2"_s, u"Warehouse scanner"_s}));
    DeviceMappingQuery::Filter acme;
    acme.clientId = m_acme;
    acme.text = u"REC-"_s;
    m->setFilter(acme);
    QCOMPARE(devices(*m), QStringList{u"Reception PC"_s});
}

void TestDeviceMappingTableModel::staleChangesAreMergedWithoutReset()
{
    auto m = model();
    DeviceMappingQuery::Filter stale;
    stale.staleOnly = true;
    m->setFilter(stale);
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_db->exec(u"UPDATE device_mappings SET stale = 1 WHERE id = ?"_s, {m_ids[u"n-1"_s]}));
    QVERIFY(m_db->exec(u"UPDATE device_mappings SET stale = 0 WHERE id = ?"_s, {m_ids[u"n-2"_s]}));
    m_changes->notify(ChangeNotifier::Topic::Devices);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(devices(*m), (QStringList{u"Reception PC"_s, u"Warehouse scanner"_s}));
}

void TestDeviceMappingTableModel::rolesAndHeaders()
{
    auto m = model();
    const int row = m->rowOfId(m_ids[u"n-2"_s]);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m->index(row, column).data(role);
    };
    QCOMPARE(cell(DeviceMappingTableModel::StaleColumn).toString(), u"Stale"_s);
    QCOMPARE(cell(0, DeviceMappingTableModel::StaleRole).toBool(), true);
    QVERIFY(cell(0, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(DeviceMappingTableModel::ClientColumn).toString(), u"Acme"_s);
    QCOMPARE(cell(0, DeviceMappingTableModel::ClientIdRole).toLongLong(), m_acme);
    QCOMPARE(cell(DeviceMappingTableModel::AssetColumn).toString(), u"Not mapped"_s);
    QCOMPARE(cell(DeviceMappingTableModel::IntegrationColumn).toString(), u"Ninja"_s);
    QCOMPARE(cell(0, DeviceMappingTableModel::IntegrationIdRole).toLongLong(), m_ninja);
    QCOMPARE(cell(0, DeviceMappingTableModel::RmmDeviceIdRole).toString(), u"n-2"_s);
    QCOMPARE(cell(DeviceMappingTableModel::LastSeenColumn, PagedTableModel::RawValueRole).toLongLong(),
             T0 + 1000);
    const int never = m->rowOfId(m_ids[u"n-3"_s]);
    QCOMPARE(m->index(never, DeviceMappingTableModel::LastSeenColumn).data().toString(), u"Never"_s);
    QVERIFY(!m->index(never, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m->columnCount(), int(DeviceMappingTableModel::ColumnCount));
    for (int c = 0; c < m->columnCount(); ++c)
        QVERIFY(!m->headerData(c, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDeviceMappingTableModel)
#include "tst_devicemappingtablemodel.moc"
