#include "EmptyStateLabel.h"

using namespace Qt::StringLiterals;

namespace nestogy {

EmptyStateLabel::EmptyStateLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setObjectName(u"emptyState"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
}

} // namespace nestogy
