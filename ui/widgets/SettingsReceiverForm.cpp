#include "SettingsReceiverForm.h"

#include "EngineConfig.h"
#include "FieldErrorLabel.h"
#include "SettingsLocal.h"
#include "TlsCredentials.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SettingsReceiverForm::SettingsReceiverForm(QWidget *parent)
    : SettingsForm(parent)
{
    setObjectName(u"settingsReceiverForm"_s);
    const EngineConfig defaults;

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"listenHostEdit"_s);
    m_host->setAccessibleName(tr("Listen address"));
    m_host->setPlaceholderText(defaults.listenHost);
    m_host->setToolTip(tr("An IP address of this computer, 0.0.0.0 for every IPv4 interface, :: for every "
                          "interface, or localhost."));
    m_hostError = new FieldErrorLabel(m_host, this);

    m_port = new QSpinBox(this);
    m_port->setObjectName(u"listenPortSpin"_s);
    m_port->setAccessibleName(tr("Listen port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default (%1)").arg(defaults.listenPort));

    m_tlsCert = new QLineEdit(this);
    m_tlsCert->setObjectName(u"tlsCertFileEdit"_s);
    m_tlsCert->setAccessibleName(tr("TLS certificate file"));
    m_tlsCert->setPlaceholderText(tr("None: plain HTTP"));
    m_tlsCert->setToolTip(tr("PEM file with this receiver's certificate, followed by the intermediate "
                             "certificates it was issued under."));
    m_tlsCertBrowse = new QPushButton(tr("&Browse…"), this);
    m_tlsCertBrowse->setObjectName(u"tlsCertFileBrowseButton"_s);
    m_tlsCertBrowse->setAccessibleName(tr("Choose the TLS certificate file"));
    m_tlsCertError = new FieldErrorLabel(m_tlsCert, this);

    m_tlsKey = new QLineEdit(this);
    m_tlsKey->setObjectName(u"tlsKeyFileEdit"_s);
    m_tlsKey->setAccessibleName(tr("TLS private key file"));
    m_tlsKey->setPlaceholderText(tr("None: plain HTTP"));
    m_tlsKey->setToolTip(tr("PEM file with the certificate's private key. An encrypted key needs its "
                            "passphrase in NESTOGY_TLS_KEY_PASSPHRASE."));
    m_tlsKeyBrowse = new QPushButton(tr("Bro&wse…"), this);
    m_tlsKeyBrowse->setObjectName(u"tlsKeyFileBrowseButton"_s);
    m_tlsKeyBrowse->setAccessibleName(tr("Choose the TLS private key file"));
    m_tlsKeyError = new FieldErrorLabel(m_tlsKey, this);

    m_running = new QLabel(this);
    m_running->setObjectName(u"receiverRunning"_s);
    m_running->setWordWrap(true);
    m_running->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    addRow(form, tr("Listen &address:"), m_host, nullptr, m_hostError);
    addRow(form, tr("&Port:"), m_port);
    addRow(form, tr("TLS c&ertificate:"), m_tlsCert, fileRow(m_tlsCert, m_tlsCertBrowse), m_tlsCertError);
    addRow(form, tr("TLS private &key:"), m_tlsKey, fileRow(m_tlsKey, m_tlsKeyBrowse), m_tlsKeyError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_running);
    layout->addWidget(
        addNote(tr("Takes effect when Nestogy desk is started again; --listen, --tls-cert and --tls-key on "
                   "the command line (or NESTOGY_TLS_CERT and NESTOGY_TLS_KEY) win over these. With a "
                   "certificate and its key, webhooks are received over HTTPS, as senders on the internet "
                   "need; without them over plain HTTP, for the local network only."),
                u"receiverNote"_s));
    layout->addStretch(1);

    watch(m_host);
    watch(m_port);
    watch(m_tlsCert);
    watch(m_tlsKey);
    connect(m_tlsCertBrowse, &QPushButton::clicked, this,
            [this] { browse(m_tlsCert, tr("TLS certificate (PEM)"), u"tlsCertFileDialog"_s); });
    connect(m_tlsKeyBrowse, &QPushButton::clicked, this,
            [this] { browse(m_tlsKey, tr("TLS private key (PEM)"), u"tlsKeyFileDialog"_s); });
    setRunning({});
    reload();
}

QWidget *SettingsReceiverForm::fileRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void SettingsReceiverForm::browse(QLineEdit *edit, const QString &title, const QString &dialogName)
{
    auto *dialog = new QFileDialog(this, title);
    dialog->setObjectName(dialogName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM files (*.pem *.crt *.cer *.key)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, edit, [edit](const QString &file) { edit->setText(file); });
    dialog->open();
}

bool SettingsReceiverForm::checkTls(const QString &cert, const QString &key)
{
    m_tlsCertError->clearError();
    m_tlsKeyError->clearError();
    if (cert.isEmpty() && key.isEmpty())
        return true;
    if (key.isEmpty()) {
        m_tlsKeyError->setError(tr("Choose the private key of this certificate too, or clear the certificate "
                                   "to receive over plain HTTP."));
        return false;
    }
    if (cert.isEmpty()) {
        m_tlsCertError->setError(
            tr("Choose the certificate of this key too, or clear the key to receive over plain HTTP."));
        return false;
    }
    // The check the engine makes when it starts, so what is stored here is what it accepts.
    TlsCredentials::Problem problem;
    if (TlsCredentials::load(cert, key, EngineConfig::tlsKeyPassphraseFromEnvironment(), &problem))
        return true;
    (problem.field == TlsCredentials::Field::Key ? m_tlsKeyError : m_tlsCertError)
        ->setError(tr("Cannot serve HTTPS with this: %1").arg(problem.message));
    return false;
}

void SettingsReceiverForm::setRunning(const QString &url)
{
    m_running->setText(url.isEmpty() ? tr("The receiver is not running.")
                                     : tr("Receiving webhooks now on %1.").arg(url));
}

void SettingsReceiverForm::reload()
{
    const SettingsLocal::Values v = SettingsLocal::load();
    m_host->setText(v.listenHost);
    m_port->setValue(v.listenPort);
    m_tlsCert->setText(v.tlsCertFile);
    m_tlsKey->setText(v.tlsKeyFile);
    m_hostError->clearError();
    m_tlsCertError->clearError();
    m_tlsKeyError->clearError();
    setDirty(false);
}

void SettingsReceiverForm::save()
{
    const QString host = m_host->text().trimmed();
    if (!host.isEmpty()) {
        // The engine's own parser decides, so the next start accepts what is stored here.
        const quint16 port = m_port->value() != 0 ? quint16(m_port->value()) : EngineConfig().listenPort;
        const QString text = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
        QString parsedHost;
        quint16 parsedPort = 0;
        if (const QString error = EngineConfig::parseListen(text, &parsedHost, &parsedPort);
            !error.isEmpty()) {
            m_hostError->setError(tr("Not an IP address of this computer (or localhost): %1").arg(error));
            Q_EMIT refused(tr("The listen address was not saved."));
            return;
        }
    }
    m_hostError->clearError();
    const QString cert = m_tlsCert->text().trimmed();
    const QString key = m_tlsKey->text().trimmed();
    if (!checkTls(cert, key)) {
        Q_EMIT refused(tr("The TLS certificate and key were not saved."));
        return;
    }
    SettingsLocal::Values v = SettingsLocal::load();
    v.listenHost = host;
    v.listenPort = quint16(m_port->value());
    v.tlsCertFile = cert;
    v.tlsKeyFile = key;
    SettingsLocal::save(v);
    setDirty(false);
    Q_EMIT saved(tr("Saved. The receiver uses the new settings when Nestogy desk is started again."));
}

} // namespace nestogy
