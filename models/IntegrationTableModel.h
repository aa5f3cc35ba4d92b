#pragma once

#include "IntegrationQuery.h"
#include "PagedQueryModel.h"

namespace nestogy {

class ChangeNotifier;

// The integration list: name, provider, whether it accepts webhooks, and when it last heard from its RMM;
// the shown rows are re-read on ChangeNotifier::integrationsChanged.
class IntegrationTableModel : public PagedQueryModel<IntegrationQuery>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ProviderColumn,
        ActiveColumn,
        LastWebhookColumn,
        LastSyncColumn,
        ClientColumn,
        UuidColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        UuidRole = FirstModelRole,
        ProviderRole, // connectwise | datto | ninja | generic
        ActiveRole,   // bool
    };
    Q_ENUM(Role)

    // changes may be null (no live updates). db must outlive the model.
    IntegrationTableModel(Database &db, ChangeNotifier *changes, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString providerText(const QString &provider);

private:
    QVariant display(const IntegrationRow &row, int column) const;
    static QVariant raw(const IntegrationRow &row, int column);
};

} // namespace nestogy
