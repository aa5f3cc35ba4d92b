#include "EngineFixture.h"
#include "MainWindow.h"
#include "TranslationLoader.h"
#include "panes/AlertsPane.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using nestogy::MainWindow;
using nestogy::TranslationLoader;

// Opens the main window offscreen and checks its panes, navigation, status labels, settings and translation.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void opensWithAllPanes_data();
    void opensWithAllPanes();
    void actions_data();
    void actions();
    void shortcutSwitchesPane_data();
    void shortcutSwitchesPane();
    void sideBarClickSwitchesPane_data();
    void sideBarClickSwitchesPane();
    void sideBarIsKeyboardNavigable();
    void listenerStatus_data();
    void listenerStatus();
    void queueStatus_data();
    void queueStatus();
    void statusFiguresOpenTheirPanes_data();
    void statusFiguresOpenTheirPanes();
    void figuresFollowTheEngine();
    void openTicketFromAlertsShowsTheTicketsPane();
    void quitClosesWindow();
    void defaultSizeWithoutSettings();
    void restoresGeometry();
    void germanTranslation_data();
    void germanTranslation();
    void missingLanguageFallsBackToEnglish();

private:
    static void showAndActivate(MainWindow &window);
    template<typename T>
    static T *child(const MainWindow &window, const QString &name);

    std::unique_ptr<TranslationLoader> m_english;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throwaway location (~/.qttest) instead of the user's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Nestogy"_s);
    QCoreApplication::setApplicationName(u"Nestogy Desk"_s);
    QApplication::setQuitOnLastWindowClosed(false);

    // Plural forms such as "1 job queued" come from the English catalogue, as in the application.
    m_english = std::make_unique<TranslationLoader>();
    QVERIFY(m_english->load(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(m_english->language(), u"en"_s);
}

void TestMainWindow::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestMainWindow::cleanupTestCase()
{
    m_english.reset();
    QSettings().clear();
}

void TestMainWindow::showAndActivate(MainWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

template<typename T>
T *TestMainWindow::child(const MainWindow &window, const QString &name)
{
    auto *found = window.findChild<T *>(name);
    if (!found)
        qWarning("no child named %s", qPrintable(name));
    return found;
}

void TestMainWindow::opensWithAllPanes_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("paneName");
    QTest::addColumn<QString>("title");

    QTest::newRow("dashboard") << 0 << u"dashboardPane"_s << u"Dashboard"_s;
    QTest::newRow("alerts") << 1 << u"alertsPane"_s << u"Alerts"_s;
    QTest::newRow("tickets") << 2 << u"ticketsPane"_s << u"Tickets"_s;
    QTest::newRow("devices") << 3 << u"devicesPane"_s << u"Devices"_s;
    QTest::newRow("integrations") << 4 << u"integrationsPane"_s << u"Integrations"_s;
    QTest::newRow("jobs") << 5 << u"jobsPane"_s << u"Jobs"_s;
    QTest::newRow("settings") << 6 << u"settingsPane"_s << u"Settings"_s;
}

void TestMainWindow::opensWithAllPanes()
{
    QFETCH(int, row);
    QFETCH(QString, paneName);
    QFETCH(QString, title);

    MainWindow window;
    showAndActivate(window);
    QCOMPARE(window.windowTitle(), u"Nestogy desk"_s);

    auto *sideBar = child<QListWidget>(window, u"sideBar"_s);
    auto *paneStack = child<QStackedWidget>(window, u"paneStack"_s);
    QVERIFY(sideBar);
    QVERIFY(paneStack);
    QCOMPARE(sideBar->count(), 7);
    QCOMPARE(paneStack->count(), 7);
    QCOMPARE(paneStack->currentIndex(), 0);
    QVERIFY(!sideBar->accessibleName().isEmpty());

    QWidget *pane = paneStack->widget(row);
    QCOMPARE(pane->objectName(), paneName);
    QCOMPARE(pane->accessibleName(), title);
    QCOMPARE(sideBar->item(row)->text(), title);
    QVERIFY(!sideBar->item(row)->icon().isNull());

    auto *emptyState = pane->findChild<QLabel *>(u"emptyState"_s);
    QVERIFY(emptyState);
    QVERIFY(!emptyState->text().isEmpty());
}

void TestMainWindow::actions_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QKeySequence>("shortcut");

    QTest::newRow("quit") << u"quitAction"_s << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("about") << u"aboutAction"_s << QKeySequence();
    for (int i = 1; i <= 7; ++i) {
        QTest::addRow("pane %d", i) << u"showPane%1Action"_s.arg(i)
                                    << QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + i));
    }
}

void TestMainWindow::actions()
{
    QFETCH(QString, actionName);
    QFETCH(QKeySequence, shortcut);

    MainWindow window;
    auto *action = child<QAction>(window, actionName);
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    QCOMPARE(action->shortcut(), shortcut);
}

void TestMainWindow::shortcutSwitchesPane_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<QString>("paneName");

    QTest::newRow("Ctrl+1") << Qt::Key_1 << u"dashboardPane"_s;
    QTest::newRow("Ctrl+2") << Qt::Key_2 << u"alertsPane"_s;
    QTest::newRow("Ctrl+3") << Qt::Key_3 << u"ticketsPane"_s;
    QTest::newRow("Ctrl+4") << Qt::Key_4 << u"devicesPane"_s;
    QTest::newRow("Ctrl+5") << Qt::Key_5 << u"integrationsPane"_s;
    QTest::newRow("Ctrl+6") << Qt::Key_6 << u"jobsPane"_s;
    QTest::newRow("Ctrl+7") << Qt::Key_7 << u"settingsPane"_s;
}

void TestMainWindow::shortcutSwitchesPane()
{
    QFETCH(Qt::Key, key);
    QFETCH(QString, paneName);

    MainWindow window;
    showAndActivate(window);
    auto *sideBar = child<QListWidget>(window, u"sideBar"_s);
    auto *paneStack = child<QStackedWidget>(window, u"paneStack"_s);
    // Start somewhere else, so the shortcut has to move the selection.
    sideBar->setCurrentRow(paneName == "settingsPane"_L1 ? 0 : 6);

    QTest::keyClick(&window, key, Qt::ControlModifier);

    QCOMPARE(paneStack->currentWidget()->objectName(), paneName);
    QCOMPARE(sideBar->currentRow(), paneStack->currentIndex());
    QVERIFY(child<QAction>(window, u"showPane%1Action"_s.arg(paneStack->currentIndex() + 1))->isChecked());
}

void TestMainWindow::sideBarClickSwitchesPane_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("paneName");

    QTest::newRow("alerts") << 1 << u"alertsPane"_s;
    QTest::newRow("tickets") << 2 << u"ticketsPane"_s;
    QTest::newRow("settings") << 6 << u"settingsPane"_s;
    QTest::newRow("back to dashboard") << 0 << u"dashboardPane"_s;
}

void TestMainWindow::sideBarClickSwitchesPane()
{
    QFETCH(int, row);
    QFETCH(QString, paneName);

    MainWindow window;
    showAndActivate(window);
    auto *sideBar = child<QListWidget>(window, u"sideBar"_s);
    auto *paneStack = child<QStackedWidget>(window, u"paneStack"_s);
    if (row == 0)
        sideBar->setCurrentRow(3);

    const QRect itemRect = sideBar->visualItemRect(sideBar->item(row));
    QVERIFY(itemRect.isValid());
    QTest::mouseClick(sideBar->viewport(), Qt::LeftButton, Qt::NoModifier, itemRect.center());

    QCOMPARE(paneStack->currentWidget()->objectName(), paneName);
}

void TestMainWindow::sideBarIsKeyboardNavigable()
{
    MainWindow window;
    showAndActivate(window);
    auto *sideBar = child<QListWidget>(window, u"sideBar"_s);
    auto *paneStack = child<QStackedWidget>(window, u"paneStack"_s);
    QCOMPARE(sideBar->focusPolicy() & Qt::TabFocus, Qt::TabFocus);

    sideBar->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(sideBar->hasFocus());

    QTest::keyClick(sideBar, Qt::Key_Down);
    QCOMPARE(paneStack->currentIndex(), 1);
    QTest::keyClick(sideBar, Qt::Key_End);
    QCOMPARE(paneStack->currentIndex(), 6);
    QTest::keyClick(sideBar, Qt::Key_Up);
    QCOMPARE(paneStack->currentIndex(), 5);
    QTest::keyClick(sideBar, Qt::Key_Home);
    QCOMPARE(paneStack->currentIndex(), 0);
}

void TestMainWindow::listenerStatus_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("up");
    QTest::addColumn<QString>("expected");

    QTest::newRow("http up") << u"127.0.0.1:8080"_s << false << true
                             << u"Listening on http://127.0.0.1:8080"_s;
    QTest::newRow("https up") << u"0.0.0.0:8443"_s << true << true
                              << u"Listening on https://0.0.0.0:8443, TLS on"_s;
    QTest::newRow("down with address")
        << u"127.0.0.1:8080"_s << false << false << u"Not listening on http://127.0.0.1:8080"_s;
    QTest::newRow("down without address") << QString() << false << false << u"Not listening"_s;
}

void TestMainWindow::listenerStatus()
{
    QFETCH(QString, address);
    QFETCH(bool, tls);
    QFETCH(bool, up);
    QFETCH(QString, expected);

    MainWindow window;
    showAndActivate(window);
    auto *label = child<QToolButton>(window, u"listenerStatus"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), u"Not listening"_s);
    QVERIFY(!label->accessibleName().isEmpty());

    window.setListenerStatus(address, tls, up);

    QCOMPARE(label->text(), expected);
    QVERIFY(label->isVisible());
}

void TestMainWindow::queueStatus_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("dead");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << 0 << 0 << u"0 jobs queued"_s;
    QTest::newRow("one") << 1 << 0 << u"1 job queued"_s;
    QTest::newRow("several") << 12 << 0 << u"12 jobs queued"_s;
    QTest::newRow("one dead") << 2 << 1 << u"2 jobs queued | 1 dead letter"_s;
    QTest::newRow("several dead") << 1 << 3 << u"1 job queued | 3 dead letters"_s;
}

void TestMainWindow::queueStatus()
{
    QFETCH(int, depth);
    QFETCH(int, dead);
    QFETCH(QString, expected);

    MainWindow window;
    showAndActivate(window);
    auto *label = child<QToolButton>(window, u"queueStatus"_s);
    auto *deadLetters = child<QToolButton>(window, u"deadLetters"_s);
    QVERIFY(label && deadLetters);
    QCOMPARE(label->text(), u"0 jobs queued"_s);
    QVERIFY(!label->accessibleName().isEmpty());
    QVERIFY(!deadLetters->isVisible()); // nothing to see while there are none

    window.setQueueStatus(depth, dead);

    QCOMPARE(deadLetters->isVisible(), dead > 0);
    const QString shown = dead > 0 ? label->text() + u" | "_s + deadLetters->text() : label->text();
    QCOMPARE(shown, expected);
}

void TestMainWindow::statusFiguresOpenTheirPanes_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("pane");
    QTest::newRow("listener") << u"listenerStatus"_s << int(MainWindow::Integrations);
    QTest::newRow("alert rate") << u"alertRate"_s << int(MainWindow::Alerts);
    QTest::newRow("queue") << u"queueStatus"_s << int(MainWindow::Jobs);
    QTest::newRow("dead letters") << u"deadLetters"_s << int(MainWindow::Jobs);
}

void TestMainWindow::statusFiguresOpenTheirPanes()
{
    QFETCH(QString, button);
    QFETCH(int, pane);
    MainWindow window;
    showAndActivate(window);
    window.setQueueStatus(3, 2);
    window.setAlertRate(7);
    QCOMPARE(child<QToolButton>(window, u"alertRate"_s)->text(), u"7 alerts/min"_s);
    auto *paneStack = child<QStackedWidget>(window, u"paneStack"_s);
    QCOMPARE(paneStack->currentIndex(), 0);
    QTest::mouseClick(child<QToolButton>(window, button), Qt::LeftButton);
    QCOMPARE(paneStack->currentIndex(), pane);
}

void TestMainWindow::figuresFollowTheEngine()
{
    EngineFixture engine;
    QCOMPARE(engine.start(), QString());
    MainWindow window;
    showAndActivate(window);
    window.setEngine(engine.host()->engine());
    const QString id =
        engine
            .createIntegration({{u"name"_s, u"status"_s},
                                {u"provider"_s, u"generic"_s},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id"_s)
            .toString();
    ApiClient anonymous(engine.baseUrl());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(anonymous
                     .request("POST", u"/api/webhooks/generic/"_s + id,
                              QJsonDocument(QJsonObject{{u"alert_id"_s, u"s%1"_s.arg(i)},
                                                        {u"device_id"_s, u"d%1"_s.arg(i)},
                                                        {u"message"_s, u"m"_s}})
                                  .toJson())
                     .status,
                 202);
    auto *rate = child<QToolButton>(window, u"alertRate"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rate->text(), u"3 alerts/min"_s, 10000);
    window.setEngine(nullptr);
    engine.stop();
}

void TestMainWindow::openTicketFromAlertsShowsTheTicketsPane()
{
    MainWindow window;
    showAndActivate(window);
    auto *alerts = window.findChild<nestogy::AlertsPane *>();
    QVERIFY(alerts);
    Q_EMIT alerts->openTicketRequested(42);
    QCOMPARE(child<QStackedWidget>(window, u"paneStack"_s)->currentIndex(), int(MainWindow::Tickets));
}

void TestMainWindow::quitClosesWindow()
{
    MainWindow window;
    showAndActivate(window);

    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);

    QTRY_VERIFY(!window.isVisible());
    QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
}

void TestMainWindow::defaultSizeWithoutSettings()
{
    const MainWindow window;
    QCOMPARE(window.size(), QSize(1280, 800));
}

void TestMainWindow::restoresGeometry()
{
    // Smaller than the offscreen platform's 800x600 screen, so restoring does not have to shrink it.
    const QSize savedSize(700, 500);
    {
        MainWindow first;
        showAndActivate(first);
        first.resize(savedSize);
        QTRY_COMPARE(first.size(), savedSize);
        QVERIFY(first.close());
    }
    QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    QVERIFY(QSettings().contains(u"mainWindow/state"_s));

    MainWindow second;
    QCOMPARE(second.size(), savedSize);
    showAndActivate(second);
    QCOMPARE(second.size(), savedSize);
}

void TestMainWindow::germanTranslation_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("title");

    QTest::newRow("dashboard") << 0 << u"Übersicht"_s;
    QTest::newRow("alerts") << 1 << u"Warnmeldungen"_s;
    QTest::newRow("devices") << 3 << u"Geräte"_s;
    QTest::newRow("jobs") << 5 << u"Aufträge"_s;
    QTest::newRow("settings") << 6 << u"Einstellungen"_s;
}

void TestMainWindow::germanTranslation()
{
    QFETCH(int, row);
    QFETCH(QString, title);

    TranslationLoader german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(german.language(), u"de"_s);

    MainWindow window;
    showAndActivate(window);
    auto *sideBar = child<QListWidget>(window, u"sideBar"_s);
    QCOMPARE(sideBar->item(row)->text(), title);
    QCOMPARE(child<QStackedWidget>(window, u"paneStack"_s)->widget(row)->accessibleName(), title);

    window.setQueueStatus(1, 2);
    QCOMPARE(child<QToolButton>(window, u"queueStatus"_s)->text(), u"1 Auftrag in der Warteschlange"_s);
    QCOMPARE(child<QToolButton>(window, u"deadLetters"_s)->text(), u"2 endgültig fehlgeschlagen"_s);
}

void TestMainWindow::missingLanguageFallsBackToEnglish()
{
    TranslationLoader loader;
    QVERIFY(loader.load(QLocale(QLocale::Japanese, QLocale::Japan)));
    QCOMPARE(loader.language(), u"en"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
