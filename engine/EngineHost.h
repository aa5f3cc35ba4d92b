#pragma once

#include "EngineConfig.h"
#include "OwnedThread.h"

#include <QObject>

namespace nestogy {

class Engine;

// Runs an Engine on its own named thread for an application's main thread: starts it, forwards its signals,
// stops it, and deletes it on its own thread.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    explicit EngineHost(EngineConfig config, QObject *parent = nullptr);
    ~EngineHost() override;

    Engine *engine() const { return m_engine; }
    void start();
    void stop();

Q_SIGNALS:
    void started(const QString &url);
    void failed(const QString &reason);
    void stopped();

private:
    OwnedThread m_thread;
    Engine *m_engine = nullptr;
};

} // namespace nestogy
