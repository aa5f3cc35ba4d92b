#include "IntegrationsPane.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

IntegrationsPane::IntegrationsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"integrationsPane"_s);

    auto *emptyState = new QLabel(tr("Your RMM integrations (NinjaOne, Datto RMM, ConnectWise Automate or a "
                                     "generic webhook) will be listed and configured here."),
                                  this);
    emptyState->setObjectName(u"emptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(emptyState);
}

} // namespace nestogy
