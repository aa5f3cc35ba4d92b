#include "TicketsPane.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

TicketsPane::TicketsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ticketsPane"_s);

    auto *emptyState = new QLabel(
        tr("Tickets created from alerts will be listed here, with their priority, technician and SLA."),
        this);
    emptyState->setObjectName(u"emptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(emptyState);
}

} // namespace nestogy
