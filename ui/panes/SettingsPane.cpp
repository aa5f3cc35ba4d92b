#include "SettingsPane.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SettingsPane::SettingsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"settingsPane"_s);

    auto *emptyState = new QLabel(
        tr("The listener address, the database, technicians and SLA policies will be configured here."),
        this);
    emptyState->setObjectName(u"emptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(emptyState);
}

} // namespace nestogy
