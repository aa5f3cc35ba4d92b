#include "IntegrationHealthList.h"

#include "RelativeTime.h"

#include <QHeaderView>

namespace nestogy {

IntegrationHealthList::IntegrationHealthList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Integration health"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Integration"), tr("Last webhook"), tr("Alerts (24 h)"), tr("Call errors (24 h)"),
                     tr("Circuit"), tr("Last sync")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
}

QString IntegrationHealthList::circuitText(const QString &state)
{
    if (state == u"closed")
        return tr("closed");
    if (state == u"open")
        return tr("open");
    if (state == u"half_open")
        return tr("half-open");
    return tr("not tracked");
}

void IntegrationHealthList::setIntegrations(const QList<DashboardStats::IntegrationHealth> &integrations,
                                            qint64 nowMs)
{
    clear();
    for (const auto &h : integrations) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(NameColumn, h.active ? h.name : tr("%1 (inactive)").arg(h.name));
        item->setToolTip(NameColumn, h.provider);
        item->setText(LastWebhookColumn, RelativeTime::ago(h.lastWebhookMs, nowMs));
        item->setText(AlertsColumn, QLocale().toString(h.alerts24h));
        item->setTextAlignment(AlertsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (const auto rate = h.errorRate())
            item->setText(ErrorsColumn, tr("%1 % of %2 calls")
                                            .arg(QLocale().toString(*rate * 100.0, 'f', 0))
                                            .arg(QLocale().toString(h.calls24h)));
        else
            item->setText(ErrorsColumn, tr("no calls"));
        item->setText(CircuitColumn, circuitText(h.circuitState));
        item->setText(LastSyncColumn, RelativeTime::ago(h.lastSyncMs, nowMs));
        if (!h.active) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().color(QPalette::PlaceholderText));
        }
    }
    for (int c = 1; c < ColumnCount; ++c)
        resizeColumnToContents(c);
}

} // namespace nestogy
