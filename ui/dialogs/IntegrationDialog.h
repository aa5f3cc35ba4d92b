#pragma once

#include "Integration.h"
#include "IntegrationDraftCheck.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace nestogy {

class CredentialsEditor;
class EngineCommands;
class FieldErrorLabel;
class FieldMappingEditor;
class RoutingRulesEditor;
class SeverityMapEditor;

// Creates or edits one RMM integration: provider (or a generic preset), name, client, API endpoint,
// webhook authentication and secrets, API credentials, the generic field mapping with a live preview, the
// severity map and the alert rules. Every change is checked by the engine at once and each problem is shown
// at its field; OK and Apply stay disabled until the engine would accept the integration. It saves through
// the engine's IntegrationCommands only. Test connection tries the provider's API with the values shown,
// without saving them (DeviceSyncCommands::testDraft).
class IntegrationDialog : public QDialog
{
    Q_OBJECT

public:
    // Edits `existing`, or creates a new integration when it is nullopt.
    explicit IntegrationDialog(EngineCommands &engine, std::optional<Integration> existing = std::nullopt,
                               QWidget *parent = nullptr);

    // The integration as last saved; nullopt until the first save of a new one.
    std::optional<Integration> integration() const { return m_integration; }
    // What would be sent to the engine now (the management API's body shape, without unchanged fields).
    QJsonObject draftBody() const;
    IntegrationDraftCheck::Problems problems() const { return m_problems; }

public Q_SLOTS:
    // Saves and closes once the engine has committed; refuses (and shows why) while anything is invalid.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void saved(const QString &uuid);

private:
    QWidget *buildGeneralTab();
    void fillProviders();
    void fillClients();
    void load(const Integration &integration);
    void providerChosen();
    void revalidate();
    void showProblems();
    void save(bool close);
    void rotate(const QString &field);
    // Tests the API with what the dialog holds now, saved or not; the result shows under the credentials.
    void testConnection();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    Provider provider() const;
    QJsonObject draftSettings() const;

    EngineCommands &m_engine;
    std::optional<Integration> m_integration;
    QJsonObject m_settings; // settings as stored or suggested by a preset; the severity map is edited here
    IntegrationDraftCheck::Problems m_problems;
    QString m_defaultName;
    bool m_busy = false;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_presetHint = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_client = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QWidget *m_endpointRow = nullptr;
    QLabel *m_endpointLabel = nullptr;
    FieldErrorLabel *m_providerError = nullptr;
    FieldErrorLabel *m_nameError = nullptr;
    FieldErrorLabel *m_clientError = nullptr;
    FieldErrorLabel *m_endpointError = nullptr;
    CredentialsEditor *m_credentials = nullptr;
    FieldMappingEditor *m_mapping = nullptr;
    SeverityMapEditor *m_severityMap = nullptr;
    RoutingRulesEditor *m_routing = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace nestogy
