#include "IntegrationTableModel.h"

#include "ChangeNotifier.h"
#include "DisplayText.h"

namespace nestogy {

namespace {
// Header and sort of each column, in Column order.
const PagedQueryModel<IntegrationQuery>::ColumnSpec Columns[] = {
    {QT_TRANSLATE_NOOP("nestogy::IntegrationTableModel", "Name"), IntegrationQuery::Sort::Name}, // NameColumn
    {QT_TRANSLATE_NOOP("nestogy::IntegrationTableModel", "Provider"),
     IntegrationQuery::Sort::Provider}, // ProviderColumn
    {QT_TRANSLATE_NOOP("nestogy::IntegrationTableModel", "State"),
     IntegrationQuery::Sort::Active}, // ActiveColumn
    {QT_TRANSLATE_NOOP("nestogy::IntegrationTableModel", "Last webhook"),
     IntegrationQuery::Sort::LastWebhook}, // LastWebhookColumn
    {QT_TRANSLATE_NOOP("nestogy::IntegrationTableModel", "Last sync"),
     IntegrationQuery::Sort::LastSync},                                                // LastSyncColumn
    {QT_TRANSLATE_NOOP("nestogy::IntegrationTableModel", "Client"), std::nullopt},     // ClientColumn
    {QT_TRANSLATE_NOOP("nestogy::IntegrationTableModel", "Webhook id"), std::nullopt}, // UuidColumn
};
} // namespace

static_assert(std::size(Columns) == IntegrationTableModel::ColumnCount);

IntegrationTableModel::IntegrationTableModel(Database &db, ChangeNotifier *changes, QObject *parent)
    : PagedQueryModel(db, NameColumn, Columns, parent)
{
    if (changes)
        connect(changes, &ChangeNotifier::integrationsChanged, this, [this] { refreshRows({}); });
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

QHash<int, QByteArray> IntegrationTableModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(ProviderRole, "provider");
    names.insert(ActiveRole, "active");
    return names;
}

} // namespace nestogy
