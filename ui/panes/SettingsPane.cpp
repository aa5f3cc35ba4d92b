#include "SettingsPane.h"

#include "widgets/EmptyStateLabel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SettingsPane::SettingsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"settingsPane"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyStateLabel(
        tr("The listener address, the database, technicians and SLA policies will be configured here."),
        this));
}

} // namespace nestogy
