#include "DashboardPane.h"

#include "widgets/EmptyStateLabel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

DashboardPane::DashboardPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"dashboardPane"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new EmptyStateLabel(tr("Open alerts, tickets close to their SLA and the health of the webhook "
                               "listener will be summarized here."),
                            this));
}

} // namespace nestogy
