#include "IntegrationTableModel.h"

#include "ChangeNotifier.h"
#include "DisplayText.h"

namespace nestogy {

IntegrationTableModel::IntegrationTableModel(Database &db, ChangeNotifier *changes, QObject *parent)
    : PagedQueryModel(db, NameColumn, parent)
{
    if (changes)
        connect(changes, &ChangeNotifier::integrationsChanged, this, [this] { refreshRows({}); });
}

int IntegrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntegrationTableModel::providerText(const QString &provider)
{
    if (provider == u"ninja")
        return QStringLiteral("NinjaOne");
    if (provider == u"datto")
        return QStringLiteral("Datto RMM");
    if (provider == u"connectwise")
        return QStringLiteral("ConnectWise Automate");
    if (provider == u"generic")
        return tr("Generic webhook");
    return provider;
}

QVariant IntegrationTableModel::data(const QModelIndex &index, int role) const
{
    const IntegrationRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastWebhookColumn)
            return tr("When the latest alert from this integration was received");
        if (index.column() == ActiveColumn && !row->active)
            return tr("Webhooks to this integration are refused");
        return {};
    case IdRole:
        return row->id;
    case RawValueRole:
        return raw(*row, index.column());
    case UuidRole:
        return row->uuid;
    case ProviderRole:
        return row->provider;
    case ActiveRole:
        return row->active;
    default:
        return {};
    }
}

QVariant IntegrationTableModel::display(const IntegrationRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case ProviderColumn:
        return providerText(row.provider);
    case ActiveColumn:
        return row.active ? tr("Active") : tr("Inactive");
    case LastWebhookColumn:
        return row.lastWebhookMs > 0 ? DisplayText::dateTime(row.lastWebhookMs) : tr("Never");
    case LastSyncColumn:
        return row.lastSyncMs > 0 ? DisplayText::dateTime(row.lastSyncMs) : tr("Never");
    case ClientColumn:
        return row.clientName;
    case UuidColumn:
        return row.uuid;
    default:
        return {};
    }
}

QVariant IntegrationTableModel::raw(const IntegrationRow &row, int column)
{
    switch (column) {
    case NameColumn:
        return row.name;
    case ProviderColumn:
        return row.provider;
    case ActiveColumn:
        return row.active;
    case LastWebhookColumn:
        return row.lastWebhookMs;
    case LastSyncColumn:
        return row.lastSyncMs;
    case ClientColumn:
        return row.clientName;
    case UuidColumn:
        return row.uuid;
    default:
        return {};
    }
}

QVariant IntegrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProviderColumn:
        return tr("Provider");
    case ActiveColumn:
        return tr("State");
    case LastWebhookColumn:
        return tr("Last webhook");
    case LastSyncColumn:
        return tr("Last sync");
    case ClientColumn:
        return tr("Client");
    case UuidColumn:
        return tr("Webhook id");
    default:
        return {};
    }
}

QHash<int, QByteArray> IntegrationTableModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(ProviderRole, "provider");
    names.insert(ActiveRole, "active");
    return names;
}

std::optional<IntegrationQuery::Sort> IntegrationTableModel::sortFor(int column) const
{
    switch (column) {
    case NameColumn:
        return IntegrationQuery::Sort::Name;
    case ProviderColumn:
        return IntegrationQuery::Sort::Provider;
    case ActiveColumn:
        return IntegrationQuery::Sort::Active;
    case LastWebhookColumn:
        return IntegrationQuery::Sort::LastWebhook;
    case LastSyncColumn:
        return IntegrationQuery::Sort::LastSync;
    default:
        return std::nullopt;
    }
}

} // namespace nestogy
