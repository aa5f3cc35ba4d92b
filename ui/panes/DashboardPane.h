#pragma once

#include <QWidget>

namespace nestogy {

// The technician's overview: what needs attention now across alerts, tickets and the listener.
class DashboardPane : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPane(QWidget *parent = nullptr);
};

} // namespace nestogy
