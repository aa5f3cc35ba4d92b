#pragma once

#include "DashboardStats.h"

#include <QTreeWidget>

namespace nestogy {

// The tickets closest to an SLA target, soonest first, each with the time left; a breached one is red and
// says how long ago it breached, so colour is never the only sign.
class SlaRiskList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        SubjectColumn,
        PriorityColumn,
        AssigneeColumn,
        TargetColumn,
        DueColumn,
        ColumnCount
    };
    static constexpr int TicketIdRole = Qt::UserRole; // on NumberColumn

    explicit SlaRiskList(QWidget *parent = nullptr);

    void setRisks(const QList<DashboardStats::SlaRisk> &risks);
    // The red that marks a breach in this palette (lighter on dark themes).
    QColor breachedColor() const;
};

} // namespace nestogy
