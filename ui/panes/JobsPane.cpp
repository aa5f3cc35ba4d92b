#include "JobsPane.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

JobsPane::JobsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"jobsPane"_s);

    auto *emptyState = new QLabel(tr("Background jobs such as alert processing, inventory sync and status "
                                     "updates will be listed here, with failed deliveries."),
                                  this);
    emptyState->setObjectName(u"emptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(emptyState);
}

} // namespace nestogy
