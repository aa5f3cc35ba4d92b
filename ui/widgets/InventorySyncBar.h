#pragma once

#include "SyncRun.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace nestogy {

class ChangeNotifier;
class DeviceSyncCommands;

// The inventory sync of one integration in the Devices pane: a Sync inventory button (disabled, saying why,
// for an integration without a usable API and while a run is unfinished), a progress bar while it runs
// (determinate when the RMM said how many devices there are, busy otherwise) and the run's result or error.
// Follows runs started anywhere (the API, another workstation): it re-reads the latest run when the engine
// says integrations or devices changed, and every second while one is unfinished.
class InventorySyncBar : public QWidget
{
    Q_OBJECT

public:
    explicit InventorySyncBar(QWidget *parent = nullptr);

    // The commands and notifier of the engine in this process; nullptr, nullptr while there is none.
    void setEngine(DeviceSyncCommands *commands, ChangeNotifier *changes);
    // The integration to sync (0: none chosen).
    void setIntegration(qint64 id, const QString &uuid);

public Q_SLOTS:
    // Requests a sync of the chosen integration.
    void startSync();
    // Reads the integration and its latest run again.
    void refresh();

Q_SIGNALS:
    // A run this bar watched ended (done or failed); the text is what the bar shows.
    void syncFinished(bool ok, const QString &text);

private:
    void showRun(const SyncRun &run);
    void setStatus(const QString &text, bool error);
    void setBlocked(const QString &why);

    DeviceSyncCommands *m_commands = nullptr;
    QPointer<ChangeNotifier> m_changes;
    qint64 m_integrationId = 0;
    QString m_uuid;
    qint64 m_watchedRun = 0; // an unfinished run seen last time, to report its end once
    bool m_requesting = false;
    QTimer m_poll;
    QPushButton *m_sync = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nestogy
