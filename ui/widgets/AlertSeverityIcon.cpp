#include "AlertSeverityIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace nestogy {

QColor AlertSeverityIcon::color(const QString &severity)
{
    // The dashboard tiles' accents.
    if (severity == u"urgent")
        return QColor(0xc6, 0x28, 0x28);
    if (severity == u"high")
        return QColor(0xef, 0x6c, 0x00);
    if (severity == u"normal")
        return QColor(0x15, 0x65, 0xc0);
    return QColor(0x60, 0x7d, 0x8b);
}

QIcon AlertSeverityIcon::create(const QString &severity)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = color(severity);
        const QRectF box = QRectF(0, 0, size, size).adjusted(1, 1, -1, -1);
        const QPointF centre = box.center();
        const qreal r = box.width() / 2;
        QPainterPath shape;
        if (severity == u"urgent") {
            QPolygonF octagon;
            for (int k = 0; k < 8; ++k) {
                const qreal a = qDegreesToRadians(22.5 + 45.0 * k);
                octagon << centre + QPointF(r * qCos(a), r * qSin(a));
            }
            shape.addPolygon(octagon);
            shape.closeSubpath();
        } else if (severity == u"high") {
            shape.moveTo(centre.x(), box.top());
            shape.lineTo(box.right(), box.bottom());
            shape.lineTo(box.left(), box.bottom());
            shape.closeSubpath();
        } else {
            shape.addEllipse(centre, r, r);
        }
        if (severity == u"urgent" || severity == u"high" || severity == u"normal") {
            p.fillPath(shape, c);
        } else {
            p.setPen(QPen(c, qMax(1.5, size / 8.0)));
            p.drawEllipse(centre, r * 0.8, r * 0.8);
        }
        if (severity == u"urgent" || severity == u"high") {
            // An exclamation mark, as on road signs.
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            const qreal w = size / 8.0;
            const qreal top = severity == u"high" ? box.top() + size * 0.35 : box.top() + size * 0.22;
            p.drawRect(QRectF(centre.x() - w / 2, top, w, box.bottom() - size * 0.3 - top));
            p.drawRect(QRectF(centre.x() - w / 2, box.bottom() - size * 0.22, w, w));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace nestogy
