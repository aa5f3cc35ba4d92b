#pragma once

#include "DeviceMappingQuery.h"
#include "PagedQueryModel.h"

namespace nestogy {

class ChangeNotifier;

// The device list: RMM devices and the assets and clients they map to, stale ones marked; the shown rows
// are re-read on ChangeNotifier::devicesChanged.
class DeviceMappingTableModel : public PagedQueryModel<DeviceMappingQuery>
{
    Q_OBJECT

public:
    enum Column {
        DeviceColumn,
        HostnameColumn,
        ClientColumn,
        AssetColumn,
        IntegrationColumn,
        RmmDeviceIdColumn,
        LastSeenColumn,
        StaleColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StaleRole = FirstModelRole, // bool
        IntegrationIdRole,
        AssetIdRole,  // 0 when not mapped
        ClientIdRole, // 0 when none
        RmmDeviceIdRole,
    };
    Q_ENUM(Role)

    // changes may be null (no live updates). db must outlive the model.
    DeviceMappingTableModel(Database &db, ChangeNotifier *changes, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const DeviceMappingRow &row, int column) const;
    static QVariant raw(const DeviceMappingRow &row, int column);
};

} // namespace nestogy
