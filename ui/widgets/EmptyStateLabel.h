#pragma once

#include <QLabel>

namespace nestogy {

// The centred, muted sentence a pane shows while it has nothing to list, saying what will appear there.
class EmptyStateLabel : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyStateLabel(const QString &text, QWidget *parent = nullptr);
};

} // namespace nestogy
