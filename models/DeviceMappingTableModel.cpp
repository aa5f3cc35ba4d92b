#include "DeviceMappingTableModel.h"

#include "ChangeNotifier.h"
#include "DisplayText.h"

#include <QColor>

namespace nestogy {

namespace {
// Header and sort of each column, in Column order.
const PagedQueryModel<DeviceMappingQuery>::ColumnSpec Columns[] = {
    {QT_TRANSLATE_NOOP("nestogy::DeviceMappingTableModel", "Device"),
     DeviceMappingQuery::Sort::Device}, // DeviceColumn
    {QT_TRANSLATE_NOOP("nestogy::DeviceMappingTableModel", "Hostname"),
     DeviceMappingQuery::Sort::Hostname}, // HostnameColumn
    {QT_TRANSLATE_NOOP("nestogy::DeviceMappingTableModel", "Client"),
     DeviceMappingQuery::Sort::Client}, // ClientColumn
    {QT_TRANSLATE_NOOP("nestogy::DeviceMappingTableModel", "Asset"),
     DeviceMappingQuery::Sort::Asset}, // AssetColumn
    {QT_TRANSLATE_NOOP("nestogy::DeviceMappingTableModel", "Integration"),
     DeviceMappingQuery::Sort::Integration}, // IntegrationColumn
    {QT_TRANSLATE_NOOP("nestogy::DeviceMappingTableModel", "RMM id"),
     DeviceMappingQuery::Sort::RmmDeviceId}, // RmmDeviceIdColumn
    {QT_TRANSLATE_NOOP("nestogy::DeviceMappingTableModel", "Last seen"),
     DeviceMappingQuery::Sort::LastSeen}, // LastSeenColumn
    {QT_TRANSLATE_NOOP("nestogy::DeviceMappingTableModel", "Stale"),
     DeviceMappingQuery::Sort::Stale}, // StaleColumn
};
} // namespace

static_assert(std::size(Columns) == DeviceMappingTableModel::ColumnCount);

DeviceMappingTableModel::DeviceMappingTableModel(Database &db, ChangeNotifier *changes, QObject *parent)
    : PagedQueryModel(db, DeviceColumn, Columns, parent)
{
    if (changes)
        connect(changes, &ChangeNotifier::devicesChanged, this, [this] { refreshRows({}); });
}

QVariant DeviceMappingTableModel::data(const QModelIndex &index, int role) const
{
    const DeviceMappingRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DeviceColumn) {
            QStringList lines;
            if (!row->os.isEmpty())
                lines << row->os;
            if (!row->serial.isEmpty())
                lines << tr("Serial %1").arg(row->serial);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
        }
        if (index.column() == StaleColumn && row->stale)
            return tr("The RMM has not reported this device recently");
        return {};
    case Qt::ForegroundRole:
        return row->stale ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    case IdRole:
        return row->id;
    case RawValueRole:
        return raw(*row, index.column());
    case StaleRole:
        return row->stale;
    case IntegrationIdRole:
        return row->integrationId;
    case AssetIdRole:
        return row->assetId;
    case ClientIdRole:
        return row->clientId;
    case RmmDeviceIdRole:
        return row->rmmDeviceId;
    default:
        return {};
    }
}

QVariant DeviceMappingTableModel::display(const DeviceMappingRow &row, int column) const
{
    switch (column) {
    case DeviceColumn:
        if (!row.deviceName.isEmpty())
            return row.deviceName;
        return row.hostname.isEmpty() ? row.rmmDeviceId : row.hostname;
    case HostnameColumn:
        return row.hostname;
    case ClientColumn:
        return row.clientName;
    case AssetColumn:
        return row.assetId > 0 ? row.assetName : tr("Not mapped");
    case IntegrationColumn:
        return row.integrationName;
    case RmmDeviceIdColumn:
        return row.rmmDeviceId;
    case LastSeenColumn:
        return row.lastSeenMs > 0 ? DisplayText::dateTime(row.lastSeenMs) : tr("Never");
    case StaleColumn:
        return row.stale ? tr("Stale") : QString();
    default:
        return {};
    }
}

QVariant DeviceMappingTableModel::raw(const DeviceMappingRow &row, int column)
{
    switch (column) {
    case DeviceColumn:
        return row.deviceName;
    case HostnameColumn:
        return row.hostname;
    case ClientColumn:
        return row.clientName;
    case AssetColumn:
        return row.assetName;
    case IntegrationColumn:
        return row.integrationName;
    case RmmDeviceIdColumn:
        return row.rmmDeviceId;
    case LastSeenColumn:
        return row.lastSeenMs;
    case StaleColumn:
        return row.stale;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceMappingTableModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(StaleRole, "stale");
    names.insert(IntegrationIdRole, "integrationId");
    names.insert(AssetIdRole, "assetId");
    names.insert(ClientIdRole, "clientId");
    names.insert(RmmDeviceIdRole, "rmmDeviceId");
    return names;
}

} // namespace nestogy
