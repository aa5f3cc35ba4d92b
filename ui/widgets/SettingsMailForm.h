#pragma once

#include "SettingsCommands.h"
#include "SettingsForm.h"

#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nestogy {

class EmptyStateLabel;
class FieldErrorLabel;
class SecretField;

// The installation's mail server (settings section "smtp", shared by every workstation and receiver on the
// database): host, port, security, user, password (sealed by the vault; once stored only "set" with
// Replace), sender and an extra CA file. Saved through SettingsCommands, so it refuses exactly what the API
// refuses, marked at each field; "Send test mail" tries the stored settings.
class SettingsMailForm : public SettingsForm
{
    Q_OBJECT

public:
    explicit SettingsMailForm(QWidget *parent = nullptr);

    // The running engine's settings commands; null shows the empty state. Must outlive its use here.
    void setCommands(SettingsCommands *commands);

    void reload() override;
    void save() override;
    bool canSave() const override { return m_commands && !m_busy; }

private:
    void buildFields(QWidget *content);
    void showStored(const QJsonObject &smtp);
    QJsonObject body() const;
    void securityChanged();
    void browseCaFile();
    void sendTestMail();
    void setBusy(bool busy);
    void updateTestButton();
    void clearErrors();
    FieldErrorLabel *errorFor(const QString &field) const;

    QPointer<SettingsCommands> m_commands;
    bool m_busy = false;
    bool m_sending = false;
    EmptyStateLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_readError = nullptr;
    QLabel *m_environment = nullptr;
    QWidget *m_vaultBox = nullptr;
    QLabel *m_vault = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_username = nullptr;
    SecretField *m_password = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    FieldErrorLabel *m_hostError = nullptr;
    FieldErrorLabel *m_portError = nullptr;
    FieldErrorLabel *m_securityError = nullptr;
    FieldErrorLabel *m_usernameError = nullptr;
    FieldErrorLabel *m_fromError = nullptr;
    FieldErrorLabel *m_caFileError = nullptr;
    QLineEdit *m_testTo = nullptr;
    FieldErrorLabel *m_testToError = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace nestogy
