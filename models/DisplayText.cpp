#include "DisplayText.h"

#include <QDateTime>
#include <QLocale>

namespace nestogy {

QString DisplayText::dateTime(qint64 epochMs)
{
    if (epochMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::duration(qint64 ms)
{
    const qint64 minutes = qMax<qint64>(0, ms) / 60'000;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("< 1 min");
}

} // namespace nestogy
