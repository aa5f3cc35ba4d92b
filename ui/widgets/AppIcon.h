#pragma once

#include <QIcon>
#include <QPixmap>

namespace nestogy {

// The application's icon, drawn at run time until there is an icon resource: a blue tile with a white "N"
// and an orange alert dot. Solid colours, so it reads on light and dark panels alike.
class AppIcon
{
public:
    static QIcon icon();
    static QPixmap pixmap(int size);
};

} // namespace nestogy
