#include "SettingsMailForm.h"

#include "DesktopActor.h"
#include "EmptyStateLabel.h"
#include "FieldErrorLabel.h"
#include "SecretField.h"
#include "SettingsCommands.h"
#include "SmtpSettings.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
QLabel *messageLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}
} // namespace

SettingsMailForm::SettingsMailForm(QWidget *parent)
    : SettingsForm(parent)
{
    setObjectName(u"settingsMailForm"_s);
    m_empty = new EmptyStateLabel(tr("The mail server is set up here once the alert receiver has opened its "
                                     "database."),
                                  this);
    m_content = new QWidget(this);
    m_content->setObjectName(u"mailContent"_s);
    buildFields(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);
    setCommands(nullptr);
}

void SettingsMailForm::buildFields(QWidget *content)
{
    m_readError = messageLabel(u"mailReadError"_s, content);
    m_environment = messageLabel(u"mailEnvironmentNote"_s, content);
    m_environment->setText(tr("NESTOGY_SMTP_HOST is set in this program's environment: this receiver sends "
                              "mail with the NESTOGY_SMTP_* values instead of the settings below."));
    m_vaultBox = new QWidget(content);
    m_vaultBox->setVisible(false);
    m_vault = messageLabel(u"mailVaultNote"_s, m_vaultBox);
    m_vault->setVisible(true);
    auto *retry = new QPushButton(tr("Try &again"), m_vaultBox);
    retry->setObjectName(u"mailVaultRetryButton"_s);
    retry->setAccessibleName(tr("Read the master key again"));
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_commands)
            m_commands->unlockVault();
    });
    auto *vaultRow = new QHBoxLayout(m_vaultBox);
    vaultRow->setContentsMargins(0, 0, 0, 0);
    vaultRow->addWidget(m_vault, 1);
    vaultRow->addWidget(retry);

    const auto edit = [content](const QString &name, const QString &accessible) {
        auto *e = new QLineEdit(content);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        return e;
    };
    m_host = edit(u"smtpHostEdit"_s, tr("SMTP server"));
    m_host->setPlaceholderText(u"mail.example.com"_s);
    m_security = new QComboBox(content);
    m_security->setObjectName(u"smtpSecurityCombo"_s);
    m_security->setAccessibleName(tr("Connection security"));
    m_security->addItem(tr("STARTTLS"), u"starttls"_s);
    m_security->addItem(tr("TLS from the start"), u"tls"_s);
    m_security->addItem(tr("None (plain text)"), u"none"_s);
    m_port = new QSpinBox(content);
    m_port->setObjectName(u"smtpPortSpin"_s);
    m_port->setAccessibleName(tr("SMTP port"));
    m_port->setRange(1, 65535);
    m_username = edit(u"smtpUsernameEdit"_s, tr("SMTP user name"));
    m_username->setPlaceholderText(tr("None: send without signing in"));
    m_password = new SecretField(u"smtp_password"_s, tr("SMTP password"), content);
    m_password->setToolTip(tr("Used only with a user name; saving without a user name removes it."));
    m_from = edit(u"smtpFromEdit"_s, tr("Sender address"));
    m_from->setPlaceholderText(u"desk@msp.example"_s);
    m_caFile = edit(u"smtpCaFileEdit"_s, tr("Extra CA certificates file"));
    m_caFile->setPlaceholderText(tr("None: the system's certificates"));
    m_caBrowse = new QPushButton(tr("&Browse…"), content);
    m_caBrowse->setObjectName(u"smtpCaFileBrowseButton"_s);
    m_caBrowse->setAccessibleName(tr("Choose the CA certificates file"));
    m_hostError = new FieldErrorLabel(m_host, content);
    m_portError = new FieldErrorLabel(m_port, content);
    m_securityError = new FieldErrorLabel(m_security, content);
    m_usernameError = new FieldErrorLabel(m_username, content);
    m_fromError = new FieldErrorLabel(m_from, content);
    m_caFileError = new FieldErrorLabel(m_caFile, content);

    auto *ca = new QWidget(content);
    auto *caRow = new QHBoxLayout(ca);
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *form = new QFormLayout;
    addRow(form, tr("SMTP &host:"), m_host, nullptr, m_hostError);
    addRow(form, tr("S&ecurity:"), m_security, nullptr, m_securityError);
    addRow(form, tr("P&ort:"), m_port, nullptr, m_portError);
    addRow(form, tr("&User name:"), m_username, nullptr, m_usernameError);
    addRow(form, tr("Pass&word:"), m_password);
    addRow(form, tr("Se&nder:"), m_from, nullptr, m_fromError);
    addRow(form, tr("&CA certificates:"), m_caFile, ca, m_caFileError);

    auto *test = new QGroupBox(tr("Test"), content);
    test->setObjectName(u"testMailGroup"_s);
    m_testTo = new QLineEdit(test);
    m_testTo->setObjectName(u"testMailToEdit"_s);
    m_testTo->setAccessibleName(tr("Send the test mail to"));
    m_testTo->setPlaceholderText(tr("you@msp.example"));
    m_testToError = new FieldErrorLabel(m_testTo, test);
    m_test = new QPushButton(tr("Send &test mail"), test);
    m_test->setObjectName(u"sendTestMailButton"_s);
    m_test->setAccessibleName(tr("Send a test mail with the saved settings"));
    m_testResult = messageLabel(u"testMailResult"_s, test);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(m_test);
    auto *testLayout = new QVBoxLayout(test);
    testLayout->addLayout(testRow);
    testLayout->addWidget(m_testToError);
    testLayout->addWidget(m_testResult);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readError);
    layout->addWidget(m_environment);
    layout->addWidget(m_vaultBox);
    layout->addLayout(form);
    layout->addWidget(test);
    layout->addWidget(
        addNote(tr("Used by every workstation and receiver sharing this database, for client and "
                   "technician mail."),
                u"mailNote"_s));
    layout->addStretch(1);

    for (QLineEdit *e : {m_host, m_username, m_from, m_caFile})
        watch(e);
    watch(m_port);
    watch(m_security);
    connect(m_password, &SecretField::edited, this, [this] { setDirty(true); });
    connect(m_security, &QComboBox::currentIndexChanged, this, &SettingsMailForm::securityChanged);
    connect(m_username, &QLineEdit::textChanged, this,
            [this](const QString &user) { m_password->setEnabled(!user.trimmed().isEmpty()); });
    connect(m_caBrowse, &QPushButton::clicked, this, &SettingsMailForm::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, &SettingsMailForm::sendTestMail);
    connect(m_testTo, &QLineEdit::returnPressed, this, &SettingsMailForm::sendTestMail);
    connect(this, &SettingsForm::dirtyChanged, this, &SettingsMailForm::updateTestButton);
}

void SettingsMailForm::setCommands(SettingsCommands *commands)
{
    if (m_commands)
        disconnect(m_commands, nullptr, this, nullptr);
    m_commands = commands;
    m_empty->setVisible(!commands);
    m_content->setVisible(commands);
    if (commands) {
        const auto showVault = [this](bool ready, const QString &reason) {
            m_vault->setText(tr("Passwords cannot be stored or used right now: %1").arg(reason));
            m_vaultBox->setVisible(!ready);
        };
        connect(commands, &SettingsCommands::vaultStatusChanged, this, showVault);
        // The engine's vault has answered before the engine is handed to the panes.
        showVault(commands->vaultReady(), commands->vaultProblem());
        reload();
    }
    updateTestButton();
    Q_EMIT canSaveChanged();
}

void SettingsMailForm::reload()
{
    clearErrors();
    m_testResult->setVisible(false);
    QString error;
    const auto smtp = m_commands ? m_commands->read(u"smtp"_s, &error) : std::nullopt;
    m_readError->setText(tr("The mail settings could not be read: %1").arg(error));
    m_readError->setVisible(m_commands && !smtp);
    showStored(smtp.value_or(QJsonObject{}));
    setDirty(false);
}

void SettingsMailForm::showStored(const QJsonObject &smtp)
{
    m_host->setText(smtp.value(u"host").toString());
    const int security = m_security->findData(smtp.value(u"security").toString(u"starttls"_s));
    m_security->setCurrentIndex(qMax(0, security));
    SmtpSettings::Security parsed = SmtpSettings::Security::StartTls;
    SmtpSettings::parseSecurity(m_security->currentData().toString(), &parsed);
    m_port->setValue(smtp.value(u"port").toInt(SmtpSettings::defaultPort(parsed)));
    m_username->setText(smtp.value(u"username").toString());
    m_password->setStored(smtp.value(u"password_set").toBool());
    m_password->setEnabled(!m_username->text().trimmed().isEmpty());
    m_from->setText(smtp.value(u"from").toString());
    m_caFile->setText(smtp.value(u"ca_file").toString());
    m_environment->setVisible(smtp.value(u"overridden_by_environment").toBool());
}

void SettingsMailForm::securityChanged()
{
    // A port that is some security's default follows the security; one chosen by hand stays.
    const QList<int> defaults{25, SmtpSettings::defaultPort(SmtpSettings::Security::StartTls),
                              SmtpSettings::defaultPort(SmtpSettings::Security::Tls)};
    if (!defaults.contains(m_port->value()))
        return;
    SmtpSettings::Security security = SmtpSettings::Security::StartTls;
    SmtpSettings::parseSecurity(m_security->currentData().toString(), &security);
    m_port->setValue(SmtpSettings::defaultPort(security));
}

QJsonObject SettingsMailForm::body() const
{
    QJsonObject body{{u"host"_s, m_host->text().trimmed()},
                     {u"port"_s, m_port->value()},
                     {u"security"_s, m_security->currentData().toString()},
                     {u"from"_s, m_from->text().trimmed()}};
    const QString user = m_username->text().trimmed();
    if (!user.isEmpty())
        body.insert(u"username"_s, user);
    if (!m_caFile->text().trimmed().isEmpty())
        body.insert(u"ca_file"_s, m_caFile->text().trimmed());
    // Absent keeps the stored password, null removes it (see SettingsActions::checkSmtp).
    if (user.isEmpty())
        body.insert(u"password"_s, QJsonValue::Null);
    else if (const auto password = m_password->newValue())
        body.insert(u"password"_s, *password);
    return body;
}

void SettingsMailForm::save()
{
    if (!m_commands || m_busy)
        return;
    clearErrors();
    setBusy(true);
    m_commands->save(
        u"smtp"_s, body(), DesktopActor::name(), this, [this](const SettingsCommands::Outcome &o) {
            setBusy(false);
            using S = SettingsCommands::Outcome::Status;
            switch (o.status) {
            case S::Ok:
                showStored(o.stored);
                setDirty(false);
                Q_EMIT saved(
                    tr("Mail settings saved for every workstation and receiver sharing this database."));
                return;
            case S::Invalid: {
                QStringList elsewhere;
                for (const auto &problem : o.problems) {
                    if (FieldErrorLabel *label = errorFor(problem.field))
                        label->setError(problem.message);
                    else
                        elsewhere.append(u"%1: %2"_s.arg(problem.field, problem.message));
                }
                Q_EMIT refused(elsewhere.isEmpty() ? tr("Not saved: correct the marked fields.")
                                                   : tr("Not saved: %1").arg(elsewhere.join(u"; ")));
                return;
            }
            case S::VaultUnavailable:
                m_password->errorLabel()->setError(
                    tr("The password cannot be stored: %1. To fix it: %2").arg(o.message, o.fix));
                Q_EMIT refused(tr("Not saved: the password cannot be stored."));
                return;
            case S::ReadFailed:
            case S::WriteFailed:
                Q_EMIT refused(tr("The mail settings could not be saved: %1").arg(o.message));
                return;
            }
        });
}

FieldErrorLabel *SettingsMailForm::errorFor(const QString &field) const
{
    if (field == u"host")
        return m_hostError;
    if (field == u"port")
        return m_portError;
    if (field == u"security")
        return m_securityError;
    if (field == u"username")
        return m_usernameError;
    if (field == u"password")
        return m_password->errorLabel();
    if (field == u"from")
        return m_fromError;
    if (field == u"ca_file")
        return m_caFileError;
    return nullptr;
}

void SettingsMailForm::clearErrors()
{
    for (FieldErrorLabel *label : {m_hostError, m_portError, m_securityError, m_usernameError,
                                   m_password->errorLabel(), m_fromError, m_caFileError})
        label->clearError();
}

void SettingsMailForm::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("CA certificates (PEM)"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_caFile->setText(file); });
    dialog->open();
}

void SettingsMailForm::sendTestMail()
{
    if (!m_commands || m_sending || isDirty())
        return;
    const QString to = m_testTo->text().trimmed();
    if (!SettingsActions::isMailAddress(to)) {
        m_testToError->setError(tr("Enter the address to send the test mail to"));
        return;
    }
    m_testToError->clearError();
    QString error;
    m_sending = true;
    const bool sending = m_commands->sendTestMail(
        to, this,
        [this, to](const QString &failure) {
            m_sending = false;
            m_testResult->setText(failure.isEmpty()
                                      ? tr("The mail server took the test mail for %1.").arg(to)
                                      : tr("The mail server did not take the test mail: %1").arg(failure));
            updateTestButton();
        },
        &error);
    if (!sending) {
        m_sending = false;
        m_testResult->setText(tr("No test mail was sent: %1").arg(error));
    } else {
        m_testResult->setText(tr("Sending the test mail to %1…").arg(to));
    }
    m_testResult->setVisible(true);
    updateTestButton();
}

void SettingsMailForm::setBusy(bool busy)
{
    m_busy = busy;
    m_content->setEnabled(!busy);
    Q_EMIT canSaveChanged();
}

void SettingsMailForm::updateTestButton()
{
    m_test->setEnabled(m_commands && !m_sending && !isDirty());
    m_test->setToolTip(isDirty() ? tr("Save first: the test mail is sent with the saved settings.")
                                 : QString());
}

} // namespace nestogy
