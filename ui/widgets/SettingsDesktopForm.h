#pragma once

#include "SettingsForm.h"

class QCheckBox;
class QComboBox;

namespace nestogy {

// How the desktop application behaves on this workstation: its language (from the next start), starting
// minimized to the system tray, and desktop notifications for urgent alerts and SLA breaches.
class SettingsDesktopForm : public SettingsForm
{
    Q_OBJECT

public:
    explicit SettingsDesktopForm(QWidget *parent = nullptr);

    void reload() override;
    void save() override;

private:
    QComboBox *m_language = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_notifications = nullptr;
};

} // namespace nestogy
