#pragma once

#include <QWidget>

namespace nestogy {

// The triage list of alerts received from the RMM tools.
class AlertsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPane(QWidget *parent = nullptr);
};

} // namespace nestogy
