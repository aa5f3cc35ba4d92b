#pragma once

#include "EnginePane.h"

#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class QTableView;

namespace nestogy {

class Engine;
class TicketDetailView;
class TicketEditor;
class TicketFilterBar;
class TicketPatchRunner;
class TicketTableModel;

// The tickets created from alerts: a live list (priority, status, assignee, SLA countdown) with filters, and
// for the selected ticket its details, why it is assigned to whom, its history, and the controls to change
// status, priority and assignee or add a note. Changes go through TicketActions like the API's PATCH and are
// what stops a source "resolved" from closing the ticket. The list follows ChangeNotifier; the pipeline's
// own changes (new tickets, assignments) are picked up when a job finishes, and escalations every
// RefreshMs.
class TicketsPane : public EnginePane
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 500;
    static constexpr int RefreshMs = 30'000;
    static constexpr auto HeaderKey = "tickets/header";

    explicit TicketsPane(QWidget *parent = nullptr);
    ~TicketsPane() override;

    void setEngine(Engine *engine) override;

    TicketTableModel *model() const { return m_model; }
    // The ticket shown in the detail panel (0: none).
    qint64 currentTicketId() const { return m_currentId; }

public Q_SLOTS:
    // Selects the ticket in the list (when the filters show it) and shows it in the detail panel.
    void showTicket(qint64 id);
    // Re-reads the shown rows, the technicians and the shown ticket.
    void refresh();

Q_SIGNALS:
    // After the shown ticket was (re-)read into the detail panel.
    void ticketShown(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildLayout();
    void createActions();
    void connectEngine();
    void currentRowChanged(const QModelIndex &current);
    void selectCurrent();
    void reloadDetail();
    void loadTechnicians();
    void scheduleRefresh();
    void applyChanges(const QJsonObject &changes);
    void patchFinished(qint64 ticketId, bool ok, const QString &message);
    void showMessage(const QString &text, bool error);
    void saveHeader();
    void restoreHeader();

    QPointer<Engine> m_engine;
    TicketTableModel *m_model = nullptr;
    TicketPatchRunner *m_runner = nullptr;
    qint64 m_currentId = 0;
    bool m_stale = false;
    bool m_currentLeaving = false; // the shown row is being removed from the list
    QTimer m_coalesce;
    QTimer m_periodic;

    QWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    TicketFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    TicketDetailView *m_detail = nullptr;
    TicketEditor *m_editor = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_applyAction = nullptr;
};

} // namespace nestogy
