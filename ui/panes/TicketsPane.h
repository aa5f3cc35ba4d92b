#pragma once

#include <QWidget>

namespace nestogy {

// The list of tickets created from alerts, with their priority, technician and SLA.
class TicketsPane : public QWidget
{
    Q_OBJECT

public:
    explicit TicketsPane(QWidget *parent = nullptr);
};

} // namespace nestogy
