#pragma once

#include "PagedQueryModel.h"
#include "TicketQuery.h"

class QTimer;

namespace nestogy {

class ChangeNotifier;
class Clock;

// The ticket list: tickets matching the filter, newest first by default, with a countdown to each open
// ticket's resolution target from the injected clock; kept current from ChangeNotifier::ticketsChanged.
class TicketTableModel : public PagedQueryModel<TicketQuery>
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        SubjectColumn,
        PriorityColumn,
        StatusColumn,
        AssigneeColumn,
        ClientColumn,
        SlaColumn, // time left to the resolution target
        ResponseDueColumn,
        ResolutionDueColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        NumberRole = FirstModelRole,
        PriorityRole,     // Urgent | High | Normal | Low
        StatusRole,       // Open | In Progress | Waiting | Resolved | Closed
        AssigneeIdRole,   // 0 when unassigned
        ClientIdRole,     // 0 when none
        SlaRemainingRole, // qint64 ms to the resolution target, negative when overdue; invalid without one
    };
    Q_ENUM(Role)

    // How often the countdowns are redrawn.
    static constexpr int CountdownIntervalMs = 30'000;

    // changes may be null (no live updates). db and clock must outlive the model.
    TicketTableModel(Database &db, ChangeNotifier *changes, const Clock &clock, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString priorityText(const QString &priority);
    static QString statusText(const QString &status);

public Q_SLOTS:
    // Tells views the countdowns moved (dataChanged on the SLA column); a timer calls it every interval.
    void updateCountdowns();

private:
    QVariant display(const TicketRow &row, int column) const;
    static QVariant raw(const TicketRow &row, int column);
    // ms to the resolution target; nullopt when the ticket has none or is finished.
    std::optional<qint64> slaRemaining(const TicketRow &row) const;
    QVariant slaColour(const TicketRow &row) const;

    const Clock &m_clock;
    QTimer *m_countdown = nullptr;
};

} // namespace nestogy
