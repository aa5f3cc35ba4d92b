#pragma once

#include <QWidget>

namespace nestogy {

class Engine;

// A pane that reads and acts through the engine running in this process. MainWindow hands every such pane the
// engine once it has started (its database open); before that the pane shows its empty state. The engine
// outlives the panes' use of it: MainWindow passes nullptr before the engine goes away.
class EnginePane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setEngine(Engine *engine) = 0;
};

} // namespace nestogy
