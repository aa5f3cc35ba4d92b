#include "IntegrationDialog.h"

#include "EngineCommands.h"
#include "PresetCatalog.h"
#include "widgets/CredentialsEditor.h"
#include "widgets/DesktopActor.h"
#include "widgets/FieldErrorLabel.h"
#include "widgets/FieldMappingEditor.h"
#include "widgets/ProviderLabels.h"
#include "widgets/RoutingRulesEditor.h"
#include "widgets/SeverityMapEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

enum Tab { GeneralTab, CredentialsTab, MappingTab, SeverityTab, RoutingTab };
constexpr int ProviderRole = Qt::UserRole;
constexpr int PresetRole = Qt::UserRole + 1;

// The tab a problem belongs to; -1 when it has no field in the dialog.
int tabOf(const QString &key)
{
    const QString top = key.section(u'.', 0, 0);
    if (top == u"name" || top == u"provider" || top == u"api_endpoint" || top == u"client_id" ||
        top == u"is_active")
        return GeneralTab;
    if (top == u"credentials" || top == u"auth_method")
        return CredentialsTab;
    if (top == u"field_mappings")
        return MappingTab;
    if (key == u"settings.severity_map")
        return SeverityTab;
    if (top == u"alert_rules")
        return RoutingTab;
    return -1;
}

} // namespace

IntegrationDialog::IntegrationDialog(EngineCommands &engine, std::optional<Integration> existing,
                                     QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_integration(std::move(existing))
{
    setObjectName(u"integrationDialog"_s);
    setWindowTitle(m_integration ? tr("Edit integration %1").arg(m_integration->name)
                                 : tr("New integration"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"integrationTabs"_s);
    m_tabs->setAccessibleName(tr("Integration settings"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_credentials = new CredentialsEditor(m_tabs);
    m_tabs->addTab(m_credentials, tr("&Credentials"));
    m_mapping = new FieldMappingEditor(u"mapping"_s, m_tabs);
    m_tabs->addTab(m_mapping, tr("&Mapping"));
    m_severityMap = new SeverityMapEditor(u"severityMap"_s, m_tabs);
    m_tabs->addTab(m_severityMap, tr("&Severity"));
    m_routing = new RoutingRulesEditor(u"routingRules"_s, m_tabs);
    m_tabs->addTab(m_routing, tr("&Routing"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"dialogMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(u"applyButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntegrationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IntegrationDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        revalidate();
        if (m_problems.isEmpty())
            save(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const auto changed = [this] {
        if (!m_loading)
            revalidate();
    };
    connect(m_credentials, &CredentialsEditor::changed, this, changed);
    connect(m_credentials, &CredentialsEditor::rotateRequested, this, &IntegrationDialog::rotate);
    connect(m_credentials, &CredentialsEditor::testConnectionRequested, this,
            &IntegrationDialog::testConnection);
    connect(m_mapping, &FieldMappingEditor::changed, this, changed);
    connect(m_severityMap, &SeverityMapEditor::changed, this, changed);
    connect(m_routing, &RoutingRulesEditor::changed, this, changed);
    connect(&m_engine, &EngineCommands::vaultStatusChanged, this, changed);

    m_loading = true; // filling the lists is not a choice of the admin
    fillProviders();
    fillClients();
    m_loading = false;
    if (m_integration) {
        load(*m_integration);
    } else {
        m_provider->setCurrentIndex(0);
        providerChosen();
    }
    resize(sizeHint().expandedTo(QSize(860, 600)));
}

QWidget *IntegrationDialog::buildGeneralTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_provider = new QComboBox(page);
    m_provider->setObjectName(u"providerCombo"_s);
    m_provider->setAccessibleName(tr("Provider"));
    m_providerError = new FieldErrorLabel(m_provider, page);
    m_presetHint = new QLabel(page);
    m_presetHint->setObjectName(u"presetHint"_s);
    m_presetHint->setWordWrap(true);
    m_presetHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *providerLabel = new QLabel(tr("&Provider:"), page);
    providerLabel->setBuddy(m_provider);
    form->addRow(providerLabel, FieldErrorLabel::under(m_provider, m_providerError, page));
    form->addRow(QString(), m_presetHint);

    m_name = new QLineEdit(page);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(200);
    m_nameError = new FieldErrorLabel(m_name, page);
    auto *nameLabel = new QLabel(tr("&Name:"), page);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, FieldErrorLabel::under(m_name, m_nameError, page));

    m_client = new QComboBox(page);
    m_client->setObjectName(u"clientCombo"_s);
    m_client->setAccessibleName(tr("Client"));
    m_client->setToolTip(tr("Alerts go to this client unless the RMM names one that is known."));
    m_clientError = new FieldErrorLabel(m_client, page);
    auto *clientLabel = new QLabel(tr("C&lient:"), page);
    clientLabel->setBuddy(m_client);
    form->addRow(clientLabel, FieldErrorLabel::under(m_client, m_clientError, page));

    m_endpoint = new QLineEdit(page);
    m_endpoint->setObjectName(u"endpointEdit"_s);
    m_endpoint->setAccessibleName(tr("API endpoint"));
    m_endpointError = new FieldErrorLabel(m_endpoint, page);
    m_endpointLabel = new QLabel(tr("API &endpoint:"), page);
    m_endpointLabel->setBuddy(m_endpoint);
    m_endpointRow = FieldErrorLabel::under(m_endpoint, m_endpointError, page);
    form->addRow(m_endpointLabel, m_endpointRow);

    m_active = new QCheckBox(tr("Acti&ve: accept webhooks from this integration"), page);
    m_active->setObjectName(u"activeCheck"_s);
    m_active->setAccessibleName(tr("Active"));
    m_active->setChecked(true);
    form->addRow(QString(), m_active);

    const auto changed = [this] {
        if (!m_loading)
            revalidate();
    };
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            providerChosen();
    });
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_client, &QComboBox::currentIndexChanged, this, changed);
    connect(m_endpoint, &QLineEdit::textChanged, this, changed);
    connect(m_active, &QCheckBox::toggled, this, changed);
    return page;
}

void IntegrationDialog::fillProviders()
{
    for (Provider p : {Provider::Ninja, Provider::Datto, Provider::ConnectWise, Provider::Generic}) {
        m_provider->addItem(ProviderLabels::display(p));
        m_provider->setItemData(m_provider->count() - 1, providers::toString(p), ProviderRole);
    }
    m_provider->insertSeparator(m_provider->count());
    const QList<Preset> presets = PresetCatalog::all();
    for (const Preset &preset : presets) {
        m_provider->addItem(tr("Generic: %1").arg(preset.name));
        m_provider->setItemData(m_provider->count() - 1, providers::toString(Provider::Generic),
                                ProviderRole);
        m_provider->setItemData(m_provider->count() - 1, preset.id, PresetRole);
    }
}

void IntegrationDialog::fillClients()
{
    m_client->addItem(tr("(none)"), QVariant());
    QString error;
    const QList<Client> clients = m_engine.integrations().clients(&error);
    for (const Client &c : clients)
        m_client->addItem(c.name, c.id);
    if (!error.isEmpty())
        showMessage(tr("The client list could not be read: %1").arg(error), true);
}

Provider IntegrationDialog::provider() const
{
    return providers::fromString(m_provider->currentData(ProviderRole).toString())
        .value_or(Provider::Generic);
}

void IntegrationDialog::load(const Integration &integration)
{
    m_loading = true;
    m_provider->setCurrentIndex(
        m_provider->findData(providers::toString(integration.provider), ProviderRole));
    m_name->setText(integration.name);
    m_defaultName.clear();
    const int client = integration.clientId ? m_client->findData(*integration.clientId) : 0;
    if (client < 0) // a client deleted meanwhile: shown, so the error under it makes sense
        m_client->addItem(tr("Client %1").arg(*integration.clientId), *integration.clientId);
    m_client->setCurrentIndex(client < 0 ? m_client->count() - 1 : client);
    m_endpoint->setText(integration.apiEndpoint);
    m_active->setChecked(integration.active);
    m_settings = integration.settings;
    m_severityMap->setMap(integration.settings.value(u"severity_map").toObject());
    m_routing->setRules(integration.alertRules);
    m_mapping->setMapping(integration.fieldMappings);
    m_loading = false;
    providerChosen(); // loads the stored credentials
}

void IntegrationDialog::providerChosen()
{
    m_loading = true;
    const Provider p = provider();
    const std::optional<Preset> preset = PresetCatalog::byId(m_provider->currentData(PresetRole).toString());
    const bool storedProvider = m_integration && m_integration->provider == p;
    QString method;
    if (preset) {
        method = preset->settings.value(u"auth_method").toString();
        QJsonObject suggested = preset->settings;
        suggested.remove(u"auth_method"_s); // a webhook credential, not a setting
        for (auto it = suggested.constBegin(); it != suggested.constEnd(); ++it)
            m_settings.insert(it.key(), it.value());
        m_mapping->setMapping(preset->fieldMappings);
        m_mapping->setSample(
            QString::fromUtf8(QJsonDocument(preset->sample).toJson(QJsonDocument::Indented)));
    }
    if (storedProvider)
        m_credentials->load(*m_integration, m_engine.integrations().storedAuthMethod(*m_integration),
                            IntegrationCommands::webhookUrl(m_engine.webhookBase(), *m_integration));
    else
        m_credentials->setProvider(p, method);
    m_presetHint->setText(preset ? preset->description : QString());
    m_presetHint->setVisible(preset.has_value());
    // A name the admin has not typed follows the choice.
    if (m_name->text().isEmpty() || m_name->text() == m_defaultName) {
        m_defaultName = preset ? preset->name : ProviderLabels::display(p);
        m_name->setText(m_defaultName);
    }
    const bool generic = p == Provider::Generic;
    m_endpointLabel->setVisible(!generic);
    m_endpointRow->setVisible(!generic);
    m_endpoint->setPlaceholderText(ProviderLabels::endpointExample(p));
    m_tabs->setTabVisible(MappingTab, generic);
    m_loading = false;
    revalidate();
}

QJsonObject IntegrationDialog::draftSettings() const
{
    QJsonObject settings = m_settings;
    const QJsonObject map = m_severityMap->map();
    if (map.isEmpty())
        settings.remove(u"severity_map"_s);
    else
        settings.insert(u"severity_map"_s, map);
    return settings;
}

QJsonObject IntegrationDialog::draftBody() const
{
    const Provider p = provider();
    const QJsonValue client = m_client->currentData().isValid()
                                  ? QJsonValue(m_client->currentData().toLongLong())
                                  : QJsonValue(QJsonValue::Null);
    QJsonObject body{{u"name"_s, m_name->text()},
                     {u"provider"_s, providers::toString(p)},
                     {u"client_id"_s, client},
                     {u"is_active"_s, m_active->isChecked()},
                     {u"alert_rules"_s, m_routing->rules()},
                     {u"settings"_s, draftSettings()}};
    if (p != Provider::Generic)
        body.insert(u"api_endpoint"_s, m_endpoint->text().trimmed());
    if (p == Provider::Generic)
        body.insert(u"field_mappings"_s, m_mapping->mapping());
    if (const QJsonObject credentials = m_credentials->credentialsBody(); !credentials.isEmpty())
        body.insert(u"credentials"_s, credentials);
    if (!m_integration)
        return body;
    // An update names only what changed, so the audit log says what the admin did.
    const Integration &i = *m_integration;
    const QJsonValue storedClient = i.clientId ? QJsonValue(*i.clientId) : QJsonValue(QJsonValue::Null);
    const QList<std::pair<QString, QJsonValue>> stored{{u"name"_s, i.name},
                                                       {u"provider"_s, providers::toString(i.provider)},
                                                       {u"client_id"_s, storedClient},
                                                       {u"is_active"_s, i.active},
                                                       {u"alert_rules"_s, i.alertRules},
                                                       {u"settings"_s, i.settings},
                                                       {u"api_endpoint"_s, i.apiEndpoint},
                                                       {u"field_mappings"_s, i.fieldMappings}};
    for (const auto &[key, value] : stored) {
        if (body.value(key) == value)
            body.remove(key);
    }
    return body;
}

void IntegrationDialog::revalidate()
{
    m_problems = m_engine.integrations().validate({draftBody(), m_integration, m_credentials->method()});
    m_mapping->setPreviewSettings(draftSettings());
    showProblems();
}

void IntegrationDialog::showProblems()
{
    const auto &p = m_problems;
    m_providerError->setError(p.value(u"provider"_s));
    m_nameError->setError(p.value(u"name"_s));
    m_clientError->setError(p.value(u"client_id"_s));
    m_endpointError->setError(p.value(u"api_endpoint"_s));
    m_credentials->showProblems(p);
    m_mapping->showProblems(p);
    m_severityMap->errorLabel()->setError(p.value(u"settings.severity_map"_s));
    m_routing->errorLabel()->setError(p.value(u"alert_rules"_s));

    QStringList elsewhere; // problems without a field here (settings this dialog does not edit)
    QList<bool> marked(m_tabs->count(), false);
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        const int tab = tabOf(it.key());
        if (tab < 0)
            elsewhere << tr("%1: %2").arg(it.key(), it.value());
        else
            marked[tab] = true;
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabIcon(tab, marked.at(tab) ? warning : QIcon());
        m_tabs->setTabToolTip(tab, marked.at(tab) ? tr("Something on this page needs fixing") : QString());
    }
    if (!m_engine.vaultReady())
        elsewhere << tr("Secrets cannot be stored: %1").arg(m_engine.vaultProblem());
    if (!m_busy)
        showMessage(elsewhere.join(u'\n'), !elsewhere.isEmpty());
    const bool savable = p.isEmpty() && !m_busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(savable);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(savable);
}

void IntegrationDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xd0, 0x31, 0x2d) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setAccessibleName(text);
}

void IntegrationDialog::accept()
{
    if (m_busy)
        return;
    revalidate();
    if (!m_problems.isEmpty()) {
        // Refused: take the admin to the first problem instead of closing.
        const int tab = tabOf(m_problems.firstKey());
        if (tab >= 0)
            m_tabs->setCurrentIndex(tab);
        showMessage(tr("Problems to fix before saving: %1").arg(m_problems.size()), true);
        return;
    }
    save(true);
}

void IntegrationDialog::reject()
{
    if (!m_busy) // a save in flight finishes first: its answer must find the dialog
        QDialog::reject();
}

void IntegrationDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_tabs->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
        showMessage(tr("Saving…"), false);
    }
}

void IntegrationDialog::save(bool close)
{
    setBusy(true);
    const auto done = [this, close](const IntegrationCommands::Outcome &o) {
        setBusy(false);
        using Status = IntegrationCommands::Outcome::Status;
        switch (o.status) {
        case Status::Ok:
            m_integration = o.integration;
            setWindowTitle(tr("Edit integration %1").arg(m_integration->name));
            Q_EMIT saved(m_integration->uuid);
            if (close) {
                QDialog::accept();
                return;
            }
            load(*m_integration);
            showMessage(tr("Saved."), false);
            return;
        case Status::Invalid:
            m_problems.insert(o.field, o.message);
            showProblems();
            return;
        case Status::VaultUnavailable:
            revalidate();
            showMessage(tr("Secrets cannot be stored: %1\nTo fix this: %2").arg(o.message, o.fix), true);
            return;
        case Status::NotFound:
            showMessage(tr("This integration was deleted meanwhile."), true);
            return;
        case Status::ReadFailed:
        case Status::WriteFailed:
            revalidate();
            showMessage(tr("Saving failed: %1").arg(o.message), true);
            return;
        }
    };
    if (m_integration)
        m_engine.integrations().update(m_integration->uuid, draftBody(), DesktopActor::name(), this, done);
    else
        m_engine.integrations().create(draftBody(), DesktopActor::name(), this, done);
}

void IntegrationDialog::rotate(const QString &field)
{
    if (!m_integration || m_busy)
        return;
    setBusy(true);
    m_engine.integrations().rotateSecret(
        m_integration->uuid, field, DesktopActor::name(), this,
        [this, field](const IntegrationCommands::Outcome &o) {
            setBusy(false);
            if (!o.ok()) {
                revalidate();
                showMessage(tr("The secret could not be rotated: %1").arg(o.message), true);
                return;
            }
            m_integration = o.integration;
            revalidate();
            m_credentials->showRotatedSecret(field, QString::fromLatin1(o.secret));
            showMessage(tr("A new value is stored and shown once: copy it into the sender now. The previous "
                           "value keeps working for 24 hours."),
                        false);
            Q_EMIT saved(m_integration->uuid);
        });
}

} // namespace nestogy

namespace nestogy {

void IntegrationDialog::testConnection()
{
    m_credentials->setTesting(true);
    m_engine.sync().testDraft(
        {draftBody(), m_integration, m_credentials->method()}, this,
        [this](const DeviceSyncCommands::TestOutcome &o) {
            m_credentials->setTesting(false);
            using Status = DeviceSyncCommands::TestOutcome::Status;
            switch (o.status) {
            case Status::Ok:
                if (!o.result.ok)
                    m_credentials->showTestResult(tr("Connection failed: %1").arg(o.result.error), true);
                else if (o.result.total)
                    m_credentials->showTestResult(
                        tr("Connected: the account has %n device(s).", nullptr, int(*o.result.total)), false);
                else
                    m_credentials->showTestResult(
                        tr("Connected: %n device(s) on the first page.", nullptr, o.result.devicesSeen),
                        false);
                return;
            case Status::Invalid:
                m_credentials->showTestResult(tr("Cannot test yet: %1: %2").arg(o.field, o.message), true);
                return;
            case Status::NotFound:
            case Status::Unavailable:
                m_credentials->showTestResult(tr("Cannot test: %1").arg(o.message), true);
                return;
            }
        });
}

} // namespace nestogy
