#include "AlertsPerHourChart.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace nestogy {

AlertsPerHourChart::AlertsPerHourChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("New alerts per hour"));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setData({}, {});
}

void AlertsPerHourChart::setData(const QList<int> &counts, const QDateTime &firstHourStart)
{
    m_counts = counts;
    m_firstHourStart = firstHourStart;
    const int total = std::accumulate(counts.cbegin(), counts.cend(), 0);
    const auto peak = std::max_element(counts.cbegin(), counts.cend());
    if (peak == counts.cend() || *peak == 0) {
        setAccessibleDescription(tr("No new alerts in the last %1 hours").arg(counts.size()));
    } else {
        const QDateTime peakHour = firstHourStart.addSecs(3600 * (peak - counts.cbegin())).toLocalTime();
        setAccessibleDescription(tr("%1 new alerts in the last %2 hours; most, %3, in the hour from %4")
                                     .arg(total)
                                     .arg(counts.size())
                                     .arg(*peak)
                                     .arg(QLocale().toString(peakHour.time(), QLocale::ShortFormat)));
    }
    update();
}

QSize AlertsPerHourChart::sizeHint() const
{
    return {480, 8 * fontMetrics().height()};
}

QSize AlertsPerHourChart::minimumSizeHint() const
{
    return {24 * 6, 5 * fontMetrics().height()};
}

void AlertsPerHourChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    const int peak = m_counts.isEmpty() ? 0 : *std::max_element(m_counts.cbegin(), m_counts.cend());
    const QString peakText = QString::number(peak);
    // Left: the scale's width; bottom: one line of hour labels; top: room for the peak label.
    const QRect plot =
        rect().adjusted(fm.horizontalAdvance(peakText) + 8, fm.height() / 2, -4, -(fm.height() + 6));
    if (plot.width() <= 0 || plot.height() <= 0 || m_counts.isEmpty())
        return;

    const QPalette &pal = palette();
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(0, plot.top() - fm.height() / 2, plot.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, peakText);
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, plot.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, u"0"_s);

    const qsizetype n = m_counts.size();
    const double slot = double(plot.width()) / double(n);
    const double gap = qMax(1.0, slot * 0.2);
    const QColor bar = pal.color(QPalette::Highlight);
    for (qsizetype i = 0; i < n; ++i) {
        const double x = plot.left() + i * slot;
        if (peak > 0 && m_counts.at(i) > 0) {
            const double h = double(plot.height()) * m_counts.at(i) / peak;
            p.fillRect(QRectF(x + gap / 2, plot.bottom() - h, slot - gap, h), bar);
        }
        // An hour label every six bars, in local time.
        if (m_firstHourStart.isValid() && i % 6 == 0) {
            const QString label =
                QLocale().toString(m_firstHourStart.addSecs(3600 * i).toLocalTime().time(), u"HH:mm"_s);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QRectF(x, plot.bottom() + 4, 6 * slot, fm.height()), Qt::AlignLeft | Qt::AlignTop,
                       label);
        }
    }
}

} // namespace nestogy
