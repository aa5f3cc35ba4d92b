#include "EngineHost.h"

#include "Clock.h"
#include "Engine.h"

namespace nestogy {

EngineHost::EngineHost(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_thread(startNamedThread(QStringLiteral("nestogy-engine")))
    , m_engine(new Engine(std::move(config), Clock::system()))
{
    m_engine->moveToThread(m_thread.get());
    connect(m_engine, &Engine::started, this, &EngineHost::started);
    connect(m_engine, &Engine::failed, this, &EngineHost::failed);
    connect(m_engine, &Engine::stopped, this, &EngineHost::stopped);
}

EngineHost::~EngineHost()
{
    // The engine's sockets and timers belong to its thread: delete it there, then end the thread.
    Engine *engine = m_engine;
    m_engine = nullptr;
    QMetaObject::invokeMethod(
        engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_thread.reset();
}

void EngineHost::start()
{
    QMetaObject::invokeMethod(m_engine, &Engine::start, Qt::QueuedConnection);
}

void EngineHost::stop()
{
    QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::QueuedConnection);
}

} // namespace nestogy
