#pragma once

#include "SettingsForm.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nestogy {

class FieldErrorLabel;

// Where this workstation's alert receiver listens for webhooks (address and port) and with which certificate
// and key it serves HTTPS, stored per workstation and used at the next start: the listener is not moved while
// it runs. The certificate and key are checked by the engine's own TLS check before they are stored.
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
    // A file field with its Browse… button, in one form cell.
    QWidget *fileRow(QLineEdit *edit, QPushButton *browse);
    void browse(QLineEdit *edit, const QString &title, const QString &dialogName);
    // Marks what keeps the certificate and key from being served; true when both are usable (or both empty).
    bool checkTls(const QString &cert, const QString &key);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    FieldErrorLabel *m_hostError = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QPushButton *m_tlsCertBrowse = nullptr;
    QPushButton *m_tlsKeyBrowse = nullptr;
    FieldErrorLabel *m_tlsCertError = nullptr;
    FieldErrorLabel *m_tlsKeyError = nullptr;
    QLabel *m_running = nullptr;
};

} // namespace nestogy
