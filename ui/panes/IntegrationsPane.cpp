#include "IntegrationsPane.h"

#include "ChangeNotifier.h"
#include "CircuitBreaker.h"
#include "Engine.h"
#include "EngineCommands.h"
#include "IntegrationTableModel.h"
#include "dialogs/IntegrationDialog.h"
#include "widgets/AlertActionRunner.h"
#include "widgets/DesktopActor.h"
#include "widgets/EmptyStateLabel.h"
#include "widgets/IntegrationListProxy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

IntegrationsPane::IntegrationsPane(QWidget *parent)
    : EnginePane(parent)
{
    setObjectName(u"integrationsPane"_s);
    m_circuitTimer.setObjectName(u"integrationsCircuitTimer"_s);
    m_circuitTimer.setInterval(CircuitRefreshMs);
    connect(&m_circuitTimer, &QTimer::timeout, this, &IntegrationsPane::refreshCircuits);

    m_proxy = new IntegrationListProxy(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"integrationList"_s);
    m_table->setAccessibleName(tr("Integrations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setIconSize(QSize(20, 20));
    m_empty = new EmptyStateLabel(tr("Your RMM integrations (NinjaOne, Datto RMM, ConnectWise Automate or a "
                                     "generic webhook) will be listed and configured here."),
                                  this);
    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(u"newIntegrationButton"_s);
    m_new->setToolTip(tr("Add an integration (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editIntegrationButton"_s);
    m_edit->setToolTip(tr("Change the selected integration (Enter)"));
    m_toggle = new QPushButton(tr("&Deactivate"), this);
    m_toggle->setObjectName(u"toggleIntegrationButton"_s);
    m_toggle->setToolTip(tr("Refuse or accept webhooks to the selected integration (Ctrl+T)"));
    m_delete = new QPushButton(tr("De&lete…"), this);
    m_delete->setObjectName(u"deleteIntegrationButton"_s);
    m_delete->setToolTip(tr("Delete the selected integration (Delete)"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"integrationsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { openIntegrationDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openIntegrationDialog(currentUuid()); });
    connect(m_toggle, &QPushButton::clicked, this, &IntegrationsPane::toggleCurrentActive);
    connect(m_delete, &QPushButton::clicked, this, &IntegrationsPane::deleteCurrent);
    // Enter and double-click; a click on the state column's check box is a toggle, not an edit.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != IntegrationTableModel::ActiveColumn)
            openIntegrationDialog(currentUuid());
    });
    connect(m_proxy, &IntegrationListProxy::activeChangeRequested, this, &IntegrationsPane::setActive);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &IntegrationsPane::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IntegrationsPane::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &IntegrationsPane::updateState);

    createActions();
    updateState();
}

IntegrationsPane::~IntegrationsPane()
{
    // The view and proxy go before the model they read.
    m_table->setModel(nullptr);
    m_proxy->setSourceModel(nullptr);
}

void IntegrationsPane::createActions()
{
    const auto scoped = [this](const QString &text, const QString &name, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_newAction = scoped(tr("New integration"), u"integrationsNewAction"_s, QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] { openIntegrationDialog(); });
    m_toggleAction = scoped(tr("Activate or deactivate integration"), u"integrationsToggleAction"_s,
                            QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_toggleAction, &QAction::triggered, this, &IntegrationsPane::toggleCurrentActive);
    m_deleteAction = scoped(tr("Delete integration"), u"integrationsDeleteAction"_s, QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &IntegrationsPane::deleteCurrent);
    auto *refreshAction = scoped(tr("Refresh"), u"integrationsRefreshAction"_s, QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &IntegrationsPane::refresh);
}

void IntegrationsPane::setEngine(Engine *engine)
{
    if (engine == m_engine)
        return;
    // Open dialogs hold the old engine's commands: they go first.
    const auto dialogs = findChildren<IntegrationDialog *>();
    qDeleteAll(dialogs);
    if (m_confirm)
        m_confirm->close();
    m_commands.reset();
    if (m_model) {
        QItemSelectionModel *selection = m_table->selectionModel();
        m_table->setModel(nullptr);
        delete selection;
        m_proxy->setSourceModel(nullptr);
        delete m_model;
        m_model = nullptr;
    }
    m_engine = engine && engine->database() ? engine : nullptr;
    m_status->setVisible(false);
    if (m_engine) {
        m_model = new IntegrationTableModel(*m_engine->database(), m_engine->changes(), this);
        m_proxy->setSourceModel(m_model);
        m_table->setModel(m_proxy);
        m_table->setSortingEnabled(true);
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        m_table->setColumnHidden(IntegrationTableModel::UuidColumn, true);
        m_table->setColumnHidden(IntegrationTableModel::LastSyncColumn, true);
        m_table->horizontalHeader()->moveSection(m_proxy->circuitColumn(),
                                                 IntegrationTableModel::LastWebhookColumn + 1);
        m_table->resizeColumnsToContents();
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &IntegrationsPane::updateState);
        connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &error) {
            showMessage(tr("The integrations could not be read: %1").arg(error), true);
        });
        refreshCircuits();
        if (isVisible())
            m_circuitTimer.start();
    } else {
        m_circuitTimer.stop();
    }
    updateState();
}

EngineCommands *IntegrationsPane::commands()
{
    if (!m_commands && m_engine) {
        QString error;
        m_commands = EngineCommands::create(*m_engine, &error, nullptr);
        if (!m_commands)
            showMessage(tr("The alert receiver is not ready yet (%1).").arg(error), true);
    }
    return m_commands.get();
}

QString IntegrationsPane::currentUuid() const
{
    const QModelIndex current = m_model ? m_table->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IntegrationTableModel::UuidRole).toString()
                             : QString();
}

void IntegrationsPane::showEvent(QShowEvent *event)
{
    EnginePane::showEvent(event);
    refresh();
    if (m_engine)
        m_circuitTimer.start();
}

void IntegrationsPane::hideEvent(QHideEvent *event)
{
    EnginePane::hideEvent(event);
    m_circuitTimer.stop();
}

void IntegrationsPane::refresh()
{
    if (!m_model)
        return;
    m_model->refreshRows({});
    refreshCircuits();
}

void IntegrationsPane::refreshCircuits()
{
    if (m_engine && m_engine->breakers())
        m_proxy->setCircuits(m_engine->breakers()->toJson());
}

void IntegrationsPane::updateState()
{
    const bool rows = m_model && m_model->rowCount() > 0;
    m_table->setVisible(rows);
    m_empty->setVisible(!rows);
    const QModelIndex current = m_model ? m_table->currentIndex() : QModelIndex();
    const bool selected = current.isValid();
    const bool active =
        selected && current.siblingAtColumn(0).data(IntegrationTableModel::ActiveRole).toBool();
    m_new->setEnabled(m_engine);
    m_newAction->setEnabled(m_engine);
    m_edit->setEnabled(selected);
    m_toggle->setEnabled(selected);
    m_toggleAction->setEnabled(selected);
    m_toggle->setText(active || !selected ? tr("&Deactivate") : tr("&Activate"));
    m_toggle->setAccessibleName(active || !selected ? tr("Deactivate integration")
                                                    : tr("Activate integration"));
    m_delete->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

void IntegrationsPane::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(p);
    m_status->setVisible(!text.isEmpty());
}

void IntegrationsPane::toggleCurrentActive()
{
    const QModelIndex current = m_model ? m_table->currentIndex() : QModelIndex();
    if (!current.isValid())
        return;
    const QModelIndex first = current.siblingAtColumn(0);
    setActive(first.data(IntegrationTableModel::UuidRole).toString(),
              !first.data(IntegrationTableModel::ActiveRole).toBool());
}

void IntegrationsPane::setActive(const QString &uuid, bool active)
{
    EngineCommands *engine = commands();
    if (!engine || uuid.isEmpty())
        return;
    engine->integrations().setActive(
        uuid, active, DesktopActor::name(), this, [this, active](const IntegrationCommands::Outcome &o) {
            const QString name = o.integration ? o.integration->name : QString();
            const QString text = !o.ok() ? tr("The integration could not be changed: %1")
                                               .arg(o.message.isEmpty() ? o.write.error : o.message)
                                 : active ? tr("%1 accepts webhooks again.").arg(name)
                                          : tr("%1 no longer accepts webhooks.").arg(name);
            showMessage(text, !o.ok());
            if (m_model)
                m_model->refreshRows({});
            Q_EMIT commandFinished(o.ok(), text);
        });
}

void IntegrationsPane::deleteCurrent()
{
    const QModelIndex current = m_model ? m_table->currentIndex() : QModelIndex();
    if (!current.isValid())
        return;
    const QString uuid = current.siblingAtColumn(0).data(IntegrationTableModel::UuidRole).toString();
    const QString name = current.siblingAtColumn(IntegrationTableModel::NameColumn).data().toString();
    if (m_confirm)
        m_confirm->close();
    m_confirm =
        new QMessageBox(QMessageBox::Warning, tr("Delete integration"),
                        tr("Delete the integration %1? Its webhook URL stops working at once, and its "
                           "secrets and device mappings are deleted. Alerts and tickets it brought "
                           "in stay.")
                            .arg(name),
                        QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"deleteIntegrationConfirm"_s);
    QPushButton *yes = m_confirm->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmDeleteIntegrationButton"_s);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, yes, uuid] {
        if (m_confirm && m_confirm->clickedButton() == yes)
            remove(uuid);
    });
    m_confirm->open();
}

void IntegrationsPane::remove(const QString &uuid)
{
    EngineCommands *engine = commands();
    if (!engine)
        return;
    engine->integrations().remove(
        uuid, DesktopActor::name(), this, [this](const IntegrationCommands::Outcome &o) {
            const QString text = o.ok() ? tr("The integration was deleted.")
                                        : tr("The integration could not be deleted: %1")
                                              .arg(o.message.isEmpty() ? o.write.error : o.message);
            showMessage(text, !o.ok());
            if (m_model)
                m_model->refreshRows({});
            Q_EMIT commandFinished(o.ok(), text);
        });
}

IntegrationDialog *IntegrationsPane::openIntegrationDialog(const QString &uuid)
{
    EngineCommands *engine = commands();
    if (!engine)
        return nullptr;
    std::optional<Integration> existing;
    if (!uuid.isEmpty()) {
        QString error;
        existing = engine->integrations().find(uuid, &error);
        if (!existing) {
            showMessage(error.isEmpty() ? tr("That integration no longer exists.")
                                        : tr("The integration could not be read: %1").arg(error),
                        true);
            refresh();
            return nullptr;
        }
    }
    auto *dialog = new IntegrationDialog(*engine, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntegrationDialog::saved, this, &IntegrationsPane::refresh);
    dialog->open();
    return dialog;
}

} // namespace nestogy
