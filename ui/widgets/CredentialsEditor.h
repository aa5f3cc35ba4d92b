#pragma once

#include "Integration.h"
#include "IntegrationDraftCheck.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nestogy {

class FieldErrorLabel;
class SecretField;

// The credentials part of the integration dialog: how the provider's sender proves itself on the webhook
// (a method and the secrets it needs), the webhook URL to give the sender, and the provider's API
// credentials with a Test connection button. Secrets already stored show as "set"; only new values and
// removals leave this editor.
class CredentialsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsEditor(QWidget *parent = nullptr);

    // Builds the fields of `provider`; `preferredMethod` is selected when the provider has it.
    void setProvider(Provider provider, const QString &preferredMethod = {});
    // What a saved integration has: its stored secrets, the method in use and its webhook URL.
    void load(const Integration &integration, const QString &storedAuthMethod, const QString &webhookUrl);

    QString method() const;
    // The body's "credentials": new values, null for webhook secrets the chosen method no longer uses (so
    // they stop working), and a generic integration's auth_method.
    QJsonObject credentialsBody() const;
    void showProblems(const IntegrationDraftCheck::Problems &problems);
    void showRotatedSecret(const QString &field, const QString &secret);
    // While a connection test runs: the button is disabled and the result line says so.
    void setTesting(bool testing);
    // The outcome of a connection test, shown under the API credentials ("" clears it).
    void showTestResult(const QString &text, bool error);
    SecretField *field(const QString &name) const { return m_fields.value(name); }

Q_SIGNALS:
    void changed();
    void rotateRequested(const QString &field);
    void testConnectionRequested();

private:
    void rebuildFields();
    void updateVisibleFields();
    bool isStored(const QString &field) const;
    static QString credentialLabel(Provider provider, const QString &field);
    static QString methodLabel(Provider provider, const QString &method);

    Provider m_provider = Provider::Generic;
    std::optional<Integration> m_stored;
    QString m_storedAuthMethod;
    QComboBox *m_method = nullptr;
    FieldErrorLabel *m_methodError = nullptr;
    QLabel *m_methodHint = nullptr;
    QFormLayout *m_webhookForm = nullptr;
    QGroupBox *m_apiBox = nullptr;
    QFormLayout *m_apiForm = nullptr;
    QHash<QString, SecretField *> m_fields;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_copyUrl = nullptr;
    bool m_loading = false;
};

} // namespace nestogy
