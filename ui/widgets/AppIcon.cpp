#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace nestogy {

QPixmap AppIcon::pixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x15, 0x65, 0xc0));
    p.drawRoundedRect(QRectF(0.04 * s, 0.04 * s, 0.92 * s, 0.92 * s), 0.2 * s, 0.2 * s);
    // The "N" as strokes rather than text: no font is needed (the tray may be drawn before fonts load).
    QPainterPath n;
    n.moveTo(0.28 * s, 0.74 * s);
    n.lineTo(0.28 * s, 0.26 * s);
    n.lineTo(0.66 * s, 0.74 * s);
    n.lineTo(0.66 * s, 0.26 * s);
    QPen pen(Qt::white, qMax(1.5, 0.11 * s), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(n);
    p.setPen(QPen(Qt::white, qMax(1.0, 0.04 * s)));
    p.setBrush(QColor(0xef, 0x6c, 0x00));
    p.drawEllipse(QPointF(0.78 * s, 0.24 * s), 0.15 * s, 0.15 * s);
    return pixmap;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(size));
    return icon;
}

} // namespace nestogy
