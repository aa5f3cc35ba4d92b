#include "IntegrationsPane.h"

#include "widgets/EmptyStateLabel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

IntegrationsPane::IntegrationsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"integrationsPane"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new EmptyStateLabel(tr("Your RMM integrations (NinjaOne, Datto RMM, ConnectWise Automate or a "
                               "generic webhook) will be listed and configured here."),
                            this));
}

} // namespace nestogy
