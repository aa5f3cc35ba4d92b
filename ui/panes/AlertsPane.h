#pragma once

#include "AlertActions.h"
#include "EnginePane.h"

#include <QModelIndexList>
#include <QPointer>
#include <QTimer>

class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace nestogy {

class AlertActionRunner;
class AlertActionSet;
class AlertDetailView;
class AlertFilterBar;
class AlertLiveUpdates;
class AlertTableModel;
class Engine;

// The triage list of alerts received from the RMM tools: filtered and sorted in the database and paged as it
// scrolls (a million alerts open as fast as ten), kept current by the engine's change notifications, with
// the selected alert in full beside it (AlertLiveUpdates paces the notifications and holds them while the
// pane is hidden). Acknowledge, resolve, create ticket and snooze act on every selected
// alert through the engine's AlertActions, as the API does; their shortcuts are listed in each tool tip.
class AlertsPane : public EnginePane
{
    Q_OBJECT

public:
    // QSettings keys of the table's column layout (QHeaderView::saveState) and of the list/detail split.
    static constexpr const char *HeaderKey = "alerts/header";
    static constexpr const char *SplitterKey = "alerts/splitter";
    static constexpr int DefaultSnoozeMinutes = 60;
    // Rows kept while the list is watched at its top as alerts arrive (more are read again on scrolling).
    static constexpr int DefaultFeedRows = 1000;

    explicit AlertsPane(QWidget *parent = nullptr);
    ~AlertsPane() override;

    void setEngine(Engine *engine) override;

    // The list's model while an engine is set, else nullptr.
    AlertTableModel *model() const { return m_model; }
    AlertActionSet *actions() const { return m_actions; }
    // How engine changes reach the list while an engine is set, else nullptr.
    AlertLiveUpdates *liveUpdates() const { return m_live; }
    void setFeedRows(int rows) { m_feedRows = qMax(1, rows); }

public Q_SLOTS:
    // Reads the list, the filter choices and the selected alert again.
    void refresh();
    // Selects the alert with this uuid (a notification was clicked); one the filters hide, or not read yet,
    // is shown beside the list all the same, with a note saying why it is not selected.
    void showAlert(const QString &uuid);

Q_SIGNALS:
    // The technician wants to see this ticket (the Tickets pane shows it).
    void openTicketRequested(qint64 ticketId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildLayout();
    void connectActions();
    void dropModel();
    void loadChoices();
    void applyFilter();
    void updateActions();
    // Reads the current alert into the detail panel soon (once, however many signals ask): never from
    // inside the model's own signals, since reading may update the model.
    void scheduleDetail();
    void showCurrentAlert();
    void onRowsInserted(int first, int last);
    // At the top of the list after live rows arrived: drops the rows far below (never a selected one).
    void trimFeed();
    void openTicket();
    void askSnoozeMinutes();
    void run(AlertActions::Kind kind, int snoozeMinutes = 0);
    void showMessage(const QString &text, bool error);
    void showHeaderMenu(const QPoint &pos);
    // The selected alerts, one index (column 0) per row, top to bottom.
    QModelIndexList selectedRows() const;
    void restoreLayout();
    void saveLayout() const;

    QPointer<Engine> m_engine;
    AlertTableModel *m_model = nullptr;
    AlertLiveUpdates *m_live = nullptr; // owned by m_model
    AlertActionRunner *m_runner = nullptr;
    AlertActionSet *m_actions = nullptr;

    QLabel *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    AlertFilterBar *m_filters = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    AlertDetailView *m_detail = nullptr;
    QMenu *m_contextMenu = nullptr;
    QTimer m_detailTimer;
    int m_feedRows = DefaultFeedRows;
    qint64 m_pinnedId = 0; // shown by showAlert() though not in the list, until a row is selected
};

} // namespace nestogy
