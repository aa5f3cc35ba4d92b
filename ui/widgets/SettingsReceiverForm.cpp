#include "SettingsReceiverForm.h"

#include "EngineConfig.h"
#include "FieldErrorLabel.h"
#include "SettingsLocal.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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

    m_running = new QLabel(this);
    m_running->setObjectName(u"receiverRunning"_s);
    m_running->setWordWrap(true);
    m_running->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    addRow(form, tr("Listen &address:"), m_host, nullptr, m_hostError);
    addRow(form, tr("&Port:"), m_port);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_running);
    layout->addWidget(
        addNote(tr("Takes effect when Nestogy desk is started again; --listen on the command line "
                   "wins over it. Webhooks are received over plain HTTP: to accept them from the "
                   "internet, put a TLS reverse proxy in front of this address."),
                u"receiverNote"_s));
    layout->addStretch(1);

    watch(m_host);
    watch(m_port);
    setRunning({});
    reload();
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
    m_hostError->clearError();
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
    SettingsLocal::Values v = SettingsLocal::load();
    v.listenHost = host;
    v.listenPort = quint16(m_port->value());
    SettingsLocal::save(v);
    setDirty(false);
    Q_EMIT saved(tr("Saved. The receiver uses the new address when Nestogy desk is started again."));
}

} // namespace nestogy
