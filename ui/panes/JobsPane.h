#pragma once

#include "EnginePane.h"

#include <QPointer>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QModelIndex;
class QPushButton;
class QTableView;
class QTabWidget;

namespace nestogy {

class Engine;
class JobDetailView;
class JobTableModel;
class OutboundDeliveryLog;
struct WriteResult;

// The durable job queue: queued, running, failed and dead jobs with a state filter, the selected job's
// payload, error and attempts, Retry and Discard for dead letters (through JobQueue, so through the writer),
// and the outbound delivery log on a second tab. Jobs are claimed and queued without a change signal, so
// while visible the pane re-reads what it shows every RefreshMs and soon after each finished job.
class JobsPane : public EnginePane
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 500;
    static constexpr int RefreshMs = 5000;
    static constexpr auto HeaderKey = "jobs/header";
    enum Tab { JobsTab, DeliveriesTab };

    explicit JobsPane(QWidget *parent = nullptr);
    ~JobsPane() override;

    void setEngine(Engine *engine) override;

    JobTableModel *model() const { return m_model; }
    OutboundDeliveryLog *deliveries() const { return m_deliveries; }
    qint64 currentJobId() const { return m_currentId; }

public Q_SLOTS:
    // Re-reads the shown jobs, the shown job and the delivery log.
    void refresh();
    // Puts the selected dead job back in the queue with fresh attempts.
    void retryCurrent();
    // Asks, then deletes the selected dead job.
    void discardCurrent();

Q_SIGNALS:
    // A retry or discard was answered (message already shown in the pane).
    void actionFinished(qint64 jobId, bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildJobsTab();
    void createActions();
    void applyFilter();
    void currentRowChanged(const QModelIndex &current);
    void selectCurrent();
    void reloadDetail();
    void scheduleRefresh();
    void updateActions();
    void discard(qint64 id);
    void actionDone(qint64 id, const WriteResult &result, const QString &success);
    void showMessage(const QString &text, bool error);
    void saveHeader();
    void restoreHeader();

    QPointer<Engine> m_engine;
    JobTableModel *m_model = nullptr;
    qint64 m_currentId = 0;
    QString m_currentState;
    int m_pending = 0;
    bool m_stale = false;
    bool m_currentLeaving = false; // the shown row is being removed from the list
    QTimer m_coalesce;
    QTimer m_periodic;
    QTimer m_typing;

    QWidget *m_emptyState = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    JobDetailView *m_detail = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_message = nullptr;
    OutboundDeliveryLog *m_deliveries = nullptr;
    QPointer<QMessageBox> m_confirm;
    QAction *m_retryAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace nestogy
