#include "TicketsPane.h"

#include "widgets/EmptyStateLabel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

TicketsPane::TicketsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ticketsPane"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyStateLabel(
        tr("Tickets created from alerts will be listed here, with their priority, technician and SLA."),
        this));
}

} // namespace nestogy
