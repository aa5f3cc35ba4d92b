#include "AlertsPane.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

AlertsPane::AlertsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"alertsPane"_s);

    auto *emptyState = new QLabel(
        tr("Alerts that your RMM tools send will be listed here, with their device, client and severity."),
        this);
    emptyState->setObjectName(u"emptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(emptyState);
}

} // namespace nestogy
