#pragma once

#include <QThread>

#include <memory>

namespace nestogy {

// Deleter for a QThread that is owned: asks it to quit and waits for it before deleting it.
struct QuitAndWait
{
    void operator()(QThread *thread) const
    {
        if (!thread)
            return;
        thread->quit();
        thread->wait();
        delete thread;
    }
};

using OwnedThread = std::unique_ptr<QThread, QuitAndWait>;

// A started thread with a name that shows in debuggers and `top -H`.
inline OwnedThread startNamedThread(const QString &name)
{
    OwnedThread thread(new QThread);
    thread->setObjectName(name);
    thread->start();
    return thread;
}

} // namespace nestogy
