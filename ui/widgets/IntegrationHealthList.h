#pragma once

#include "DashboardStats.h"

#include <QTreeWidget>

namespace nestogy {

// One row per integration: when it last sent a webhook, its alerts in the last day, how our calls to it
// fared, its circuit breaker, and its last inventory sync. Inactive integrations are greyed and say so.
class IntegrationHealthList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        LastWebhookColumn,
        AlertsColumn,
        ErrorsColumn,
        CircuitColumn,
        LastSyncColumn,
        ColumnCount
    };

    explicit IntegrationHealthList(QWidget *parent = nullptr);

    void setIntegrations(const QList<DashboardStats::IntegrationHealth> &integrations, qint64 nowMs);

private:
    static QString circuitText(const QString &state);
};

} // namespace nestogy
