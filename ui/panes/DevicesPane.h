#pragma once

#include <QWidget>

namespace nestogy {

// The devices reported by the RMM tools and the assets and clients they map to.
class DevicesPane : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesPane(QWidget *parent = nullptr);
};

} // namespace nestogy
