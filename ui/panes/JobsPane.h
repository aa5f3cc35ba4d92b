#pragma once

#include <QWidget>

namespace nestogy {

// The background job queue: pending, running, failed and dead-lettered jobs.
class JobsPane : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPane(QWidget *parent = nullptr);
};

} // namespace nestogy
