#pragma once

#include "AlertQuery.h"
#include "PagedQueryModel.h"

namespace nestogy {

class ChangeNotifier;

// The alert list: every alert matching the filter, newest first by default, paged from the database and
// kept current from ChangeNotifier::alertsChanged.
class AlertTableModel : public PagedQueryModel<AlertQuery>
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        StatusColumn,
        LastSeenColumn,
        DeviceColumn,
        ClientColumn,
        AlertTypeColumn,
        MessageColumn,
        IntegrationColumn,
        OccurrencesColumn,
        TicketColumn,
        FirstSeenColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        UuidRole = FirstModelRole,
        SeverityRole,   // urgent | high | normal | low
        StatusRole,     // open | acknowledged | resolved
        SuppressedRole, // bool: held by a maintenance window
        TicketIdRole,   // 0 when none
        IntegrationIdRole,
        ClientIdRole, // 0 when none
    };
    Q_ENUM(Role)

    // changes may be null (no live updates). db must outlive the model.
    AlertTableModel(Database &db, ChangeNotifier *changes, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString severityText(const QString &severity);
    static QString statusText(const QString &status);

private:
    QVariant display(const AlertRow &row, int column) const;
    static QVariant raw(const AlertRow &row, int column);
};

} // namespace nestogy
