#include "IntegrationProviderBadge.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace nestogy {

QString IntegrationProviderBadge::initials(const QString &provider)
{
    if (provider == u"ninja")
        return u"N1"_s;
    if (provider == u"datto")
        return u"DR"_s;
    if (provider == u"connectwise")
        return u"CW"_s;
    if (provider == u"generic")
        return u"GW"_s;
    return provider.left(2).toUpper();
}

QColor IntegrationProviderBadge::color(const QString &provider)
{
    // Dark enough for white initials to stay readable in light and dark themes.
    if (provider == u"ninja")
        return QColor(0x0b, 0x6e, 0x4f);
    if (provider == u"datto")
        return QColor(0x1f, 0x4e, 0x9c);
    if (provider == u"connectwise")
        return QColor(0xb2, 0x3a, 0x1c);
    return QColor(0x5a, 0x5a, 0x6e);
}

QIcon IntegrationProviderBadge::icon(const QString &provider, int size)
{
    static QHash<QString, QIcon> cache;
    const QString key = provider + u'/' + QString::number(size);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(provider));
    painter.drawRoundedRect(QRectF(0, 0, size, size), size / 5.0, size / 5.0);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, size * 9 / 20));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials(provider));
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

} // namespace nestogy
