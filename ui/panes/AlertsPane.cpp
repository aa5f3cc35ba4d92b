#include "AlertsPane.h"

#include "widgets/EmptyStateLabel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

AlertsPane::AlertsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"alertsPane"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyStateLabel(
        tr("Alerts that your RMM tools send will be listed here, with their device, client and severity."),
        this));
}

} // namespace nestogy
