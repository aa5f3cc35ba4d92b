#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace nestogy {

// A bar per hour of new alerts over the last day, painted with QPainter: hour labels every six hours in local
// time, the peak written at the top, and the figures in the accessible description for screen readers.
class AlertsPerHourChart : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPerHourChart(QWidget *parent = nullptr);

    // counts: one per hour, oldest first; firstHourStart: the start of the first hour.
    void setData(const QList<int> &counts, const QDateTime &firstHourStart);
    QList<int> counts() const { return m_counts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_counts;
    QDateTime m_firstHourStart;
};

} // namespace nestogy
