#pragma once

#include <QWidget>

namespace nestogy {

// The application's settings: listener, database, technicians and SLA policies.
class SettingsPane : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPane(QWidget *parent = nullptr);
};

} // namespace nestogy
