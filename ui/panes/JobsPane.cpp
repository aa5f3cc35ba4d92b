#include "JobsPane.h"

#include "widgets/EmptyStateLabel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

JobsPane::JobsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"jobsPane"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new EmptyStateLabel(tr("Background jobs such as alert processing, inventory sync and status "
                               "updates will be listed here, with failed deliveries."),
                            this));
}

} // namespace nestogy
