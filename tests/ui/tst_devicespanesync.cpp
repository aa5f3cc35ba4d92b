// Sync inventory from the Devices pane of a real engine against FakeRmmServer, driven by keys and clicks on
// named widgets: the button is disabled for a webhook-only integration and says why; a sync shows a busy bar
// while NinjaOne (which never says how many devices it has) pages slowly, a determinate one for Datto (which
// does), then the devices in the list and the run's result; refused credentials show the vendor's reason.
#include "EngineFixture.h"
#include "EngineHost.h"
#include "FakeRmmServer.h"
#include "panes/DevicesPane.h"
#include "widgets/InventorySyncBar.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;
using Vendor = FakeRmmServer::Vendor;

class TestDevicesPaneSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void webhookOnlyIntegrationCannotSync();
    void syncShowsBusyProgressThenTheDevices();
    void dattoProgressIsDeterminate();
    void refusedCredentialsShowTheReason();

private:
    template<typename T>
    T *child(const QString &name) const;
    QString create(const QString &name, Vendor vendor, const QJsonObject &credentials,
                   const QJsonObject &settings = {});
    void choose(const QString &integration);
    int rows() const;

    EngineFixture m_fixture;
    FakeRmmServer m_server;
    std::unique_ptr<DevicesPane> m_pane;
};

template<typename T>
T *TestDevicesPaneSync::child(const QString &name) const
{
    auto *found = m_pane->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

QString TestDevicesPaneSync::create(const QString &name, Vendor vendor, const QJsonObject &credentials,
                                    const QJsonObject &settings)
{
    return m_fixture
        .createIntegration({{u"name"_s, name},
                            {u"provider"_s, FakeRmmServer::providerName(vendor)},
                            {u"api_endpoint"_s, m_server.baseUrl()},
                            {u"credentials"_s, credentials},
                            {u"settings"_s, settings}})
        .value(u"id")
        .toString();
}

void TestDevicesPaneSync::choose(const QString &integration)
{
    auto *combo = child<QComboBox>(u"devicesIntegrationFilter"_s);
    QTRY_VERIFY(combo->findText(integration) >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != integration; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), integration);
}

int TestDevicesPaneSync::rows() const
{
    auto *table = m_pane->findChild<QTableView *>(u"deviceTable"_s);
    return table && table->model() ? table->model()->rowCount() : 0;
}

void TestDevicesPaneSync::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(m_server.start(), QString());
    QCOMPARE(m_fixture.start(), QString());
    QVERIFY(!m_fixture
                 .createIntegration({{u"name"_s, u"Zabbix hooks"_s},
                                     {u"provider"_s, u"generic"_s},
                                     {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
                 .isEmpty());
    QVERIFY(!create(u"Ninja main"_s, Vendor::Ninja, FakeRmmServer::credentials(Vendor::Ninja),
                    {{u"sync_page_size"_s, 1}})
                 .isEmpty());
    m_pane = std::make_unique<DevicesPane>();
    m_pane->resize(1100, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->setEngine(m_fixture.host()->engine());
}

void TestDevicesPaneSync::cleanupTestCase()
{
    m_pane.reset();
    m_fixture.stop();
}

void TestDevicesPaneSync::webhookOnlyIntegrationCannotSync()
{
    // No devices yet: the explanation shows, and the filters and the sync are reachable above it.
    QVERIFY(child<QLabel>(u"emptyState"_s)->isVisible());
    auto *button = child<QPushButton>(u"syncInventoryButton"_s);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled()); // "All integrations": nothing chosen
    choose(u"Zabbix hooks"_s);
    QVERIFY(!button->isEnabled());
    QVERIFY2(child<QLabel>(u"syncStatus"_s)->text().contains(u"webhooks only"_s),
             qPrintable(child<QLabel>(u"syncStatus"_s)->text()));
    QVERIFY(button->toolTip().contains(u"no device API"_s));
}

void TestDevicesPaneSync::syncShowsBusyProgressThenTheDevices()
{
    m_server.setPageDelayMs(300);
    choose(u"Ninja main"_s);
    auto *button = child<QPushButton>(u"syncInventoryButton"_s);
    auto *progress = child<QProgressBar>(u"syncProgress"_s);
    auto *status = child<QLabel>(u"syncStatus"_s);
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(status->text(), u"Never synced."_s);
    QSignalSpy finished(m_pane->syncBar(), &InventorySyncBar::syncFinished);

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    // Running: a busy bar (NinjaOne gives no total) and the devices fetched so far.
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && status->text().startsWith(u"Syncing: "_s), 15000);
    QCOMPARE(progress->maximum(), 0);
    QVERIFY(!button->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!progress->isVisible());
    QVERIFY2(status->text().contains(u"3 device(s), 3 new, 0 changed, 0 marked stale"_s),
             qPrintable(status->text()));
    QVERIFY(button->isEnabled());
    QTRY_COMPARE(rows(), 3);
    QVERIFY(!child<QLabel>(u"emptyState"_s)->isVisible());
    m_server.setPageDelayMs(0);
}

void TestDevicesPaneSync::dattoProgressIsDeterminate()
{
    QList<QJsonObject> devices = FakeRmmServer::fixtureDevices(Vendor::Datto);
    for (int i = 0; i < 5; ++i)
        devices.append(FakeRmmServer::syntheticDevice(Vendor::Datto, i));
    m_server.setDevices(Vendor::Datto, devices);
    m_server.setPageDelayMs(400);
    QVERIFY(!create(u"Datto EU"_s, Vendor::Datto, FakeRmmServer::credentials(Vendor::Datto),
                    {{u"sync_page_size"_s, 2}})
                 .isEmpty());
    choose(u"Datto EU"_s);
    auto *button = child<QPushButton>(u"syncInventoryButton"_s);
    auto *progress = child<QProgressBar>(u"syncProgress"_s);
    auto *status = child<QLabel>(u"syncStatus"_s);
    QTRY_VERIFY(button->isEnabled());
    QSignalSpy finished(m_pane->syncBar(), &InventorySyncBar::syncFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    // Datto says how many there are: the bar counts toward 8.
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->maximum() == 8, 15000);
    QVERIFY2(status->text().contains(u" of 8 devices"_s), qPrintable(status->text()));
    QVERIFY(progress->value() >= 2 && progress->value() < 8);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(rows(), 8);
    m_server.setPageDelayMs(0);
}

void TestDevicesPaneSync::refusedCredentialsShowTheReason()
{
    QJsonObject wrong = FakeRmmServer::credentials(Vendor::ConnectWise);
    wrong.insert(u"password"_s, u"expired-password"_s);
    QVERIFY(!create(u"Automate"_s, Vendor::ConnectWise, wrong).isEmpty());
    choose(u"Automate"_s);
    auto *button = child<QPushButton>(u"syncInventoryButton"_s);
    auto *status = child<QLabel>(u"syncStatus"_s);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    // The first attempt failed; the job will retry later, and the pane says why meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Attempt 1 failed: "_s), 20000);
    QVERIFY2(status->text().contains(u"Invalid username or password."_s), qPrintable(status->text()));
    QVERIFY(!status->text().contains(u"expired-password"_s));
    QVERIFY(!button->isEnabled()); // still unfinished: a retry is due
    QCOMPARE(status->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
}

QTEST_MAIN(TestDevicesPaneSync)
#include "tst_devicespanesync.moc"
