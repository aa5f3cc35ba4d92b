#include "TicketsPane.h"

#include "ChangeNotifier.h"
#include "Clock.h"
#include "Database.h"
#include "Engine.h"
#include "TechnicianStore.h"
#include "TicketStore.h"
#include "TicketTableModel.h"
#include "WorkerPool.h"
#include "widgets/EmptyStateLabel.h"
#include "widgets/TableHeaderState.h"
#include "widgets/TicketDetailView.h"
#include "widgets/TicketEditor.h"
#include "widgets/TicketFilterBar.h"
#include "widgets/TicketPatchRunner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace nestogy {

TicketsPane::TicketsPane(QWidget *parent)
    : EnginePane(parent)
    , m_runner(new TicketPatchRunner(this))
{
    setObjectName(u"ticketsPane"_s);
    m_coalesce.setObjectName(u"ticketsRefreshTimer"_s);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &TicketsPane::refresh);
    m_periodic.setObjectName(u"ticketsPeriodicTimer"_s);
    m_periodic.setInterval(RefreshMs);
    connect(&m_periodic, &QTimer::timeout, this, &TicketsPane::scheduleRefresh);

    buildLayout();
    createActions();
    connect(m_runner, &TicketPatchRunner::busyChanged, m_editor, &TicketEditor::setBusy);
    connect(m_runner, &TicketPatchRunner::finished, this, &TicketsPane::patchFinished);
    connect(m_editor, &TicketEditor::applyRequested, this, &TicketsPane::applyChanges);
    connect(m_filters, &TicketFilterBar::filterChanged, this, [this] {
        if (m_model)
            m_model->setFilter(m_filters->filter());
    });
}

TicketsPane::~TicketsPane()
{
    saveHeader();
}

void TicketsPane::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_emptyState = new EmptyStateLabel(
        tr("Tickets created from alerts will be listed here, with their priority, technician and SLA."),
        this);
    layout->addWidget(m_emptyState);

    m_content = new QWidget(this);
    m_content->setObjectName(u"ticketsContent"_s);
    m_content->hide();
    layout->addWidget(m_content, 1);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_filters = new TicketFilterBar(m_content);
    top->addWidget(m_filters, 1);
    auto *refresh = new QToolButton(m_content);
    refresh->setObjectName(u"ticketsRefreshButton"_s);
    top->addWidget(refresh);
    content->addLayout(top);

    m_message = new QLabel(m_content);
    m_message->setObjectName(u"ticketsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    content->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Horizontal, m_content);
    m_splitter->setObjectName(u"ticketsSplitter"_s);
    content->addWidget(m_splitter, 1);

    m_table = new QTableView(m_splitter);
    m_table->setObjectName(u"ticketTable"_s);
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false); // turned on once a model gives the indicator its starting point
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_splitter->addWidget(m_table);

    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(u"ticketDetailScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *side = new QWidget(scroll);
    auto *sideLayout = new QVBoxLayout(side);
    m_detail = new TicketDetailView(side);
    sideLayout->addWidget(m_detail, 1);
    m_editor = new TicketEditor(side);
    sideLayout->addWidget(m_editor);
    scroll->setWidget(side);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    // The tool button shows the action createActions() sets up.
    m_refreshAction = new QAction(this);
    refresh->setDefaultAction(m_refreshAction);

    // Enter on a ticket: straight to its controls.
    connect(m_table, &QTableView::activated, this, [this] { m_editor->setFocus(Qt::TabFocusReason); });
}

void TicketsPane::createActions()
{
    const auto scoped = [this](QAction *action, const QString &name, const QKeySequence &keys) {
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    };
    m_findAction = new QAction(tr("Find tickets"), this);
    scoped(m_findAction, u"ticketsFindAction"_s, QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filters, &TicketFilterBar::focusSearch);

    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Read the tickets again (F5)"));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    scoped(m_refreshAction, u"ticketsRefreshAction"_s, QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->reload();
        refresh();
    });

    m_applyAction = new QAction(tr("Apply ticket changes"), this);
    scoped(m_applyAction, u"ticketsApplyAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_applyAction, &QAction::triggered, m_editor, &TicketEditor::apply);
}

void TicketsPane::setEngine(Engine *engine)
{
    if (m_model) {
        saveHeader();
        QItemSelectionModel *selection = m_table->selectionModel();
        m_table->setModel(nullptr);
        delete selection;
        delete m_model;
        m_model = nullptr;
    }
    if (m_engine) {
        if (m_engine->changes())
            disconnect(m_engine->changes(), nullptr, this, nullptr);
        if (m_engine->workerPool())
            disconnect(m_engine->workerPool(), nullptr, this, nullptr);
    }
    m_engine = engine && engine->database() ? engine : nullptr;
    m_runner->setEngine(m_engine);
    m_currentId = 0;
    m_detail->clear();
    m_editor->load({});
    m_message->hide();
    m_coalesce.stop();
    m_periodic.stop();
    m_emptyState->setVisible(!m_engine);
    m_content->setVisible(m_engine);
    if (!m_engine)
        return;

    m_model = new TicketTableModel(*m_engine->database(), m_engine->changes(), m_engine->clock(), this);
    m_model->setFilter(m_filters->filter());
    // When the shown row leaves the list (it no longer passes the filter), the view would make a neighbour
    // current (its selection model hears of it first unless this is connected before setModel()): the panel
    // keeps the row the technician was working on instead, and nothing is selected.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int row = m_model->rowOfId(m_currentId);
                m_currentLeaving = row >= first && row <= last;
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (std::exchange(m_currentLeaving, false))
            m_table->selectionModel()->clear();
    });
    m_table->setSortingEnabled(false);
    m_table->setModel(m_model);
    restoreHeader();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketsPane::selectCurrent);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &error) {
        showMessage(tr("The tickets could not be read: %1").arg(error), true);
    });
    connectEngine();
    loadTechnicians();
    m_periodic.start();
}

void TicketsPane::connectEngine()
{
    if (ChangeNotifier *changes = m_engine->changes()) {
        connect(changes, &ChangeNotifier::ticketsChanged, this, [this](const QList<qint64> &ids) {
            if (m_currentId > 0 && (ids.isEmpty() || ids.contains(m_currentId)))
                reloadDetail();
        });
    }
    // The pipeline writes tickets from its jobs without telling ChangeNotifier: a finished job is the sign.
    if (WorkerPool *pool = m_engine->workerPool())
        connect(pool, &WorkerPool::jobFinished, this, &TicketsPane::scheduleRefresh);
}

void TicketsPane::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void TicketsPane::showEvent(QShowEvent *event)
{
    EnginePane::showEvent(event);
    if (m_engine && m_stale)
        scheduleRefresh();
}

void TicketsPane::hideEvent(QHideEvent *event)
{
    saveHeader();
    EnginePane::hideEvent(event);
}

void TicketsPane::refresh()
{
    if (!m_model)
        return;
    m_stale = false;
    m_model->refreshRows({});
    loadTechnicians();
    reloadDetail();
}

void TicketsPane::loadTechnicians()
{
    if (!m_engine)
        return;
    QSqlDatabase db = m_engine->database()->connection();
    QString error;
    const QList<Technician> technicians = TechnicianStore::list(db, &error);
    if (!error.isEmpty()) {
        showMessage(tr("The technicians could not be read: %1").arg(error), true);
        return;
    }
    m_filters->setTechnicians(technicians);
    m_editor->setTechnicians(technicians);
}

void TicketsPane::showTicket(qint64 id)
{
    if (!m_model || id <= 0)
        return;
    m_currentId = id;
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, TicketTableModel::SubjectColumn);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        // Filtered out or further down than read so far: shown beside the list all the same.
        m_table->clearSelection();
    }
    reloadDetail();
}

void TicketsPane::currentRowChanged(const QModelIndex &current)
{
    // A reset lost the selection, or the shown row is leaving: the panel keeps showing the job.
    if (!current.isValid() || m_currentLeaving)
        return; // a reset lost the selection; the panel keeps showing the ticket
    const qint64 id = current.data(PagedTableModel::IdRole).toLongLong();
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_message->hide();
    reloadDetail();
}

void TicketsPane::selectCurrent()
{
    const int row = m_model && m_currentId > 0 ? m_model->rowOfId(m_currentId) : -1;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, TicketTableModel::SubjectColumn));
}

void TicketsPane::reloadDetail()
{
    if (!m_engine || m_currentId <= 0)
        return;
    QSqlDatabase db = m_engine->database()->connection();
    QString error;
    const auto ticket = TicketStore::find(db, m_currentId, true, &error);
    if (!ticket) {
        if (!error.isEmpty()) {
            showMessage(tr("The ticket could not be read: %1").arg(error), true);
            return;
        }
        showMessage(tr("That ticket no longer exists."), true);
        m_currentId = 0;
        m_detail->clear();
        m_editor->load({});
        return;
    }
    m_detail->setTicket(*ticket, m_engine->clock().nowMs());
    m_editor->load(*ticket);
    Q_EMIT ticketShown(m_currentId);
}

void TicketsPane::applyChanges(const QJsonObject &changes)
{
    if (m_currentId <= 0)
        return;
    m_message->hide();
    m_runner->patch(m_currentId, changes);
}

void TicketsPane::patchFinished(qint64 ticketId, bool ok, const QString &message)
{
    showMessage(message, !ok);
    if (ok && ticketId == m_currentId)
        m_editor->clearNote();
    if (ticketId == m_currentId)
        reloadDetail();
}

void TicketsPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_message->setPalette(p);
    m_message->show();
}

void TicketsPane::saveHeader()
{
    if (m_model)
        TableHeaderState::save(*m_table, HeaderKey);
}

void TicketsPane::restoreHeader()
{
    TableHeaderState::restore(*m_table, *m_model, HeaderKey, [](QHeaderView &header) {
        header.resizeSection(TicketTableModel::SubjectColumn, 320);
    });
}

} // namespace nestogy
