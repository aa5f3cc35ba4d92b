#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace nestogy {

class Engine;

// The desktop application's top-level window: a side bar of sections, one pane per section, and a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The engine running in this process, for the panes that edit through it (integrations).
    void setEngine(Engine *engine);

public slots:
    // address is "HOST:PORT"; tls picks the scheme shown; up says whether webhooks are being received.
    void setListenerStatus(const QString &address, bool tls, bool up);
    void setQueueStatus(int depth, int dead);

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

    QListWidget *m_sideBar = nullptr;
    QStackedWidget *m_paneStack = nullptr;
    QLabel *m_listenerStatus = nullptr;
    QLabel *m_queueStatus = nullptr;
    QList<QAction *> m_paneActions;
};

} // namespace nestogy
