#include "RemapDeviceDialog.h"

#include "ClientAssetList.h"
#include "Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

RemapDeviceDialog::RemapDeviceDialog(Database &db, const DeviceMappingRow &device, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_device(device)
{
    setObjectName(u"remapDeviceDialog"_s);
    const QString name = !device.deviceName.isEmpty() ? device.deviceName
                         : !device.hostname.isEmpty() ? device.hostname
                                                      : device.rmmDeviceId;
    setWindowTitle(tr("Remap device %1").arg(name));

    auto *current = new QLabel(this);
    current->setObjectName(u"remapCurrent"_s);
    current->setWordWrap(true);
    current->setTextFormat(Qt::PlainText);
    const QString client = device.clientId > 0 ? device.clientName : tr("no client");
    const QString asset = device.assetId > 0 ? device.assetName : tr("no asset");
    current->setText(tr("%1 (from %2) belongs to %3, %4. Its future alerts go to the client chosen here.")
                         .arg(name, device.integrationName, client, asset));

    m_client = new QComboBox(this);
    m_client->setObjectName(u"remapClientCombo"_s);
    m_client->setAccessibleName(tr("Client"));
    m_asset = new QComboBox(this);
    m_asset->setObjectName(u"remapAssetCombo"_s);
    m_asset->setAccessibleName(tr("Asset"));
    m_asset->setToolTip(tr("Leave at \"No asset chosen\" to keep the device's asset if it is this client's"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"remapProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"remapButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Remap"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"remapOkButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"remapCancelButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Asset:"), m_asset);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    QSqlDatabase connection = m_db.connection();
    QString error;
    const auto clients = ClientAssetList::clients(connection, &error);
    if (!clients) {
        m_problem->setText(tr("The clients could not be read: %1").arg(error));
        m_problem->show();
    } else if (clients->isEmpty()) {
        m_problem->setText(tr("There are no clients yet. Add clients first, then map devices to them."));
        m_problem->show();
    }
    for (const ClientAssetList::Entry &c : clients.value_or(QList<ClientAssetList::Entry>{}))
        m_client->addItem(c.name, c.id);
    if (const int at = m_client->findData(device.clientId); at >= 0)
        m_client->setCurrentIndex(at);

    connect(m_client, &QComboBox::currentIndexChanged, this, &RemapDeviceDialog::loadAssets);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &RemapDeviceDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadAssets();
}

void RemapDeviceDialog::loadAssets()
{
    const QSignalBlocker quiet(m_asset);
    m_asset->clear();
    m_asset->addItem(tr("No asset chosen"), qint64(0));
    const qint64 clientId = m_client->currentData().toLongLong();
    if (clientId > 0) {
        QSqlDatabase connection = m_db.connection();
        QString error;
        const auto assets = ClientAssetList::assets(connection, clientId, &error);
        if (!assets) {
            m_problem->setText(tr("The assets could not be read: %1").arg(error));
            m_problem->show();
        }
        for (const ClientAssetList::Entry &a : assets.value_or(QList<ClientAssetList::Entry>{}))
            m_asset->addItem(a.detail.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.detail), a.id);
    }
    if (const int at = m_asset->findData(m_device.assetId); m_device.assetId > 0 && at >= 0)
        m_asset->setCurrentIndex(at);
    updateOk();
}

DeviceActions::Target RemapDeviceDialog::target() const
{
    return DeviceActions::Target{m_client->currentData().toLongLong(), m_asset->currentData().toLongLong()};
}

void RemapDeviceDialog::updateOk()
{
    const DeviceActions::Target t = target();
    const bool changes = t.clientId > 0 && (t.clientId != m_device.clientId ||
                                            (t.assetId > 0 && t.assetId != m_device.assetId));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(changes);
}

} // namespace nestogy
