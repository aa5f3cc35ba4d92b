#include "SettingsDesktopForm.h"

#include "SettingsLocal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SettingsDesktopForm::SettingsDesktopForm(QWidget *parent)
    : SettingsForm(parent)
{
    setObjectName(u"settingsDesktopForm"_s);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so it can be found by someone who cannot read the current one.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);

    m_startMinimized = new QCheckBox(tr("Start &minimized to the system tray"), this);
    m_startMinimized->setObjectName(u"startMinimizedCheck"_s);
    m_startMinimized->setAccessibleName(tr("Start minimized to the system tray"));

    m_notifications = new QCheckBox(tr("Desktop &notifications for urgent alerts and SLA breaches"), this);
    m_notifications->setObjectName(u"notificationsCheck"_s);
    m_notifications->setAccessibleName(tr("Desktop notifications for urgent alerts and SLA breaches"));

    auto *form = new QFormLayout;
    addRow(form, tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        addNote(tr("The language changes when Nestogy desk is started again; --lang on the command "
                   "line wins over it."),
                u"languageNote"_s));
    layout->addWidget(m_startMinimized);
    layout->addWidget(m_notifications);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        layout->addWidget(
            addNote(tr("This desktop shows no system tray right now: the window opens normally and "
                       "notifications are not shown."),
                    u"trayNote"_s));
    layout->addStretch(1);

    watch(m_language);
    watch(m_startMinimized);
    watch(m_notifications);
    reload();
}

void SettingsDesktopForm::reload()
{
    const SettingsLocal::Values v = SettingsLocal::load();
    m_language->setCurrentIndex(qMax(0, m_language->findData(v.language)));
    m_startMinimized->setChecked(v.startMinimized);
    m_notifications->setChecked(v.notifications);
    setDirty(false);
}

void SettingsDesktopForm::save()
{
    SettingsLocal::Values v = SettingsLocal::load();
    const bool languageChanged = v.language != m_language->currentData().toString();
    v.language = m_language->currentData().toString();
    v.startMinimized = m_startMinimized->isChecked();
    v.notifications = m_notifications->isChecked();
    SettingsLocal::save(v);
    setDirty(false);
    Q_EMIT saved(languageChanged ? tr("Saved. The new language is used when Nestogy desk is started again.")
                                 : tr("Saved."));
}

} // namespace nestogy
