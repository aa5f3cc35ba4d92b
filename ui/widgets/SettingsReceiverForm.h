#pragma once

#include "SettingsForm.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace nestogy {

class FieldErrorLabel;

// Where this workstation's alert receiver listens for webhooks (address and port), stored per workstation
// and used at the next start: the listener is not moved while it runs.
class SettingsReceiverForm : public SettingsForm
{
    Q_OBJECT

public:
    explicit SettingsReceiverForm(QWidget *parent = nullptr);

    void reload() override;
    void save() override;
    // What the running receiver uses ("" when none runs), shown beside the stored values.
    void setRunning(const QString &url);

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    FieldErrorLabel *m_hostError = nullptr;
    QLabel *m_running = nullptr;
};

} // namespace nestogy
