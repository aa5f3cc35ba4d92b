// The Devices pane against a real engine, with device_mappings rows written straight into its SQLite file (as
// an inventory sync will): the empty state, rows arriving live, the stale, integration and text filters, and
// a remap to another client through the dialog, checked in the row and the audit log.
#include "ChangeNotifier.h"
#include "DeviceMappingTableModel.h"
#include "Engine.h"
#include "EngineFixture.h"
#include "EngineHost.h"
#include "dialogs/RemapDeviceDialog.h"
#include "panes/DevicesPane.h"
#include "widgets/AlertActionRunner.h"
#include "widgets/DesktopActor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestDevicesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateExplainsWhereDevicesComeFrom();
    void rowsArriveLive();
    void filters();
    void remapToAnotherClientThroughTheDialog();

private:
    template<typename T>
    T *child(const QString &name) const;
    QSqlDatabase db();
    qint64 insert(const QString &sql, const QVariantList &binds);
    qint64 device(qint64 integration, const QString &rmmId, const QString &name, qint64 clientId,
                  qint64 assetId, bool stale);
    QTableView *table() const { return child<QTableView>(u"deviceTable"_s); }
    int rows() const { return table()->model() ? table()->model()->rowCount() : 0; }
    QStringList shownDevices() const;
    static void chooseByKeyboard(QComboBox *combo, const QString &text);

    EngineFixture m_fixture;
    std::unique_ptr<DevicesPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_ninja = 0;
    qint64 m_datto = 0;
    qint64 m_acme = 0;
    qint64 m_globex = 0;
    qint64 m_acmeServer = 0;
    qint64 m_server = 0; // ACME-SRV01, mapped to Acme and its server asset
};

template<typename T>
T *TestDevicesPane::child(const QString &name) const
{
    auto *found = m_pane->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

QSqlDatabase TestDevicesPane::db()
{
    if (QSqlDatabase::contains(u"seed"_s))
        return QSqlDatabase::database(u"seed"_s);
    QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
    d.setDatabaseName(QDir(m_fixture.dataDir()).filePath(u"nestogy.db"_s));
    d.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    d.open();
    return d;
}

qint64 TestDevicesPane::insert(const QString &sql, const QVariantList &binds)
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

qint64 TestDevicesPane::device(qint64 integration, const QString &rmmId, const QString &name, qint64 clientId,
                               qint64 assetId, bool stale)
{
    const auto idOrNull = [](qint64 id) {
        return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
    };
    return insert(
        u"INSERT INTO device_mappings (integration_id, rmm_device_id, client_id, asset_id, device_name, "
        u"hostname, last_seen, stale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1)"_s,
        {integration, rmmId, idOrNull(clientId), idOrNull(assetId), name, name.toLower(),
         qint64(1700000000000), stale ? 1 : 0});
}

QStringList TestDevicesPane::shownDevices() const
{
    QStringList names;
    for (int i = 0; i < rows(); ++i)
        names << table()->model()->index(i, DeviceMappingTableModel::DeviceColumn).data().toString();
    names.sort();
    return names;
}

void TestDevicesPane::chooseByKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void TestDevicesPane::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QStandardPaths::setTestModeEnabled(true);
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto integration = [this](const QString &name) {
        const QString uuid =
            m_fixture
                .createIntegration({{u"name"_s, name},
                                    {u"provider"_s, u"generic"_s},
                                    {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
                .value(u"id")
                .toString();
        QSqlQuery q(db());
        return q.exec(u"SELECT id FROM integrations WHERE uuid = '%1'"_s.arg(uuid)) && q.next()
                   ? q.value(0).toLongLong()
                   : 0;
    };
    m_ninja = integration(u"Ninja feed"_s);
    m_datto = integration(u"Datto feed"_s);
    const QString client = u"INSERT INTO clients (name, created_at, updated_at) VALUES (?, 1, 1)"_s;
    m_acme = insert(client, {u"Acme"_s});
    m_globex = insert(client, {u"Globex"_s});
    m_acmeServer =
        insert(u"INSERT INTO assets (client_id, name, created_at, updated_at) VALUES (?, ?, 1, 1)"_s,
               {m_acme, u"Acme server"_s});
    QVERIFY(m_ninja && m_datto && m_acme && m_globex && m_acmeServer);
}

void TestDevicesPane::cleanupTestCase()
{
    m_tester.reset();
    m_pane.reset();
    QSqlDatabase::database(u"seed"_s).close();
    QSqlDatabase::removeDatabase(u"seed"_s);
    m_fixture.stop();
}

void TestDevicesPane::emptyStateExplainsWhereDevicesComeFrom()
{
    m_pane = std::make_unique<DevicesPane>();
    m_pane->resize(1000, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    auto *empty = child<QLabel>(u"emptyState"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!table()->isVisible());

    m_pane->setEngine(m_fixture.host()->engine());
    QVERIFY(empty->isVisible()); // an engine, but no devices yet
    QVERIFY(empty->text().contains(u"inventory sync"_s));
    QVERIFY(empty->text().contains(u"alerts"_s));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDevicesPane::rowsArriveLive()
{
    m_server = device(m_ninja, u"n-1"_s, u"ACME-SRV01"_s, m_acme, m_acmeServer, false);
    QVERIFY(m_server);
    QVERIFY(device(m_ninja, u"n-2"_s, u"ACME-LT07"_s, m_acme, 0, true));
    QVERIFY(device(m_datto, u"d-1"_s, u"GLX-WS12"_s, m_globex, 0, false));
    // What writes device mappings tells the notifier after its commit; the pane follows without a reset.
    m_fixture.host()->engine()->changes()->notify(ChangeNotifier::Topic::Devices);
    QTRY_COMPARE(rows(), 3);
    QVERIFY(table()->isVisible());
    QVERIFY(!child<QLabel>(u"emptyState"_s)->isVisible());
    const int row = m_pane->model()->rowOfId(m_server);
    QVERIFY(row >= 0);
    const auto cell = [&](int column) { return table()->model()->index(row, column).data().toString(); };
    QCOMPARE(cell(DeviceMappingTableModel::ClientColumn), u"Acme"_s);
    QCOMPARE(cell(DeviceMappingTableModel::AssetColumn), u"Acme server"_s);
    QCOMPARE(cell(DeviceMappingTableModel::IntegrationColumn), u"Ninja feed"_s);
}

void TestDevicesPane::filters()
{
    auto *stale = child<QCheckBox>(u"devicesStaleOnly"_s);
    QTest::mouseClick(stale, Qt::LeftButton, {}, QPoint(5, stale->height() / 2));
    QVERIFY(stale->isChecked());
    QCOMPARE(shownDevices(), QStringList{u"ACME-LT07"_s});
    QTest::mouseClick(stale, Qt::LeftButton, {}, QPoint(5, stale->height() / 2));
    QCOMPARE(rows(), 3);

    auto *integration = child<QComboBox>(u"devicesIntegrationFilter"_s);
    QCOMPARE(integration->count(), 3);
    chooseByKeyboard(integration, u"Datto feed"_s);
    QCOMPARE(shownDevices(), QStringList{u"GLX-WS12"_s});
    chooseByKeyboard(integration, u"All integrations"_s);
    QCOMPARE(rows(), 3);

    auto *search = child<QLineEdit>(u"devicesSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, u"srv"_s);
    QTRY_COMPARE(shownDevices(), QStringList{u"ACME-SRV01"_s});
    // A filter that matches nothing keeps the filters on screen instead of the empty state.
    QTest::keyClicks(search, u"zzz"_s);
    QTRY_COMPARE(rows(), 0);
    QVERIFY(table()->isVisible());
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(rows(), 3);
}

void TestDevicesPane::remapToAnotherClientThroughTheDialog()
{
    auto *remapButton = child<QPushButton>(u"remapDeviceButton"_s);
    table()->clearSelection();
    table()->setCurrentIndex({});
    QVERIFY(!remapButton->isEnabled());
    const QModelIndex index = table()->model()->index(m_pane->model()->rowOfId(m_server), 0);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
    QVERIFY(remapButton->isEnabled());

    QTest::mouseClick(remapButton, Qt::LeftButton);
    auto *dialog = m_pane->findChild<RemapDeviceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mappingId(), m_server);
    auto *clients = dialog->findChild<QComboBox *>(u"remapClientCombo"_s);
    auto *assets = dialog->findChild<QComboBox *>(u"remapAssetCombo"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"remapOkButton"_s);
    QCOMPARE(clients->currentText(), u"Acme"_s);
    QCOMPARE(assets->currentText(), u"Acme server"_s);
    QVERIFY(!ok->isEnabled()); // nothing changed yet

    chooseByKeyboard(clients, u"Globex"_s);
    QCOMPARE(assets->currentText(), u"No asset chosen"_s); // Globex has no assets
    QCOMPARE(assets->count(), 1);
    QVERIFY(ok->isEnabled());
    QSignalSpy finished(m_pane.get(), &DevicesPane::remapFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(finished.at(0).at(1).toString(), u"ACME-SRV01 was remapped."_s);
    QTRY_VERIFY(!m_pane->findChild<RemapDeviceDialog *>());

    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT client_id, asset_id FROM device_mappings WHERE id = %1"_s.arg(m_server)) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), m_globex);
    QVERIFY(q.value(1).isNull()); // the Acme asset does not belong to Globex
    QVERIFY(q.exec(u"SELECT actor, action, details FROM audit_log WHERE entity = 'device_mapping' AND "
                   u"entity_id = '%1'"_s.arg(m_server)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), DesktopActor::name());
    QCOMPARE(q.value(1).toString(), u"device_mapping.remap"_s);
    const QJsonObject details = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    QCOMPARE(details.value(u"to").toObject().value(u"client_id").toInteger(), m_globex);
    QVERIFY(!q.next());

    const int row = m_pane->model()->rowOfId(m_server);
    QTRY_COMPARE(table()->model()->index(row, DeviceMappingTableModel::ClientColumn).data().toString(),
                 u"Globex"_s);
    QCOMPARE(table()->currentIndex().row(), row); // still selected: the row was updated in place
}

QTEST_MAIN(TestDevicesPane)
#include "tst_devicespane.moc"
