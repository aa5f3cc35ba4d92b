#pragma once

#include "DashboardStats.h"

#include <QTreeWidget>

namespace nestogy {

// The devices whose alerts fired most in the last day, noisiest first: candidates for a tuned threshold or a
// maintenance window.
class NoisyDevicesList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column {
        DeviceColumn,
        ClientColumn,
        IntegrationColumn,
        OccurrencesColumn,
        AlertsColumn,
        ColumnCount
    };

    explicit NoisyDevicesList(QWidget *parent = nullptr);

    void setDevices(const QList<DashboardStats::NoisyDevice> &devices);
};

} // namespace nestogy
