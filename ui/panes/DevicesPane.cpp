#include "DevicesPane.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

DevicesPane::DevicesPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"devicesPane"_s);

    auto *emptyState = new QLabel(tr("Devices reported by your RMM tools will be listed here, with the "
                                     "assets and clients they belong to."),
                                  this);
    emptyState->setObjectName(u"emptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(emptyState);
}

} // namespace nestogy
