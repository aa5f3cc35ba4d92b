#include "DashboardPane.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

DashboardPane::DashboardPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"dashboardPane"_s);

    auto *emptyState = new QLabel(tr("Open alerts, tickets close to their SLA and the health of the webhook "
                                     "listener will be summarized here."),
                                  this);
    emptyState->setObjectName(u"emptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(emptyState);
}

} // namespace nestogy
