#include "IntegrationListProxy.h"

#include "IntegrationProviderBadge.h"
#include "IntegrationTableModel.h"

namespace nestogy {

IntegrationListProxy::IntegrationListProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{}

int IntegrationListProxy::circuitColumn() const
{
    return IntegrationTableModel::ColumnCount;
}

void IntegrationListProxy::setCircuits(const QJsonObject &breakers)
{
    if (breakers == m_breakers)
        return;
    m_breakers = breakers;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, circuitColumn()), index(rowCount() - 1, circuitColumn()));
}

int IntegrationListProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : circuitColumn() + 1;
}

int IntegrationListProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QIdentityProxyModel::rowCount(parent);
}

bool IntegrationListProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

bool IntegrationListProxy::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && QIdentityProxyModel::canFetchMore(parent);
}

void IntegrationListProxy::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        QIdentityProxyModel::fetchMore(parent);
}

QModelIndex IntegrationListProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column > circuitColumn())
        return {};
    if (column == circuitColumn())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex IntegrationListProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex IntegrationListProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex IntegrationListProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (isCircuit(proxyIndex))
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

bool IntegrationListProxy::isCircuit(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.column() == circuitColumn();
}

QJsonObject IntegrationListProxy::breakerAt(int row) const
{
    const QString uuid = index(row, 0).data(IntegrationTableModel::UuidRole).toString();
    return m_breakers.value(uuid).toObject();
}

QString IntegrationListProxy::circuitText(const QJsonObject &breaker)
{
    const QString state = breaker.value(u"state").toString();
    if (state == u"closed")
        return tr("closed");
    if (state == u"open")
        return tr("open (%1 failures in a row)").arg(breaker.value(u"consecutive_failures").toInt());
    if (state == u"half_open")
        return tr("half-open");
    return tr("not called yet");
}

QVariant IntegrationListProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isCircuit(index)) {
        const QJsonObject breaker = breakerAt(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return circuitText(breaker);
        case Qt::ToolTipRole:
            return breaker.isEmpty() ? tr("Nestogy has not called this RMM yet")
                                     : tr("Outbound calls to this RMM; an open circuit pauses them");
        case IntegrationTableModel::RawValueRole:
            return breaker.value(u"state").toString();
        default:
            // Row-wide roles (ids, uuid, provider) answer as on the row's first column.
            return role >= Qt::UserRole ? this->index(index.row(), 0).data(role) : QVariant();
        }
    }
    if (index.column() == IntegrationTableModel::NameColumn && role == Qt::DecorationRole)
        return IntegrationProviderBadge::icon(index.data(IntegrationTableModel::ProviderRole).toString());
    if (index.column() == IntegrationTableModel::ActiveColumn && role == Qt::CheckStateRole)
        return index.data(IntegrationTableModel::ActiveRole).toBool() ? Qt::Checked : Qt::Unchecked;
    return QIdentityProxyModel::data(index, role);
}

bool IntegrationListProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != IntegrationTableModel::ActiveColumn ||
        role != Qt::CheckStateRole)
        return false;
    const bool active = value.toInt() == Qt::Checked;
    if (active == index.data(IntegrationTableModel::ActiveRole).toBool())
        return false;
    // Shown as it is stored: the row changes when the engine reports the commit.
    Q_EMIT activeChangeRequested(index.data(IntegrationTableModel::UuidRole).toString(), active);
    return true;
}

Qt::ItemFlags IntegrationListProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isCircuit(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    Qt::ItemFlags f = QIdentityProxyModel::flags(index);
    if (index.column() == IntegrationTableModel::ActiveColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant IntegrationListProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == circuitColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Circuit");
        return {};
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace nestogy
