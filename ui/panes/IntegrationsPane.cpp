#include "IntegrationsPane.h"

#include "ChangeNotifier.h"
#include "Engine.h"
#include "EngineCommands.h"
#include "dialogs/IntegrationDialog.h"
#include "widgets/EmptyStateLabel.h"
#include "widgets/ProviderLabels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
constexpr int UuidRole = Qt::UserRole;
}

IntegrationsPane::IntegrationsPane(QWidget *parent)
    : EnginePane(parent)
{
    setObjectName(u"integrationsPane"_s);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"integrationList"_s);
    m_list->setAccessibleName(tr("Integrations"));
    m_empty = new EmptyStateLabel(tr("Your RMM integrations (NinjaOne, Datto RMM, ConnectWise Automate or a "
                                     "generic webhook) will be listed and configured here."),
                                  this);
    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(u"newIntegrationButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editIntegrationButton"_s);
    m_edit->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"integrationsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    m_list->setVisible(false);

    connect(m_new, &QPushButton::clicked, this, [this] { openIntegrationDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openIntegrationDialog(currentUuid()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { openIntegrationDialog(currentUuid()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_edit->setEnabled(row >= 0); });
}

IntegrationsPane::~IntegrationsPane() = default;

void IntegrationsPane::setEngine(Engine *engine)
{
    if (engine == m_engine)
        return;
    if (m_engine)
        disconnect(m_engine->changes(), nullptr, this, nullptr);
    m_engine = engine;
    // Open dialogs hold the old engine's commands: they go first.
    const auto dialogs = findChildren<IntegrationDialog *>();
    qDeleteAll(dialogs);
    m_commands.reset();
    if (m_engine)
        connect(m_engine->changes(), &ChangeNotifier::integrationsChanged, this, &IntegrationsPane::refresh);
    refresh();
}

EngineCommands *IntegrationsPane::commands()
{
    if (!m_commands && m_engine) {
        QString error;
        m_commands = EngineCommands::create(*m_engine, &error, nullptr);
        if (!m_commands) {
            m_status->setText(tr("The alert receiver is not ready yet (%1).").arg(error));
            m_status->setVisible(true);
        }
    }
    return m_commands.get();
}

QString IntegrationsPane::currentUuid() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(UuidRole).toString() : QString();
}

void IntegrationsPane::showEvent(QShowEvent *event)
{
    EnginePane::showEvent(event);
    refresh();
}

void IntegrationsPane::refresh()
{
    EngineCommands *engine = m_engine ? commands() : nullptr;
    if (!engine)
        return;
    const QString selected = currentUuid();
    QString error;
    const QList<Integration> all = engine->integrations().list(&error);
    m_status->setText(error.isEmpty() ? QString() : tr("The integrations could not be read: %1").arg(error));
    m_status->setVisible(!error.isEmpty());
    m_list->clear();
    for (const Integration &i : all) {
        const QString provider = ProviderLabels::display(i.provider);
        const QString text =
            i.active ? tr("%1 (%2)").arg(i.name, provider) : tr("%1 (%2, inactive)").arg(i.name, provider);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(UuidRole, i.uuid);
        if (i.uuid == selected)
            m_list->setCurrentItem(item);
    }
    m_list->setVisible(!all.isEmpty());
    m_empty->setVisible(all.isEmpty());
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
            m_status->setText(error.isEmpty() ? tr("That integration no longer exists.")
                                              : tr("The integration could not be read: %1").arg(error));
            m_status->setVisible(true);
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
