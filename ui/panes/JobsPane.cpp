#include "JobsPane.h"

#include "ChangeNotifier.h"
#include "Engine.h"
#include "JobQueue.h"
#include "JobTableModel.h"
#include "WorkerPool.h"
#include "WriteResult.h"
#include "widgets/EmptyStateLabel.h"
#include "widgets/JobDetailView.h"
#include "widgets/OutboundDeliveryLog.h"
#include "widgets/TableHeaderState.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace nestogy {

JobsPane::JobsPane(QWidget *parent)
    : EnginePane(parent)
{
    setObjectName(u"jobsPane"_s);
    m_coalesce.setObjectName(u"jobsRefreshTimer"_s);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &JobsPane::refresh);
    m_periodic.setObjectName(u"jobsPeriodicTimer"_s);
    m_periodic.setInterval(RefreshMs);
    connect(&m_periodic, &QTimer::timeout, this, &JobsPane::scheduleRefresh);
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &JobsPane::applyFilter);

    auto *layout = new QVBoxLayout(this);
    m_emptyState =
        new EmptyStateLabel(tr("Background jobs such as alert processing, inventory sync and status "
                               "updates will be listed here, with failed deliveries."),
                            this);
    layout->addWidget(m_emptyState);

    m_message = new QLabel(this);
    m_message->setObjectName(u"jobsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"jobsTabs"_s);
    m_tabs->setAccessibleName(tr("Jobs and deliveries"));
    m_tabs->addTab(buildJobsTab(), tr("&Jobs"));
    m_deliveries = new OutboundDeliveryLog(m_tabs);
    m_tabs->addTab(m_deliveries, tr("&Outbound deliveries"));
    m_tabs->hide();
    layout->addWidget(m_tabs, 1);

    createActions();
}

JobsPane::~JobsPane()
{
    saveHeader();
}

QWidget *JobsPane::buildJobsTab()
{
    auto *page = new QWidget(this);
    m_stateFilter = new QComboBox(page);
    m_stateFilter->setObjectName(u"jobStateFilter"_s);
    m_stateFilter->setAccessibleName(tr("Show jobs in state"));
    m_stateFilter->addItem(tr("Any state"), QStringList());
    for (const QString &state : {u"queued"_s, u"running"_s, u"failed"_s, u"dead"_s, u"done"_s})
        m_stateFilter->addItem(JobTableModel::stateText(state), QStringList{state});
    auto *stateLabel = new QLabel(tr("&State:"), page);
    stateLabel->setBuddy(m_stateFilter);
    m_search = new QLineEdit(page);
    m_search->setObjectName(u"jobSearch"_s);
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setPlaceholderText(tr("Kind or error"));
    m_search->setClearButtonEnabled(true);

    m_table = new QTableView(page);
    m_table->setObjectName(u"jobTable"_s);
    m_table->setAccessibleName(tr("Jobs"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *side = new QWidget(page);
    m_detail = new JobDetailView(side);
    m_retry = new QPushButton(tr("&Retry"), side);
    m_retry->setObjectName(u"retryJobButton"_s);
    m_retry->setToolTip(tr("Put this dead job back in the queue with fresh attempts (Ctrl+R)"));
    m_discard = new QPushButton(tr("&Discard…"), side);
    m_discard->setObjectName(u"discardJobButton"_s);
    m_discard->setToolTip(tr("Delete this dead job for good (Delete)"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_detail, 1);
    sideLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(u"jobsSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *filters = new QHBoxLayout;
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_stateFilter, &QComboBox::activated, this, &JobsPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_retry, &QPushButton::clicked, this, &JobsPane::retryCurrent);
    connect(m_discard, &QPushButton::clicked, this, &JobsPane::discardCurrent);
    return page;
}

void JobsPane::createActions()
{
    const auto scoped = [this](const QString &text, const QString &name, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_retryAction = scoped(tr("Retry job"), u"jobsRetryAction"_s, QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_retryAction, &QAction::triggered, this, &JobsPane::retryCurrent);
    m_discardAction = scoped(tr("Discard job"), u"jobsDiscardAction"_s, QKeySequence::Delete);
    connect(m_discardAction, &QAction::triggered, this, &JobsPane::discardCurrent);
    m_refreshAction = scoped(tr("Refresh"), u"jobsRefreshAction"_s, QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->reload();
        refresh();
    });
    m_findAction = scoped(tr("Find"), u"jobsFindAction"_s, QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() == DeliveriesTab) {
            m_deliveries->focusSearch();
        } else {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        }
    });
    updateActions();
}

void JobsPane::setEngine(Engine *engine)
{
    if (m_model) {
        saveHeader();
        QItemSelectionModel *selection = m_table->selectionModel();
        m_table->setModel(nullptr);
        delete selection;
        delete m_model;
        m_model = nullptr;
    }
    if (m_engine && m_engine->workerPool())
        disconnect(m_engine->workerPool(), nullptr, this, nullptr);
    if (m_confirm)
        m_confirm->close();
    m_engine = engine && engine->database() && engine->jobQueue() ? engine : nullptr;
    m_currentId = 0;
    m_currentState.clear();
    m_detail->clear();
    m_message->hide();
    m_coalesce.stop();
    m_periodic.stop();
    m_emptyState->setVisible(!m_engine);
    m_tabs->setVisible(m_engine);
    m_deliveries->setSources(m_engine ? m_engine->database() : nullptr,
                             m_engine ? m_engine->changes() : nullptr);
    updateActions();
    if (!m_engine)
        return;

    m_model = new JobTableModel(*m_engine->database(), m_engine->changes(), this);
    applyFilter();
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPane::selectCurrent);
    // A job changing state in place (retried, claimed, failed again) moves the buttons with it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        const int row = m_model->rowOfId(m_currentId);
        if (row >= 0 && m_model->index(row, 0).data(JobTableModel::StateRole).toString() != m_currentState)
            reloadDetail();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &error) {
        showMessage(tr("The jobs could not be read: %1").arg(error), true);
    });
    if (WorkerPool *pool = m_engine->workerPool())
        connect(pool, &WorkerPool::jobFinished, this, &JobsPane::scheduleRefresh);
    m_periodic.start();
}

void JobsPane::applyFilter()
{
    m_typing.stop();
    if (!m_model)
        return;
    JobQuery::Filter f;
    f.states = m_stateFilter->currentData().toStringList();
    f.text = m_search->text();
    m_model->setFilter(f);
}

void JobsPane::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void JobsPane::showEvent(QShowEvent *event)
{
    EnginePane::showEvent(event);
    if (m_engine && m_stale)
        scheduleRefresh();
}

void JobsPane::hideEvent(QHideEvent *event)
{
    saveHeader();
    m_deliveries->saveHeader();
    EnginePane::hideEvent(event);
}

void JobsPane::refresh()
{
    if (!m_model)
        return;
    m_stale = false;
    m_model->refreshRows({});
    m_deliveries->refresh();
    reloadDetail();
}

void JobsPane::currentRowChanged(const QModelIndex &current)
{
    // A reset lost the selection, or the shown row is leaving: the panel keeps showing the job.
    if (!current.isValid() || m_currentLeaving)
        return;
    const qint64 id = current.data(PagedTableModel::IdRole).toLongLong();
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_message->hide();
    reloadDetail();
}

void JobsPane::selectCurrent()
{
    const int row = m_model && m_currentId > 0 ? m_model->rowOfId(m_currentId) : -1;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, JobTableModel::KindColumn));
}

void JobsPane::reloadDetail()
{
    if (!m_engine || m_currentId <= 0) {
        updateActions();
        return;
    }
    QString error;
    const std::optional<Job> job = m_engine->jobQueue()->find(m_currentId, &error);
    if (!job) {
        if (!error.isEmpty()) {
            showMessage(tr("The job could not be read: %1").arg(error), true);
            return;
        }
        m_currentId = 0;
        m_currentState.clear();
        m_detail->clear();
    } else {
        m_currentState = job->state;
        m_detail->setJob(*job);
    }
    updateActions();
}

void JobsPane::updateActions()
{
    const bool dead = m_engine && m_currentId > 0 && m_currentState == u"dead" && m_pending == 0;
    for (QAction *a : {m_retryAction, m_discardAction})
        a->setEnabled(dead);
    m_retry->setEnabled(dead);
    m_discard->setEnabled(dead);
}

void JobsPane::retryCurrent()
{
    if (!m_retry->isEnabled())
        return;
    const qint64 id = m_currentId;
    ++m_pending;
    updateActions();
    m_engine->jobQueue()->retry(id, this, [this, id](const WriteResult &r) {
        actionDone(id, r, tr("Job %1 is queued again.").arg(id));
    });
}

void JobsPane::discardCurrent()
{
    if (!m_discard->isEnabled() || m_confirm)
        return;
    const qint64 id = m_currentId;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard job"),
                                tr("Delete dead job %1 for good? Its payload and error are lost.").arg(id),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardJobConfirmation"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Discard)
            discard(id);
    });
    m_confirm = box;
    box->open();
}

void JobsPane::discard(qint64 id)
{
    if (!m_engine)
        return;
    ++m_pending;
    updateActions();
    m_engine->jobQueue()->discard(id, this, [this, id](const WriteResult &r) {
        actionDone(id, r, tr("Job %1 was discarded.").arg(id));
    });
}

void JobsPane::actionDone(qint64 id, const WriteResult &result, const QString &success)
{
    --m_pending;
    const QString message = result.ok() ? success : tr("Job %1: %2").arg(id).arg(result.error);
    showMessage(message, !result.ok());
    // Other views of the queue (another pane, the dashboard) hear of it too.
    if (result.ok() && m_engine && m_engine->changes())
        m_engine->changes()->notify(ChangeNotifier::Topic::Jobs);
    refresh();
    Q_EMIT actionFinished(id, result.ok(), message);
}

void JobsPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_message->setPalette(p);
    m_message->show();
}

void JobsPane::saveHeader()
{
    if (m_model)
        TableHeaderState::save(*m_table, HeaderKey);
}

void JobsPane::restoreHeader()
{
    TableHeaderState::restore(*m_table, *m_model, HeaderKey);
}

} // namespace nestogy
