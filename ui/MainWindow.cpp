#include "MainWindow.h"

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
    addPane(new AlertsPane(m_paneStack), tr("Alerts"),
            themeIcon(this, u"dialog-warning"_s, QStyle::SP_MessageBoxWarning));
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
    const auto panes = m_paneStack->findChildren<EnginePane *>(Qt::FindDirectChildrenOnly);
    for (EnginePane *pane : panes)
        pane->setEngine(engine);
    if (auto *dashboard = findChild<DashboardPane *>())
        dashboard->setEngine(engine);
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

void MainWindow::createStatusBar()
{
    m_listenerStatus = new QLabel(this);
    m_listenerStatus->setObjectName(u"listenerStatus"_s);
    m_listenerStatus->setAccessibleName(tr("Webhook listener"));
    m_listenerStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_queueStatus = new QLabel(this);
    m_queueStatus->setObjectName(u"queueStatus"_s);
    m_queueStatus->setAccessibleName(tr("Job queue"));

    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->addPermanentWidget(m_listenerStatus);
    statusBar()->addPermanentWidget(m_queueStatus);

    setListenerStatus(QString(), false, false);
    setQueueStatus(0, 0);
}

void MainWindow::setListenerStatus(const QString &address, bool tls, bool up)
{
    const QString url = (tls ? u"https://"_s : u"http://"_s) + address;
    QString text;
    if (up)
        text = tr("Listening on %1").arg(url);
    else if (address.isEmpty())
        text = tr("Not listening");
    else
        text = tr("Not listening on %1").arg(url);
    m_listenerStatus->setText(text);
    m_listenerStatus->setAccessibleDescription(text);
    m_listenerStatus->setToolTip(up && !tls ? tr("Webhooks are received without TLS.") : QString());
}

void MainWindow::setQueueStatus(int depth, int dead)
{
    QString text = tr("%n job(s) queued", nullptr, depth);
    if (dead > 0)
        text = tr("%1, %2", "queued jobs, dead letters").arg(text, tr("%n dead letter(s)", nullptr, dead));
    m_queueStatus->setText(text);
    m_queueStatus->setAccessibleDescription(text);
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
