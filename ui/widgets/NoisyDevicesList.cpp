#include "NoisyDevicesList.h"

#include <QHeaderView>

namespace nestogy {

NoisyDevicesList::NoisyDevicesList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Noisiest devices"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Device"), tr("Client"), tr("Integration"), tr("Occurrences"), tr("Alerts")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(DeviceColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
}

void NoisyDevicesList::setDevices(const QList<DashboardStats::NoisyDevice> &devices)
{
    clear();
    for (const auto &d : devices) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(DeviceColumn, d.deviceName.isEmpty() ? d.deviceId : d.deviceName);
        item->setToolTip(DeviceColumn, d.deviceId);
        item->setText(ClientColumn, d.client);
        item->setText(IntegrationColumn, d.integration);
        item->setText(OccurrencesColumn, QLocale().toString(d.occurrences));
        item->setText(AlertsColumn, QLocale().toString(d.alerts));
        item->setTextAlignment(OccurrencesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(AlertsColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 1; c < ColumnCount; ++c)
        resizeColumnToContents(c);
}

} // namespace nestogy
