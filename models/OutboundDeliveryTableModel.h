#pragma once

#include "OutboundDeliveryQuery.h"
#include "PagedQueryModel.h"

namespace nestogy {

class ChangeNotifier;

// The outbound delivery log: every call the engine made to a chat webhook, a mail server or an RMM API,
// newest first by default. Deliveries are recorded by jobs before they report back, so the shown rows are
// re-read on ChangeNotifier::jobsChanged. A chat webhook's address is shown without its path, which is the
// webhook's secret.
class OutboundDeliveryTableModel : public PagedQueryModel<OutboundDeliveryQuery>
{
    Q_OBJECT

public:
    enum Column {
        CreatedColumn,
        KindColumn,
        IntegrationColumn,
        TargetColumn,
        StatusColumn,
        DurationColumn,
        ErrorColumn,
        JobColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        KindRole = FirstModelRole, // chat_webhook | email | ...
        FailedRole,                // bool: the call recorded an error
        JobIdRole,                 // 0 when the job is gone
        IntegrationIdRole,         // 0 when none
    };
    Q_ENUM(Role)

    // changes may be null (no live updates). db must outlive the model.
    OutboundDeliveryTableModel(Database &db, ChangeNotifier *changes, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString kindText(const QString &kind);
    // Where the call went, as it may be shown: a chat webhook's URL without its secret path.
    static QString shownTarget(const OutboundDeliveryRow &row);

private:
    QVariant display(const OutboundDeliveryRow &row, int column) const;
    static QVariant raw(const OutboundDeliveryRow &row, int column);
};

} // namespace nestogy
