#include "MainWindow.h"

#include "ChangeNotifier.h"
#include "Clock.h"
#include "Database.h"
#include "Engine.h"
#include "StatusFigures.h"
#include "panes/EnginePane.h"

#include "panes/AlertsPane.h"
#include "panes/DashboardPane.h"
#include "panes/DevicesPane.h"
#include "panes/IntegrationsPane.h"
#include "panes/JobsPane.h"
#include "panes/SettingsPane.h"
#include "panes/TicketsPane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

constexpr auto GeometryKey = "mainWindow/geometry"_L1;
constexpr auto StateKey = "mainWindow/state"_L1;
constexpr QSize DefaultSize(1280, 800);

// Desktop themes (Breeze, Adwaita) provide the named icon; elsewhere the style's own pixmap stands in.
QIcon themeIcon(const QWidget *widget, const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Nestogy desk"));
    setWindowIcon(themeIcon(this, u"network-server"_s, QStyle::SP_ComputerIcon));

    createPanes();
    createMenus();
    createStatusBar();
    restoreWindowSettings();
}

void MainWindow::createPanes()
{
    m_sideBar = new QListWidget(this);
    m_sideBar->setObjectName(u"sideBar"_s);
    m_sideBar->setAccessibleName(tr("Sections"));
    m_sideBar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sideBar->setIconSize(QSize(22, 22));
    m_sideBar->setUniformItemSizes(true);
    m_sideBar->setFocusPolicy(Qt::StrongFocus);

    m_paneStack = new QStackedWidget(this);
    m_paneStack->setObjectName(u"paneStack"_s);
    m_paneStack->setAccessibleName(tr("Section content"));

    addPane(new DashboardPane(m_paneStack), tr("Dashboard"),
            themeIcon(this, u"go-home"_s, QStyle::SP_DirHomeIcon));
    auto *alerts = new AlertsPane(m_paneStack);
    connect(alerts, &AlertsPane::openTicketRequested, this, &MainWindow::showTicket);
    addPane(alerts, tr("Alerts"), themeIcon(this, u"dialog-warning"_s, QStyle::SP_MessageBoxWarning));
    addPane(new TicketsPane(m_paneStack), tr("Tickets"),
            themeIcon(this, u"view-list-details"_s, QStyle::SP_FileDialogDetailedView));
    addPane(new DevicesPane(m_paneStack), tr("Devices"),
            themeIcon(this, u"computer"_s, QStyle::SP_ComputerIcon));
    addPane(new IntegrationsPane(m_paneStack), tr("Integrations"),
            themeIcon(this, u"network-workgroup"_s, QStyle::SP_DriveNetIcon));
    addPane(new JobsPane(m_paneStack), tr("Jobs"),
            themeIcon(this, u"system-run"_s, QStyle::SP_BrowserReload));
    addPane(new SettingsPane(m_paneStack), tr("Settings"),
            themeIcon(this, u"preferences-system"_s, QStyle::SP_FileDialogContentsView));

    // As wide as the longest section name in the current language, so no label is cut off.
    m_sideBar->setFixedWidth(m_sideBar->sizeHintForColumn(0) + 2 * m_sideBar->frameWidth() + 16);

    connect(m_sideBar, &QListWidget::currentRowChanged, m_paneStack, &QStackedWidget::setCurrentIndex);
    connect(m_paneStack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_paneActions.size())
            m_paneActions.at(index)->setChecked(true);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_paneStack, 1);
    setCentralWidget(central);

    m_sideBar->setCurrentRow(0);
}

void MainWindow::setEngine(Engine *engine)
{
    m_engine = engine;
    if (engine) {
        // The figures follow the engine's changes (coalesced by the notifier), and a timer ages the rate.
        connect(engine->changes(), &ChangeNotifier::alertsChanged, this, &MainWindow::refreshFigures,
                Qt::UniqueConnection);
        connect(engine->changes(), &ChangeNotifier::jobsChanged, this, &MainWindow::refreshFigures,
                Qt::UniqueConnection);
        m_figuresTimer->start();
        refreshFigures();
    } else {
        m_figuresTimer->stop();
    }
    const auto panes = m_paneStack->findChildren<EnginePane *>(Qt::FindDirectChildrenOnly);
    for (EnginePane *pane : panes)
        pane->setEngine(engine);
}

void MainWindow::addPane(QWidget *pane, const QString &title, const QIcon &icon)
{
    pane->setAccessibleName(title);
    m_paneStack->addWidget(pane);
    auto *item = new QListWidgetItem(icon, title, m_sideBar);
    item->setToolTip(title);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(
        themeIcon(this, u"application-exit"_s, QStyle::SP_DialogCloseButton), tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    // QKeySequence::Quit is empty on some platforms (Windows, some GNOME setups), so Ctrl+Q is set
    // explicitly.
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *paneGroup = new QActionGroup(this);
    paneGroup->setExclusive(true);
    for (int row = 0; row < m_sideBar->count(); ++row) {
        const QListWidgetItem *item = m_sideBar->item(row);
        QAction *action = viewMenu->addAction(item->icon(), item->text());
        action->setObjectName(u"showPane%1Action"_s.arg(row + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        paneGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, row] { m_sideBar->setCurrentRow(row); });
        m_paneActions.append(action);
    }
    if (!m_paneActions.isEmpty())
        m_paneActions.constFirst()->setChecked(true);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(
        themeIcon(this, u"help-about"_s, QStyle::SP_MessageBoxInformation), tr("&About Nestogy desk"));
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setObjectName(u"aboutQtAction"_s);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QToolButton *MainWindow::statusButton(const QString &objectName, const QString &accessibleName,
                                      Section target)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::TabFocus);
    connect(button, &QToolButton::clicked, this, [this, target] { showSection(target); });
    statusBar()->addPermanentWidget(button);
    return button;
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(u"statusBar"_s);
    // Each figure is a button that opens the pane it is about.
    m_listenerStatus = statusButton(u"listenerStatus"_s, tr("Webhook listener"), Integrations);
    m_alertRate = statusButton(u"alertRate"_s, tr("Alerts per minute"), Alerts);
    m_queueStatus = statusButton(u"queueStatus"_s, tr("Job queue"), Jobs);
    m_deadLetters = statusButton(u"deadLetters"_s, tr("Dead letters"), Jobs);

    m_figuresTimer = new QTimer(this);
    m_figuresTimer->setInterval(5000);
    connect(m_figuresTimer, &QTimer::timeout, this, &MainWindow::refreshFigures);

    setListenerStatus(QString(), false, false);
    setAlertRate(0);
    setQueueStatus(0, 0);
}

void MainWindow::showSection(int index)
{
    if (index >= 0 && index < m_sideBar->count())
        m_sideBar->setCurrentRow(index);
}

void MainWindow::showTicket(qint64 ticketId)
{
    showSection(Tickets);
    if (auto *tickets = findChild<TicketsPane *>())
        tickets->showTicket(ticketId);
}

void MainWindow::showAlert(const QString &uuid)
{
    showSection(Alerts);
    if (auto *alerts = findChild<AlertsPane *>())
        alerts->showAlert(uuid);
}

void MainWindow::refreshFigures()
{
    if (!m_engine || !m_engine->database())
        return;
    QSqlDatabase db = m_engine->database()->connection();
    const auto figures = StatusFigures::read(db, m_engine->clock().nowMs());
    if (!figures)
        return; // the database is briefly unavailable: keep the last figures rather than show zeros
    setAlertRate(figures->alertsLastMinute);
    setQueueStatus(figures->queuedJobs, figures->deadJobs);
}

void MainWindow::setListenerStatus(const QString &address, bool tls, bool up)
{
    const QString url = (tls ? u"https://"_s : u"http://"_s) + address;
    QString text;
    if (up && tls)
        text = tr("Listening on %1, TLS on").arg(url);
    else if (up)
        text = tr("Listening on %1").arg(url);
    else if (address.isEmpty())
        text = tr("Not listening");
    else
        text = tr("Not listening on %1").arg(url);
    m_listenerStatus->setText(text);
    m_listenerStatus->setAccessibleDescription(text);
    if (!up)
        m_listenerStatus->setToolTip(tr("Open the integrations"));
    else if (tls)
        m_listenerStatus->setToolTip(tr("Webhooks are received over HTTPS; open the integrations"));
    else
        m_listenerStatus->setToolTip(tr("Webhooks are received without TLS; open the integrations"));
}

void MainWindow::setQueueStatus(int depth, int dead)
{
    const QString text = tr("%n job(s) queued", nullptr, depth);
    m_queueStatus->setText(text);
    m_queueStatus->setAccessibleDescription(text);
    m_queueStatus->setToolTip(tr("Open the job queue"));
    const QString deadText = tr("%n dead letter(s)", nullptr, dead);
    m_deadLetters->setText(deadText);
    m_deadLetters->setAccessibleDescription(deadText);
    m_deadLetters->setToolTip(tr("Jobs that failed for good; open the job queue to retry or discard them"));
    m_deadLetters->setVisible(dead > 0);
    // Dead letters need someone: shown in the palette's link colour when there are any.
    QPalette palette = m_deadLetters->palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    m_deadLetters->setPalette(palette);
}

void MainWindow::setAlertRate(int perMinute)
{
    const QString text = tr("%n alert(s)/min", nullptr, perMinute);
    m_alertRate->setText(text);
    m_alertRate->setAccessibleDescription(text);
    m_alertRate->setToolTip(tr("Alerts received in the last minute; open the alerts"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Nestogy desk"),
                       tr("<h3>Nestogy desk %1</h3>"
                          "<p>Receives alerts from your RMM tools, turns them into tickets and keeps "
                          "their status in sync.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(DefaultSize);
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

} // namespace nestogy
