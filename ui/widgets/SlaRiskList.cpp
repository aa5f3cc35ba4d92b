#include "SlaRiskList.h"

#include "RelativeTime.h"

#include <QDateTime>
#include <QHeaderView>

namespace nestogy {

SlaRiskList::SlaRiskList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Tickets closest to their SLA"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Ticket"), tr("Subject"), tr("Priority"), tr("Assignee"), tr("Target"), tr("Due")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
}

QColor SlaRiskList::breachedColor() const
{
    return palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x6b, 0x6b)
                                                             : QColor(0xc6, 0x28, 0x28);
}

void SlaRiskList::setRisks(const QList<DashboardStats::SlaRisk> &risks)
{
    clear();
    for (const auto &r : risks) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(NumberColumn, tr("#%1").arg(r.number));
        item->setData(NumberColumn, TicketIdRole, r.ticketId);
        item->setText(SubjectColumn, r.subject);
        item->setText(PriorityColumn, r.priority);
        item->setText(AssigneeColumn, r.assignee.isEmpty() ? tr("unassigned") : r.assignee);
        item->setText(TargetColumn, r.target == u"response" ? tr("Response") : tr("Resolution"));
        item->setText(DueColumn, RelativeTime::countdown(r.remainingMs));
        item->setToolTip(DueColumn, QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.dueMs).toLocalTime(),
                                                       QLocale::LongFormat));
        if (r.breached()) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, breachedColor());
            QFont bold = item->font(DueColumn);
            bold.setBold(true);
            item->setFont(DueColumn, bold);
        }
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != SubjectColumn)
            resizeColumnToContents(c);
    }
}

} // namespace nestogy
