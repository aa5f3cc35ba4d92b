#include "CredentialsEditor.h"

#include "FieldErrorLabel.h"
#include "SecretField.h"
#include "WebhookAuthMethods.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

CredentialsEditor::CredentialsEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"credentialsEditor"_s);

    auto *webhookBox = new QGroupBox(tr("Webhook"), this);
    m_webhookForm = new QFormLayout(webhookBox);

    m_url = new QLineEdit(webhookBox);
    m_url->setObjectName(u"webhookUrlEdit"_s);
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Webhook URL"));
    m_url->setPlaceholderText(tr("Shown once the integration is saved"));
    m_copyUrl = new QPushButton(tr("Cop&y"), webhookBox);
    m_copyUrl->setObjectName(u"copyWebhookUrlButton"_s);
    m_copyUrl->setAccessibleName(tr("Copy the webhook URL"));
    m_copyUrl->setAutoDefault(false);
    m_copyUrl->setEnabled(false);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copyUrl);
    auto *urlLabel = new QLabel(tr("Webhook &URL:"), webhookBox);
    urlLabel->setBuddy(m_url);
    m_webhookForm->addRow(urlLabel, urlRow);

    m_method = new QComboBox(webhookBox);
    m_method->setObjectName(u"authMethodCombo"_s);
    m_method->setAccessibleName(tr("Webhook authentication"));
    m_methodError = new FieldErrorLabel(m_method, webhookBox);
    m_methodHint = new QLabel(webhookBox);
    m_methodHint->setObjectName(u"authMethodHint"_s);
    m_methodHint->setWordWrap(true);
    auto *methodCell = new QWidget(webhookBox);
    auto *methodLayout = new QVBoxLayout(methodCell);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    methodLayout->addWidget(m_method);
    methodLayout->addWidget(m_methodHint);
    methodLayout->addWidget(m_methodError);
    auto *methodLabel = new QLabel(tr("&Authentication:"), webhookBox);
    methodLabel->setBuddy(m_method);
    m_webhookForm->addRow(methodLabel, methodCell);

    m_apiBox = new QGroupBox(tr("API access"), this);
    auto *apiLayout = new QVBoxLayout(m_apiBox);
    m_apiForm = new QFormLayout;
    apiLayout->addLayout(m_apiForm);
    m_test = new QPushButton(tr("&Test connection"), m_apiBox);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setAccessibleName(tr("Test the API connection"));
    m_test->setToolTip(tr("Sign in to the RMM API with the values shown here (saved or not) and read one "
                          "page of devices"));
    m_test->setAutoDefault(false);
    m_testResult = new QLabel(m_apiBox);
    m_testResult->setObjectName(u"testConnectionResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    apiLayout->addLayout(testRow);
    connect(m_test, &QPushButton::clicked, this, &CredentialsEditor::testConnectionRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(webhookBox);
    layout->addWidget(m_apiBox);
    layout->addStretch(1);

    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleFields();
        if (!m_loading)
            Q_EMIT changed();
    });
}

QString CredentialsEditor::credentialLabel(Provider provider, const QString &field)
{
    if (field == u"url_token")
        return tr("URL token");
    if (field == u"bearer_token")
        return tr("Bearer token");
    if (field == u"header_name")
        return tr("Header name");
    if (field == u"header_value")
        return tr("Header value");
    if (field == u"shared_secret")
        return tr("Shared secret");
    if (field == u"hmac_secret")
        return tr("HMAC secret");
    if (field == u"api_key")
        return provider == Provider::Datto ? tr("API key") : tr("Webhook API key");
    if (field == u"api_secret")
        return tr("API secret");
    if (field == u"username")
        return provider == Provider::ConnectWise ? tr("API user name") : tr("User name");
    if (field == u"password")
        return provider == Provider::ConnectWise ? tr("API password") : tr("Password");
    if (field == u"client_id")
        return provider == Provider::ConnectWise ? tr("Client id (ClientId header)") : tr("OAuth client id");
    if (field == u"client_secret")
        return tr("OAuth client secret");
    return field;
}

QString CredentialsEditor::methodLabel(Provider provider, const QString &method)
{
    if (method == u"bearer")
        return tr("Bearer token (Authorization header)");
    if (method == u"header")
        return tr("Custom header");
    if (method == u"hmac")
        return provider == Provider::Datto ? tr("HMAC signature (X-Datto-Signature)")
                                           : tr("HMAC signature (X-Signature)");
    if (method == u"api_key")
        return provider == Provider::ConnectWise ? tr("API key (X-CW-API-Key header or api_key field)")
                                                 : tr("API key (X-API-Key header)");
    if (method == u"basic")
        return tr("User name and password (Basic)");
    if (method == u"url_token")
        return tr("Token in the URL (?token=)");
    if (method == u"none")
        return tr("None: anyone who knows the URL");
    return method;
}

void CredentialsEditor::setProvider(Provider provider, const QString &preferredMethod)
{
    m_loading = true;
    const QString previous = m_method->currentData().toString();
    m_provider = provider;
    m_method->clear();
    const auto methods = WebhookAuthMethods::forProvider(provider);
    for (const auto &m : methods)
        m_method->addItem(methodLabel(provider, m.id), m.id);
    int index = m_method->findData(preferredMethod.isEmpty() ? previous : preferredMethod);
    m_method->setCurrentIndex(qMax(0, index));
    rebuildFields();
    m_loading = false;
}

void CredentialsEditor::load(const Integration &integration, const QString &storedAuthMethod,
                             const QString &webhookUrl)
{
    m_stored = integration;
    m_storedAuthMethod = storedAuthMethod;
    const QString method =
        WebhookAuthMethods::detect(integration.provider, integration.credentialsSet, storedAuthMethod);
    setProvider(integration.provider, method);
    m_url->setText(webhookUrl);
    m_copyUrl->setEnabled(!webhookUrl.isEmpty());
}

bool CredentialsEditor::isStored(const QString &field) const
{
    return m_stored && m_stored->provider == m_provider && m_stored->credentialsSet.contains(field);
}

void CredentialsEditor::rebuildFields()
{
    // Fields differ per provider (api_key is a webhook key for one and an API credential for another).
    while (m_webhookForm->rowCount() > 2)
        m_webhookForm->removeRow(2);
    while (m_apiForm->rowCount() > 0)
        m_apiForm->removeRow(0);
    m_fields.clear();
    const auto add = [this](QFormLayout *form, QWidget *box, const QString &name) {
        auto *field = new SecretField(name, credentialLabel(m_provider, name), box);
        field->setGeneratable(WebhookAuthMethods::isGeneratable(m_provider, name));
        field->setStored(isStored(name));
        field->setRotatable(isStored(name));
        auto *label = new QLabel(credentialLabel(m_provider, name) + u':', box);
        label->setBuddy(field->lineEdit());
        form->addRow(label, field);
        m_fields.insert(name, field);
        connect(field, &SecretField::edited, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
        connect(field, &SecretField::rotateRequested, this, &CredentialsEditor::rotateRequested);
    };
    const QStringList webhook = WebhookAuthMethods::webhookFields(m_provider);
    for (const QString &name : webhook)
        add(m_webhookForm, m_webhookForm->parentWidget(), name);
    const QStringList api = WebhookAuthMethods::apiFields(m_provider);
    for (const QString &name : api)
        add(m_apiForm, m_apiBox, name);
    m_apiBox->setVisible(!api.isEmpty());
    showTestResult({}, false);
    updateVisibleFields();
}

void CredentialsEditor::updateVisibleFields()
{
    const QString id = method();
    const auto chosen = WebhookAuthMethods::find(m_provider, id);
    for (int row = 2; row < m_webhookForm->rowCount(); ++row) {
        auto *field =
            qobject_cast<SecretField *>(m_webhookForm->itemAt(row, QFormLayout::FieldRole)->widget());
        m_webhookForm->setRowVisible(row, field && chosen && chosen->fields.contains(field->name()));
    }
    if (id == u"url_token")
        m_methodHint->setText(tr("Give the sender the webhook URL followed by ?token= and the URL token."));
    else if (id == u"header")
        m_methodHint->setText(tr("Add this header to the webhook in the RMM."));
    else if (id == u"none")
        m_methodHint->setText(
            tr("Anyone who learns the URL can post alerts. Use only on a trusted network."));
    else
        m_methodHint->clear();
    m_methodHint->setVisible(!m_methodHint->text().isEmpty());
}

QString CredentialsEditor::method() const
{
    return m_method->currentData().toString();
}

QJsonObject CredentialsEditor::credentialsBody() const
{
    QJsonObject body;
    const QString id = method();
    const auto chosen = WebhookAuthMethods::find(m_provider, id);
    const QStringList api = WebhookAuthMethods::apiFields(m_provider);
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const bool used = api.contains(it.key()) || (chosen && chosen->fields.contains(it.key()));
        if (const auto value = it.value()->newValue(); used && value)
            body.insert(it.key(), *value);
    }
    if (m_stored && m_stored->provider == m_provider) {
        const QStringList stale = WebhookAuthMethods::staleFields(m_provider, id, m_stored->credentialsSet);
        for (const QString &name : stale)
            body.insert(name, QJsonValue::Null);
    }
    if (m_provider == Provider::Generic) {
        const QString stored = WebhookAuthMethods::storedAuthMethod(id);
        if (!m_stored || m_stored->provider != m_provider || m_storedAuthMethod != stored)
            body.insert(u"auth_method"_s, stored);
    }
    return body;
}

void CredentialsEditor::showProblems(const IntegrationDraftCheck::Problems &problems)
{
    for (SecretField *field : std::as_const(m_fields))
        field->errorLabel()->setError(problems.value(u"credentials."_s + field->name()));
    QStringList general;
    for (const QString &key : {u"auth_method"_s, u"credentials"_s, u"credentials.auth_method"_s}) {
        if (problems.contains(key))
            general << problems.value(key);
    }
    m_methodError->setError(general.join(u'\n'));
}

void CredentialsEditor::setTesting(bool testing)
{
    m_test->setEnabled(!testing);
    if (testing)
        showTestResult(tr("Testing the connection…"), false);
}

void CredentialsEditor::showTestResult(const QString &text, bool error)
{
    m_testResult->setText(text);
    m_testResult->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_testResult->setPalette(p);
    m_testResult->setAccessibleDescription(text);
}

void CredentialsEditor::showRotatedSecret(const QString &name, const QString &secret)
{
    if (SecretField *field = m_fields.value(name))
        field->showNewSecret(secret);
}

} // namespace nestogy
