#include "DevicesPane.h"

#include "ChangeNotifier.h"
#include "Clock.h"
#include "DeviceActions.h"
#include "DeviceMappingTableModel.h"
#include "Engine.h"
#include "EngineCommands.h"
#include "IntegrationQuery.h"
#include "dialogs/RemapDeviceDialog.h"
#include "widgets/AlertActionRunner.h"
#include "widgets/DesktopActor.h"
#include "widgets/EmptyStateLabel.h"
#include "widgets/InventorySyncBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
constexpr int UuidRole = Qt::UserRole + 1;
} // namespace

DevicesPane::DevicesPane(QWidget *parent)
    : EnginePane(parent)
{
    setObjectName(u"devicesPane"_s);
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &DevicesPane::applyFilter);

    m_emptyState = new EmptyStateLabel(
        tr("Devices reported by your RMM tools will be listed here, with the clients and assets they belong "
           "to. They are recorded by an inventory sync or from the devices named in incoming alerts."),
        this);

    m_content = new QWidget(this);
    m_content->setObjectName(u"devicesContent"_s);
    m_integration = new QComboBox(m_content);
    m_integration->setObjectName(u"devicesIntegrationFilter"_s);
    m_integration->setAccessibleName(tr("Show devices of integration"));
    auto *integrationLabel = new QLabel(tr("&Integration:"), m_content);
    integrationLabel->setBuddy(m_integration);
    m_staleOnly = new QCheckBox(tr("&Stale only"), m_content);
    m_staleOnly->setObjectName(u"devicesStaleOnly"_s);
    m_staleOnly->setToolTip(tr("Only devices the RMM has not reported recently"));
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(u"devicesSearch"_s);
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setPlaceholderText(tr("Name, hostname, serial or RMM id"));
    m_search->setClearButtonEnabled(true);

    m_table = new QTableView(m_content);
    m_table->setObjectName(u"deviceTable"_s);
    m_table->setAccessibleName(tr("Devices"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_remap = new QPushButton(tr("&Remap…"), m_content);
    m_remap->setObjectName(u"remapDeviceButton"_s);
    m_remap->setToolTip(tr("Map the selected device to another client or asset (Ctrl+M)"));
    m_syncBar = new InventorySyncBar(m_content);
    m_message = new QLabel(m_content);
    m_message->setObjectName(u"devicesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(integrationLabel);
    filters->addWidget(m_integration);
    filters->addWidget(m_staleOnly);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_remap);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins({});
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_syncBar);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState, 1);
    layout->addWidget(m_content, 1);

    connect(m_integration, &QComboBox::activated, this, &DevicesPane::applyFilter);
    connect(m_staleOnly, &QCheckBox::toggled, this, &DevicesPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_remap, &QPushButton::clicked, this, &DevicesPane::remapCurrent);
    connect(m_table, &QTableView::activated, this, &DevicesPane::remapCurrent);

    createActions();
    updateState();
}

DevicesPane::~DevicesPane()
{
    m_syncBar->setEngine(nullptr, nullptr);
    m_table->setModel(nullptr);
}

void DevicesPane::createActions()
{
    const auto scoped = [this](const QString &text, const QString &name, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_remapAction = scoped(tr("Remap device"), u"devicesRemapAction"_s, QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_remapAction, &QAction::triggered, this, &DevicesPane::remapCurrent);
    auto *find = scoped(tr("Find"), u"devicesFindAction"_s, QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *refresh = scoped(tr("Refresh"), u"devicesRefreshAction"_s, QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        loadIntegrations();
        if (m_model)
            m_model->reload();
    });
}

void DevicesPane::setEngine(Engine *engine)
{
    if (engine == m_engine)
        return;
    const auto dialogs = findChildren<RemapDeviceDialog *>();
    qDeleteAll(dialogs);
    if (m_engine && m_engine->changes())
        disconnect(m_engine->changes(), nullptr, this, nullptr);
    if (m_model) {
        QItemSelectionModel *selection = m_table->selectionModel();
        m_table->setModel(nullptr);
        delete selection;
        delete m_model;
        m_model = nullptr;
    }
    m_syncBar->setEngine(nullptr, nullptr);
    m_commands.reset();
    m_engine = engine && engine->database() && engine->writer() ? engine : nullptr;
    m_message->hide();
    if (m_engine) {
        QString error;
        m_commands = EngineCommands::create(*m_engine, &error);
        if (m_commands)
            m_syncBar->setEngine(&m_commands->sync(), m_engine->changes());
        m_model = new DeviceMappingTableModel(*m_engine->database(), m_engine->changes(), this);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, &DevicesPane::updateState);
        connect(m_model, &QAbstractItemModel::modelReset, this, &DevicesPane::updateState);
        connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &error) {
            showMessage(tr("The devices could not be read: %1").arg(error), true);
        });
        if (m_engine->changes())
            connect(m_engine->changes(), &ChangeNotifier::integrationsChanged, this,
                    &DevicesPane::loadIntegrations);
        loadIntegrations();
        applyFilter();
        m_table->setModel(m_model);
        m_table->setSortingEnabled(true);
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        m_table->setColumnHidden(DeviceMappingTableModel::RmmDeviceIdColumn, true);
        m_table->resizeColumnsToContents();
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &DevicesPane::updateState);
    }
    updateState();
}

void DevicesPane::loadIntegrations()
{
    if (!m_engine)
        return;
    const qint64 selected = m_integration->currentData().toLongLong();
    IntegrationQuery query(*m_engine->database());
    QString error;
    const auto rows = query.page(PageRequest{std::nullopt, std::nullopt, 1000}, &error);
    const QList<IntegrationRow> list = rows.value_or(QList<IntegrationRow>{});
    // A sync changes its integration every page: rebuild the list only when it really changed, so an open
    // drop-down is not closed under the admin's cursor.
    bool same = m_integration->count() == list.size() + 1;
    for (qsizetype i = 0; same && i < list.size(); ++i)
        same = m_integration->itemData(int(i) + 1).toLongLong() == list.at(i).id &&
               m_integration->itemText(int(i) + 1) == list.at(i).name;
    if (!same) {
        m_integration->clear();
        m_integration->addItem(tr("All integrations"), qint64(0));
        for (const IntegrationRow &row : list) {
            m_integration->addItem(row.name, row.id);
            m_integration->setItemData(m_integration->count() - 1, row.uuid, UuidRole);
        }
        m_integration->setCurrentIndex(qMax(0, m_integration->findData(selected)));
    }
    m_syncBar->setIntegration(m_integration->currentData().toLongLong(),
                              m_integration->currentData(UuidRole).toString());
    if (!rows)
        showMessage(tr("The integrations could not be read: %1").arg(error), true);
    updateState();
}

void DevicesPane::applyFilter()
{
    if (!m_model)
        return;
    DeviceMappingQuery::Filter filter;
    filter.staleOnly = m_staleOnly->isChecked();
    if (const qint64 id = m_integration->currentData().toLongLong(); id > 0)
        filter.integrationId = id;
    m_syncBar->setIntegration(m_integration->currentData().toLongLong(),
                              m_integration->currentData(UuidRole).toString());
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
    updateState();
}

bool DevicesPane::filtering() const
{
    return m_staleOnly->isChecked() || m_integration->currentIndex() > 0 ||
           !m_search->text().trimmed().isEmpty();
}

void DevicesPane::updateState()
{
    const bool rows = m_model && m_model->rowCount() > 0;
    // With a filter on, an empty table says "nothing matches"; the explanation is for no devices at all.
    const bool listing = m_model && (rows || filtering());
    // With integrations to choose from, the filters and the sync stay reachable above the explanation: the
    // first sync starts from here.
    m_content->setVisible(listing || (m_model && m_integration->count() > 1));
    m_table->setVisible(listing);
    m_emptyState->setVisible(!listing);
    if (auto *box = qobject_cast<QBoxLayout *>(layout())) {
        box->setStretchFactor(m_content, listing ? 1 : 0);
        box->setStretchFactor(m_emptyState, listing ? 0 : 1);
    }
    const bool selected = m_model && m_table->currentIndex().isValid();
    m_remap->setEnabled(selected);
    m_remapAction->setEnabled(selected);
}

void DevicesPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

RemapDeviceDialog *DevicesPane::remapCurrent()
{
    const QModelIndex current = m_model ? m_table->currentIndex() : QModelIndex();
    const DeviceMappingRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row || !m_engine)
        return nullptr;
    auto *dialog = new RemapDeviceDialog(*m_engine->database(), *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = row->id;
    const QString device = current.siblingAtColumn(DeviceMappingTableModel::DeviceColumn).data().toString();
    connect(dialog, &QDialog::accepted, this, [this, id, device, dialog] { remap(id, device, *dialog); });
    dialog->open();
    return dialog;
}

void DevicesPane::remap(qint64 mappingId, const QString &device, const RemapDeviceDialog &dialog)
{
    if (!m_engine || !m_engine->writer())
        return;
    StorageWriter::Work work = [mappingId, target = dialog.target(), who = DesktopActor::name(),
                                now = m_engine->clock().nowMs()](QSqlDatabase &db) {
        return DeviceActions::remap(db, mappingId, target, who, now);
    };
    DeviceActions::submit(*m_engine->writer(), m_engine->changes(), std::move(work), this,
                          [this, device](const WriteResult &r) { remapDone(device, r); });
}

void DevicesPane::remapDone(const QString &device, const WriteResult &result)
{
    const QString text = result.ok() ? tr("%1 was remapped.").arg(device)
                                     : tr("%1 could not be remapped: %2").arg(device, result.error);
    showMessage(text, !result.ok());
    if (m_model && result.ok())
        m_model->refreshRows({result.value.toLongLong()});
    Q_EMIT remapFinished(result.ok(), text);
}

} // namespace nestogy
