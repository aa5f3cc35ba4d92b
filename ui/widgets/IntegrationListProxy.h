#pragma once

#include <QIdentityProxyModel>
#include <QJsonObject>

namespace nestogy {

// The integration list as the Integrations pane shows it: IntegrationTableModel with a provider badge on
// each name, a check box for "accepts webhooks" that asks for the change instead of making it, and one more
// column with the circuit breaker of the integration's outbound calls.
class IntegrationListProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit IntegrationListProxy(QObject *parent = nullptr);

    // The column after the source's own ones.
    int circuitColumn() const;
    // CircuitBreakerRegistry::toJson(): {"<uuid>": {"state": ..., "consecutive_failures": ...}, ...}.
    void setCircuits(const QJsonObject &breakers);

    int columnCount(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "closed", "open (3 failures in a row)", "half-open", or "not called yet" without a breaker.
    static QString circuitText(const QJsonObject &breaker);

Q_SIGNALS:
    // The check box in the state column was clicked: the pane decides and writes.
    void activeChangeRequested(const QString &uuid, bool active);

private:
    bool isCircuit(const QModelIndex &index) const;
    QJsonObject breakerAt(int row) const;

    QJsonObject m_breakers;
};

} // namespace nestogy
