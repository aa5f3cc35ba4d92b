#include "SettingsPane.h"

#include "Database.h"
#include "Engine.h"
#include "SettingsCommands.h"
#include "widgets/SettingsDatabaseForm.h"
#include "widgets/SettingsDesktopForm.h"
#include "widgets/SettingsLimitsForm.h"
#include "widgets/SettingsMailForm.h"
#include "widgets/SettingsReceiverForm.h"
#include "widgets/SettingsRetentionForm.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SettingsPane::SettingsPane(QWidget *parent)
    : EnginePane(parent)
{
    setObjectName(u"settingsPane"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_receiver = new SettingsReceiverForm(m_tabs);
    m_database = new SettingsDatabaseForm(m_tabs);
    m_mail = new SettingsMailForm(m_tabs);
    m_retention = new SettingsRetentionForm(m_tabs);
    addForm(m_receiver, tr("Receiver"));
    addForm(m_database, tr("Database"));
    addForm(m_mail, tr("Mail"));
    addForm(new SettingsLimitsForm(m_tabs), tr("Limits"));
    addForm(m_retention, tr("Retention"));
    addForm(new SettingsDesktopForm(m_tabs), tr("Desktop"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"settingsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(u"settingsRevertButton"_s);
    m_revert->setAccessibleName(tr("Revert the changes on this tab"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"settingsSaveButton"_s);
    m_save->setAccessibleName(tr("Save this tab's settings"));

    m_saveAction = new QAction(tr("Save Settings"), this);
    m_saveAction->setObjectName(u"saveSettingsAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    m_save->setToolTip(m_saveAction->shortcut().toString(QKeySequence::NativeText));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    const auto save = [this] {
        if (SettingsForm *form = currentForm(); form && form->canSave()) {
            showStatus({}, false);
            form->save();
        }
    };
    connect(m_save, &QPushButton::clicked, this, save);
    connect(m_saveAction, &QAction::triggered, this, save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (SettingsForm *form = currentForm()) {
            form->reload();
            showStatus({}, false);
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        showStatus({}, false);
        updateButtons();
    });
    updateButtons();
}

void SettingsPane::addForm(SettingsForm *form, const QString &title)
{
    const int index = m_tabs->addTab(form, title);
    form->setAccessibleName(title);
    connect(form, &SettingsForm::dirtyChanged, this, [this, index, title](bool dirty) {
        m_tabs->setTabText(index,
                           dirty ? tr("%1 •", "a settings tab with unsaved changes").arg(title) : title);
        updateButtons();
    });
    connect(form, &SettingsForm::canSaveChanged, this, &SettingsPane::updateButtons);
    connect(form, &SettingsForm::saved, this, [this](const QString &message) { showStatus(message, false); });
    connect(form, &SettingsForm::refused, this,
            [this](const QString &message) { showStatus(message, true); });
}

void SettingsPane::setEngine(Engine *engine)
{
    m_engine = engine;
    // The mail form lets go of the old commands before they are deleted.
    m_mail->setCommands(nullptr);
    m_retention->setCommands(nullptr);
    delete m_commands.data();
    if (engine) {
        m_commands = SettingsCommands::create(*engine, nullptr, this).release();
        m_mail->setCommands(m_commands);
        m_retention->setCommands(m_commands);
    }
    const bool up = engine && engine->database();
    m_receiver->setRunning(up ? engine->config().listenUrl(engine->port()) : QString());
    m_database->setRunning(up ? engine->database()->config().describe() : QString());
}

void SettingsPane::showEvent(QShowEvent *event)
{
    EnginePane::showEvent(event);
    if (m_commands && !m_mail->isDirty())
        m_mail->reload();
    if (m_commands && !m_retention->isDirty())
        m_retention->reload();
}

SettingsForm *SettingsPane::currentForm() const
{
    return qobject_cast<SettingsForm *>(m_tabs->currentWidget());
}

void SettingsPane::updateButtons()
{
    const SettingsForm *form = currentForm();
    m_save->setEnabled(form && form->canSave() && form->isDirty());
    m_revert->setEnabled(form && form->isDirty());
    m_saveAction->setEnabled(m_save->isEnabled());
}

void SettingsPane::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    // The red of FieldErrorLabel, readable on light and dark themes; otherwise the palette of the moment, so
    // a switch between light and dark follows.
    QPalette p;
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xd0, 0x31, 0x2d));
    m_status->setPalette(p);
}

} // namespace nestogy
