// The Integrations pane against a real engine: two integrations made through the API are both listed with
// their provider badge, state check box and circuit; one is deactivated with the pane's button (the API then
// says is_active false and its webhook answers 404), activated again with Space on its check box, and
// another deleted after a confirmation that can be cancelled.
#include "EngineFixture.h"
#include "EngineHost.h"
#include "IntegrationTableModel.h"
#include "panes/IntegrationsPane.h"
#include "widgets/IntegrationListProxy.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestIntegrationsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyWithoutEngine();
    void listsBothWithBadgeStateAndCircuit();
    void deactivateWithTheButtonStopsTheWebhook();
    void spaceOnTheCheckBoxActivatesAgain();
    void deleteAsksFirst();

private:
    template<typename T>
    T *child(const QString &name) const;
    int rowOf(const QString &uuid) const;
    void select(const QString &uuid, int column = 0);
    bool activeInApi(const QString &uuid);
    int webhookStatus(const QString &uuid);

    EngineFixture m_fixture;
    std::unique_ptr<IntegrationsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // on the pane's list, through every change below
    QString m_alpha;
    QString m_beta;
};

void TestIntegrationsPane::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QStandardPaths::setTestModeEnabled(true);
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto create = [this](const QString &name) {
        return m_fixture
            .createIntegration({{u"name"_s, name},
                                {u"provider"_s, u"generic"_s},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    };
    m_alpha = create(u"Alpha monitoring"_s);
    m_beta = create(u"Beta monitoring"_s);
    QVERIFY(!m_alpha.isEmpty() && !m_beta.isEmpty());
    QVERIFY(activeInApi(m_beta));
    QCOMPARE_NE(webhookStatus(m_beta), 404);
}

void TestIntegrationsPane::cleanupTestCase()
{
    m_tester.reset();
    m_pane.reset();
    m_fixture.stop();
}

template<typename T>
T *TestIntegrationsPane::child(const QString &name) const
{
    auto *found = m_pane->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

int TestIntegrationsPane::rowOf(const QString &uuid) const
{
    const QAbstractItemModel *rows = child<QTableView>(u"integrationList"_s)->model();
    for (int i = 0; rows && i < rows->rowCount(); ++i) {
        if (rows->index(i, 0).data(IntegrationTableModel::UuidRole).toString() == uuid)
            return i;
    }
    return -1;
}

void TestIntegrationsPane::select(const QString &uuid, int column)
{
    auto *table = child<QTableView>(u"integrationList"_s);
    const QModelIndex index = table->model()->index(rowOf(uuid), column);
    QVERIFY(index.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(index).topRight() + QPoint(-3, 3));
    QCOMPARE(table->currentIndex().row(), index.row());
    QCOMPARE(m_pane->currentUuid(), uuid);
}

bool TestIntegrationsPane::activeInApi(const QString &uuid)
{
    const auto r = m_fixture.api().get(u"/api/integrations/"_s + uuid);
    if (r.status != 200)
        qWarning() << "GET integration answered" << r.status;
    return r.json.value(u"is_active").toBool();
}

int TestIntegrationsPane::webhookStatus(const QString &uuid)
{
    ApiClient anonymous(m_fixture.baseUrl());
    return anonymous.request("POST", u"/api/webhooks/generic/"_s + uuid, R"({"message": "disk full"})")
        .status;
}

void TestIntegrationsPane::emptyWithoutEngine()
{
    m_pane = std::make_unique<IntegrationsPane>();
    m_pane->resize(900, 400);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QVERIFY(child<QLabel>(u"emptyState"_s)->isVisible());
    QVERIFY(!child<QTableView>(u"integrationList"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"newIntegrationButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"toggleIntegrationButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"deleteIntegrationButton"_s)->isEnabled());
}

void TestIntegrationsPane::listsBothWithBadgeStateAndCircuit()
{
    m_pane->setEngine(m_fixture.host()->engine());
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    auto *table = child<QTableView>(u"integrationList"_s);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(table->isVisible());
    QVERIFY(!child<QLabel>(u"emptyState"_s)->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    for (const QString &uuid : {m_alpha, m_beta}) {
        const int row = rowOf(uuid);
        QVERIFY(row >= 0);
        const QModelIndex name = table->model()->index(row, IntegrationTableModel::NameColumn);
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(table->model()->index(row, IntegrationTableModel::ActiveColumn).data(Qt::CheckStateRole),
                 QVariant(Qt::Checked));
    }
    const int circuit = IntegrationTableModel::ColumnCount;
    QCOMPARE(table->model()->headerData(circuit, Qt::Horizontal).toString(), u"Circuit"_s);
    QCOMPARE(table->model()->index(rowOf(m_alpha), circuit).data().toString(), u"not called yet"_s);
    QCOMPARE(
        table->model()->index(rowOf(m_alpha), IntegrationTableModel::LastWebhookColumn).data().toString(),
        u"Never"_s);
    QCOMPARE(IntegrationListProxy::circuitText(
                 QJsonObject{{u"state"_s, u"open"_s}, {u"consecutive_failures"_s, 3}}),
             u"open (3 failures in a row)"_s);
}

void TestIntegrationsPane::deactivateWithTheButtonStopsTheWebhook()
{
    select(m_beta);
    auto *toggle = child<QPushButton>(u"toggleIntegrationButton"_s);
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), u"&Deactivate"_s);
    QSignalSpy finished(m_pane.get(), &IntegrationsPane::commandFinished);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(finished.at(0).at(1).toString(), u"Beta monitoring no longer accepts webhooks."_s);

    QVERIFY(!activeInApi(m_beta));
    QVERIFY(activeInApi(m_alpha));
    auto *table = child<QTableView>(u"integrationList"_s);
    QTRY_COMPARE(
        table->model()->index(rowOf(m_beta), IntegrationTableModel::ActiveColumn).data(Qt::CheckStateRole),
        QVariant(Qt::Unchecked));
    QTRY_COMPARE(toggle->text(), u"&Activate"_s);
    // The webhook path caches an integration for a few seconds; after that the sender is refused.
    QTRY_COMPARE_WITH_TIMEOUT(webhookStatus(m_beta), 404, 15000);
    QCOMPARE_NE(webhookStatus(m_alpha), 404);
}

void TestIntegrationsPane::spaceOnTheCheckBoxActivatesAgain()
{
    auto *table = child<QTableView>(u"integrationList"_s);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOf(m_beta), IntegrationTableModel::ActiveColumn));
    QSignalSpy finished(m_pane.get(), &IntegrationsPane::commandFinished);
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(activeInApi(m_beta));
    QTRY_COMPARE(
        table->model()->index(rowOf(m_beta), IntegrationTableModel::ActiveColumn).data(Qt::CheckStateRole),
        QVariant(Qt::Checked));
}

void TestIntegrationsPane::deleteAsksFirst()
{
    select(m_alpha);
    auto *table = child<QTableView>(u"integrationList"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    auto *confirm = m_pane->findChild<QMessageBox *>(u"deleteIntegrationConfirm"_s);
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_pane->findChild<QMessageBox *>(u"deleteIntegrationConfirm"_s));
    QCOMPARE(m_fixture.api().get(u"/api/integrations/"_s + m_alpha).status, 200);

    QTest::mouseClick(child<QPushButton>(u"deleteIntegrationButton"_s), Qt::LeftButton);
    confirm = m_pane->findChild<QMessageBox *>(u"deleteIntegrationConfirm"_s);
    QVERIFY(confirm);
    QSignalSpy finished(m_pane.get(), &IntegrationsPane::commandFinished);
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmDeleteIntegrationButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(m_fixture.api().get(u"/api/integrations/"_s + m_alpha).status, 404);
    QTRY_COMPARE(rowOf(m_alpha), -1);
    QVERIFY(rowOf(m_beta) >= 0);
}

QTEST_MAIN(TestIntegrationsPane)
#include "tst_integrationspane.moc"
