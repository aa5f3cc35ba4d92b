// "Test connection" in the integration dialog against FakeRmmServer, by keys and clicks on named widgets: a
// new, unsaved NinjaOne integration is tested with the typed values (success shows the devices seen; a wrong
// secret shows the vendor's reason at the credentials, without the secret), nothing is saved by testing; a
// saved Datto integration is tested with its stored secrets; a generic integration has no such button.
#include "EngineCommands.h"
#include "EngineFixture.h"
#include "EngineHost.h"
#include "FakeRmmServer.h"
#include "IntegrationCommands.h"
#include "dialogs/IntegrationDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;
using Vendor = FakeRmmServer::Vendor;

class TestIntegrationDialogConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unsavedValuesAreTested();
    void savedIntegrationUsesItsStoredSecrets();
    void genericHasNoTestButton();

private:
    template<typename T>
    static T *child(const QObject *root, const QString &name);
    static void chooseByKeyboard(QComboBox *combo, const QString &text);
    static void retype(QLineEdit *edit, const QString &text);
    static void openTab(QTabWidget *tabs, int index);
    int integrations() const;

    EngineFixture m_fixture;
    FakeRmmServer m_server;
    std::unique_ptr<EngineCommands> m_engine;
};

template<typename T>
T *TestIntegrationDialogConnection::child(const QObject *root, const QString &name)
{
    auto *found = root->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

void TestIntegrationDialogConnection::chooseByKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void TestIntegrationDialogConnection::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestIntegrationDialogConnection::openTab(QTabWidget *tabs, int index)
{
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

int TestIntegrationDialogConnection::integrations() const
{
    return int(m_engine->integrations().list().size());
}

void TestIntegrationDialogConnection::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(m_server.start(), QString());
    QCOMPARE(m_fixture.start(), QString());
    QString error;
    m_engine = EngineCommands::create(*m_fixture.host()->engine(), &error);
    QVERIFY2(m_engine, qPrintable(error));
}

void TestIntegrationDialogConnection::cleanupTestCase()
{
    m_engine.reset();
    m_fixture.stop();
}

void TestIntegrationDialogConnection::unsavedValuesAreTested()
{
    const int before = integrations();
    IntegrationDialog dialog(*m_engine);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseByKeyboard(child<QComboBox>(&dialog, u"providerCombo"_s), u"NinjaOne"_s);
    retype(child<QLineEdit>(&dialog, u"endpointEdit"_s), m_server.baseUrl());
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 1);
    const QJsonObject creds = FakeRmmServer::credentials(Vendor::Ninja);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"clientIdEdit"_s), creds.value(u"client_id"_s).toString());
    QTest::keyClicks(child<QLineEdit>(&dialog, u"clientSecretEdit"_s), u"typo-in-the-secret"_s);

    auto *test = child<QPushButton>(&dialog, u"testConnectionButton"_s);
    auto *result = child<QLabel>(&dialog, u"testConnectionResult"_s);
    QVERIFY(test->isVisible() && test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connection failed: "_s), 15000);
    QVERIFY2(result->text().contains(u"invalid_client: Bad client credentials"_s),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains(u"typo-in-the-secret"_s));
    QCOMPARE(result->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));
    QVERIFY(test->isEnabled());

    retype(child<QLineEdit>(&dialog, u"clientSecretEdit"_s), creds.value(u"client_secret"_s).toString());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected: "_s), 15000);
    QVERIFY2(result->text().contains(u"3 device(s) on the first page"_s), qPrintable(result->text()));
    QCOMPARE(integrations(), before); // testing saved nothing

    // Without an endpoint the test is refused at once, naming what is missing.
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 0);
    retype(child<QLineEdit>(&dialog, u"endpointEdit"_s), u"x"_s);
    child<QLineEdit>(&dialog, u"endpointEdit"_s)->clear();
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 1);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(result->text().startsWith(u"Cannot test yet: api_endpoint"_s));
    dialog.reject();
}

void TestIntegrationDialogConnection::savedIntegrationUsesItsStoredSecrets()
{
    std::optional<IntegrationCommands::Outcome> created;
    QObject context;
    m_engine->integrations().create({{u"name"_s, u"Datto saved"_s},
                                     {u"provider"_s, u"datto"_s},
                                     {u"api_endpoint"_s, m_server.baseUrl()},
                                     {u"credentials"_s, FakeRmmServer::credentials(Vendor::Datto)}},
                                    u"tester"_s, &context,
                                    [&created](const IntegrationCommands::Outcome &o) { created = o; });
    QTRY_VERIFY(created.has_value());
    QVERIFY2(created->ok(), qPrintable(created->message));
    IntegrationDialog dialog(*m_engine, created->integration);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 1);
    QCOMPARE(child<QLabel>(&dialog, u"apiSecretState"_s)->text(), u"set"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"testConnectionButton"_s), Qt::LeftButton);
    auto *result = child<QLabel>(&dialog, u"testConnectionResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected: "_s), 15000);
    QVERIFY2(result->text().contains(u"the account has 3 device(s)"_s), qPrintable(result->text()));
    dialog.reject();
}

void TestIntegrationDialogConnection::genericHasNoTestButton()
{
    IntegrationDialog dialog(*m_engine);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseByKeyboard(child<QComboBox>(&dialog, u"providerCombo"_s), u"Generic webhook"_s);
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 1);
    QVERIFY(!child<QPushButton>(&dialog, u"testConnectionButton"_s)->isVisible());
    dialog.reject();
}

QTEST_MAIN(TestIntegrationDialogConnection)
#include "tst_integrationdialogconnection.moc"
