#include "DevicesPane.h"

#include "widgets/EmptyStateLabel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

DevicesPane::DevicesPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"devicesPane"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new EmptyStateLabel(tr("Devices reported by your RMM tools will be listed here, with the "
                               "assets and clients they belong to."),
                            this));
}

} // namespace nestogy
