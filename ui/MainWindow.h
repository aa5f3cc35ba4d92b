#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace nestogy {

class Engine;

// The desktop application's top-level window: a side bar of sections, one pane per section, and a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The side bar's sections, in order.
    enum Section { Dashboard, Alerts, Tickets, Devices, Integrations, Jobs, Settings };

    explicit MainWindow(QWidget *parent = nullptr);

    // The engine running in this process, for the panes that edit through it (integrations).
    void setEngine(Engine *engine);

public slots:
    // address is "HOST:PORT"; tls picks the scheme shown; up says whether webhooks are being received.
    void setListenerStatus(const QString &address, bool tls, bool up);
    void setQueueStatus(int depth, int dead);
    void setAlertRate(int perMinute);
    // Shows the pane of that section (Dashboard = 0 ... Settings = 6).
    void showSection(int index);
    // Opens the ticket in the Tickets pane / the Alerts pane (from a notification or another pane).
    void showTicket(qint64 ticketId);
    void showAlert(const QString &uuid);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createMenus();
    void createStatusBar();
    void addPane(QWidget *pane, const QString &title, const QIcon &icon);
    void showAbout();
    void restoreWindowSettings();
    void saveWindowSettings() const;
    QToolButton *statusButton(const QString &objectName, const QString &accessibleName, Section target);
    void refreshFigures();

    QListWidget *m_sideBar = nullptr;
    QStackedWidget *m_paneStack = nullptr;
    QToolButton *m_listenerStatus = nullptr;
    QToolButton *m_alertRate = nullptr;
    QToolButton *m_queueStatus = nullptr;
    QToolButton *m_deadLetters = nullptr;
    QTimer *m_figuresTimer = nullptr;
    Engine *m_engine = nullptr;
    QList<QAction *> m_paneActions;
};

} // namespace nestogy
