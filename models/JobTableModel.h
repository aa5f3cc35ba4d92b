#pragma once

#include "JobQuery.h"
#include "PagedQueryModel.h"

namespace nestogy {

class ChangeNotifier;

// The job list: durable jobs matching the filter, newest first by default; the shown rows are re-read when
// ChangeNotifier::jobsChanged says the queue moved.
class JobTableModel : public PagedQueryModel<JobQuery>
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        KindColumn,
        QueueColumn,
        StateColumn,
        AttemptsColumn,
        RunAtColumn,
        UpdatedColumn,
        FinishedColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StateRole = FirstModelRole, // queued | running | done | failed | dead
        QueueRole,
        KindRole,
    };
    Q_ENUM(Role)

    // changes may be null (no live updates). db must outlive the model.
    JobTableModel(Database &db, ChangeNotifier *changes, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stateText(const QString &state);

private:
    QVariant display(const JobRow &row, int column) const;
    static QVariant raw(const JobRow &row, int column);
};

} // namespace nestogy
