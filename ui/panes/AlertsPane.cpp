#include "AlertsPane.h"

#include "AlertDetailQuery.h"
#include "AlertTableModel.h"
#include "ChangeNotifier.h"
#include "ClientStore.h"
#include "Database.h"
#include "Engine.h"
#include "IntegrationStore.h"
#include "widgets/AlertActionRunner.h"
#include "widgets/AlertActionSet.h"
#include "widgets/AlertDetailView.h"
#include "widgets/AlertFilterBar.h"
#include "widgets/AlertItemDelegate.h"
#include "widgets/AlertLiveUpdates.h"
#include "widgets/EmptyStateLabel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

AlertsPane::AlertsPane(QWidget *parent)
    : EnginePane(parent)
{
    setObjectName(u"alertsPane"_s);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(0);
    connect(&m_detailTimer, &QTimer::timeout, this, &AlertsPane::showCurrentAlert);
    m_runner = new AlertActionRunner(this);
    m_actions = new AlertActionSet(this);
    buildLayout();
    connectActions();
    setEngine(nullptr);
}

AlertsPane::~AlertsPane()
{
    saveLayout();
}

void AlertsPane::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_emptyState = new EmptyStateLabel(
        tr("Alerts that your RMM tools send will be listed here, with their device, client and severity."),
        this);
    layout->addWidget(m_emptyState, 1);

    m_content = new QWidget(this);
    m_content->setObjectName(u"alertsContent"_s);
    layout->addWidget(m_content, 1);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    m_filters = new AlertFilterBar(m_content);
    content->addWidget(m_filters);

    auto *toolBar = new QToolBar(tr("Alert actions"), m_content);
    toolBar->setObjectName(u"alertToolBar"_s);
    toolBar->setAccessibleName(tr("Alert actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions(m_actions->alertActions());
    toolBar->addSeparator();
    toolBar->addAction(m_actions->refresh);
    content->addWidget(toolBar);

    m_message = new QLabel(m_content);
    m_message->setObjectName(u"alertsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    content->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Horizontal, m_content);
    m_splitter->setObjectName(u"alertsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    content->addWidget(m_splitter, 1);

    m_table = new QTableView(m_splitter);
    m_table->setObjectName(u"alertTable"_s);
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setItemDelegate(new AlertItemDelegate(m_table));
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, however many are loaded.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_splitter->addWidget(m_table);

    m_detail = new AlertDetailView(m_splitter);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(u"alertContextMenu"_s);
    m_contextMenu->addActions(m_actions->alertActions());
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_actions->refresh);

    setFocusProxy(m_table);
}

void AlertsPane::connectActions()
{
    connect(m_actions->acknowledge, &QAction::triggered, this,
            [this] { run(AlertActions::Kind::Acknowledge); });
    connect(m_actions->resolve, &QAction::triggered, this, [this] { run(AlertActions::Kind::Resolve); });
    connect(m_actions->createTicket, &QAction::triggered, this,
            [this] { run(AlertActions::Kind::CreateTicket); });
    connect(m_actions->openTicket, &QAction::triggered, this, &AlertsPane::openTicket);
    connect(m_actions->snooze, &QAction::triggered, this, &AlertsPane::askSnoozeMinutes);
    connect(m_actions->refresh, &QAction::triggered, this, &AlertsPane::refresh);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });

    connect(m_filters, &AlertFilterBar::filterChanged, this, &AlertsPane::applyFilter);
    connect(m_runner, &AlertActionRunner::pendingChanged, this, &AlertsPane::updateActions);
    connect(m_runner, &AlertActionRunner::finished, this,
            [this](bool ok, const QString &message) { showMessage(message, !ok); });
    connect(m_detail, &AlertDetailView::openTicketRequested, this, &AlertsPane::openTicketRequested);
    connect(m_table, &QTableView::activated, this, [this] { openTicket(); });
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos)); });
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &AlertsPane::showHeaderMenu);
}

void AlertsPane::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_engine->changes(), nullptr, this, nullptr);
    dropModel();
    m_engine = engine;
    m_runner->setEngine(engine);
    m_emptyState->setVisible(!engine);
    m_content->setVisible(engine);
    m_message->hide();
    if (!engine) {
        updateActions();
        return;
    }

    // The model is not handed the notifier: AlertLiveUpdates decides when changes are read.
    m_model = new AlertTableModel(*engine->database(), nullptr, this);
    m_live = new AlertLiveUpdates(m_model, m_model);
    m_live->setActive(isVisible());
    m_model->setFilter(m_filters->filter());
    m_table->setModel(m_model);
    // The header shows the model's order before a saved layout (which may sort differently) is restored.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    restoreLayout();

    connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &error) {
        showMessage(tr("The alerts could not be read: %1").arg(error), true);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    // Rows changed in place (a live update, or an action's result) may allow other actions.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPane::scheduleDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        scheduleDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPane::scheduleDetail);

    ChangeNotifier *changes = engine->changes();
    connect(changes, &ChangeNotifier::alertsChanged, m_live, &AlertLiveUpdates::alertsChanged);
    connect(m_live, &AlertLiveUpdates::applied, this, [this](const QList<qint64> &ids, bool all) {
        trimFeed();
        if (m_detail->alertId() > 0 && (all || ids.contains(m_detail->alertId())))
            scheduleDetail();
    });
    connect(changes, &ChangeNotifier::ticketsChanged, this, [this](const QList<qint64> &ids) {
        if (m_detail->ticketId() > 0 && (ids.isEmpty() || ids.contains(m_detail->ticketId())))
            scheduleDetail();
    });
    connect(changes, &ChangeNotifier::integrationsChanged, this, &AlertsPane::loadChoices);
    loadChoices();
    updateActions();
    scheduleDetail();
}

void AlertsPane::dropModel()
{
    if (!m_model)
        return;
    saveLayout();
    QItemSelectionModel *selection = m_table->selectionModel();
    m_table->setModel(nullptr);
    delete selection;
    delete m_model;
    m_model = nullptr;
    m_live = nullptr;
    m_detail->clear();
}

void AlertsPane::showEvent(QShowEvent *event)
{
    EnginePane::showEvent(event);
    if (m_live)
        m_live->setActive(true);
}

void AlertsPane::hideEvent(QHideEvent *event)
{
    EnginePane::hideEvent(event);
    if (m_live)
        m_live->setActive(false);
}

void AlertsPane::refresh()
{
    if (!m_model)
        return;
    m_message->hide();
    loadChoices();
    m_model->reload();
}

void AlertsPane::loadChoices()
{
    if (!m_engine)
        return;
    QSqlDatabase db = m_engine->database()->connection();
    QString error;
    QList<AlertFilterBar::Choice> integrations;
    for (const Integration &i : IntegrationStore::list(db, &error))
        integrations.append({i.id, i.name});
    QList<AlertFilterBar::Choice> clients;
    if (error.isEmpty()) {
        for (const Client &c : ClientStore::list(db, &error))
            clients.append({c.id, c.name});
    }
    if (!error.isEmpty()) {
        showMessage(tr("The integrations and clients to filter by could not be read: %1").arg(error), true);
        return;
    }
    m_filters->setIntegrations(integrations);
    m_filters->setClients(clients);
}

void AlertsPane::applyFilter()
{
    if (m_model)
        m_model->setFilter(m_filters->filter());
}

QModelIndexList AlertsPane::selectedRows() const
{
    if (!m_model || !m_table->selectionModel())
        return {};
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

void AlertsPane::updateActions()
{
    m_actions->update(selectedRows(), m_runner->pending() > 0);
}

void AlertsPane::scheduleDetail()
{
    m_detailTimer.start();
}

void AlertsPane::showCurrentAlert()
{
    if (!m_model || !m_engine) {
        m_detail->clear();
        return;
    }
    const QModelIndexList rows = selectedRows();
    QItemSelectionModel *selection = m_table->selectionModel();
    QModelIndex current = selection->currentIndex();
    // The list has the keyboard focus on a row (after a filter, or when the selected row left the list)
    // but nothing selected: that row is the one the next shortcut acts on, so it is selected.
    if (rows.isEmpty() && current.isValid()) {
        selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return; // selectionChanged brings us back
    }
    if (!current.isValid() || !selection->isRowSelected(current.row()))
        current = rows.value(0);
    if (current.isValid())
        m_pinnedId = 0; // a row is selected: it is what the panel shows
    if (!current.isValid() && m_pinnedId <= 0) {
        m_detail->clear();
        return;
    }
    const qint64 id = current.isValid() ? current.data(PagedTableModel::IdRole).toLongLong() : m_pinnedId;
    QString error;
    const std::optional<AlertDetail> alert = AlertDetailQuery(*m_engine->database()).find(id, &error);
    if (alert) {
        m_detail->showAlert(*alert);
        // The engine does not announce every change (a ticket made by the pipeline, say): what the detail
        // just read corrects the row, so its actions match.
        if (current.isValid() &&
            (alert->status != current.data(AlertTableModel::StatusRole).toString() ||
             alert->ticketId != current.data(AlertTableModel::TicketIdRole).toLongLong()))
            m_model->refreshRows({id});
    } else
        m_detail->clear(error.isEmpty() ? tr("This alert no longer exists.")
                                        : tr("The alert could not be read: %1").arg(error));
}

void AlertsPane::showAlert(const QString &uuid)
{
    if (!m_model || !m_engine)
        return;
    QString error;
    const std::optional<qint64> id = AlertDetailQuery(*m_engine->database()).idOf(uuid, &error);
    if (!id) {
        showMessage(error.isEmpty() ? tr("That alert no longer exists.")
                                    : tr("The alert could not be read: %1").arg(error),
                    true);
        return;
    }
    // A notification usually names an alert newer than the list read: merge it in first.
    if (m_model->rowOfId(*id) < 0)
        m_model->refreshRows({*id});
    QItemSelectionModel *selection = m_table->selectionModel();
    if (const int row = m_model->rowOfId(*id); row >= 0) {
        m_pinnedId = 0;
        const QModelIndex index = m_model->index(row, 0);
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        m_table->setFocus();
    } else {
        m_pinnedId = *id;
        selection->clear();
        showMessage(tr("The alert is shown beside the list: the filters above hide it."), false);
    }
    showCurrentAlert();
}

void AlertsPane::onRowsInserted(int first, int last)
{
    // New alerts land at the top. Someone reading further down keeps their rows in place; at the very top
    // the list scrolls like a feed.
    QScrollBar *bar = m_table->verticalScrollBar();
    const int top = m_table->rowAt(0);
    if (bar->value() > 0 && first <= top)
        bar->setValue(bar->value() + (last - first + 1));
}

void AlertsPane::trimFeed()
{
    if (!m_model || m_table->verticalScrollBar()->value() > 0)
        return; // someone is reading further down: their rows stay
    const QItemSelectionModel *selection = m_table->selectionModel();
    int keep = m_feedRows;
    for (const QModelIndex &index : selection->selectedRows())
        keep = qMax(keep, index.row() + 1);
    if (selection->currentIndex().isValid())
        keep = qMax(keep, selection->currentIndex().row() + 1);
    m_model->trimTo(keep);
}

void AlertsPane::openTicket()
{
    const QModelIndexList rows = selectedRows();
    if (rows.size() != 1)
        return;
    const qint64 ticketId = rows.constFirst().data(AlertTableModel::TicketIdRole).toLongLong();
    if (ticketId > 0)
        emit openTicketRequested(ticketId);
    else
        showMessage(tr("This alert has no ticket yet; %1 creates one.")
                        .arg(m_actions->createTicket->shortcut().toString(QKeySequence::NativeText)),
                    false);
}

void AlertsPane::askSnoozeMinutes()
{
    QStringList uuids;
    for (const QModelIndex &row : selectedRows())
        uuids.append(row.data(AlertTableModel::UuidRole).toString());
    if (uuids.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"snoozeDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Snooze device"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setLabelText(tr("For how many minutes? Meanwhile new alerts from the device are held, and an "
                            "alert without a ticket gets one only when the time is up."));
    dialog->setIntRange(1, AlertActions::MaxSnoozeMinutes);
    dialog->setIntStep(15);
    dialog->setIntValue(DefaultSnoozeMinutes);
    connect(dialog, &QInputDialog::intValueSelected, this, [this, uuids](int minutes) {
        m_message->hide();
        m_runner->run(AlertActions::Kind::Snooze, uuids, minutes);
    });
    dialog->open();
}

void AlertsPane::run(AlertActions::Kind kind, int snoozeMinutes)
{
    QStringList uuids;
    for (const QModelIndex &row : selectedRows())
        uuids.append(row.data(AlertTableModel::UuidRole).toString());
    m_message->hide();
    m_runner->run(kind, uuids, snoozeMinutes);
}

void AlertsPane::showMessage(const QString &text, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setProperty("error", error);
    m_message->setText(text);
    m_message->show();
}

void AlertsPane::showHeaderMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"alertColumnsMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot be got back.
        toggle->setEnabled(header->isSectionHidden(column) ||
                           header->hiddenSectionCount() < m_model->columnCount() - 1);
        connect(toggle, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->popup(header->viewport()->mapToGlobal(pos));
}

void AlertsPane::restoreLayout()
{
    const QSettings settings;
    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(settings.value(QLatin1StringView(HeaderKey)).toByteArray())) {
        header->resizeSection(AlertTableModel::SeverityColumn, 90);
        header->resizeSection(AlertTableModel::StatusColumn, 110);
        header->resizeSection(AlertTableModel::LastSeenColumn, 130);
        header->resizeSection(AlertTableModel::DeviceColumn, 140);
        header->resizeSection(AlertTableModel::ClientColumn, 130);
        header->resizeSection(AlertTableModel::MessageColumn, 320);
        header->setSectionHidden(AlertTableModel::FirstSeenColumn, true);
    }
    m_splitter->restoreState(settings.value(QLatin1StringView(SplitterKey)).toByteArray());
}

void AlertsPane::saveLayout() const
{
    if (!m_model)
        return;
    QSettings settings;
    settings.setValue(QLatin1StringView(HeaderKey), m_table->horizontalHeader()->saveState());
    settings.setValue(QLatin1StringView(SplitterKey), m_splitter->saveState());
}

} // namespace nestogy
