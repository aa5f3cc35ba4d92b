#pragma once

#include <QObject>

class QSocketNotifier;

namespace nestogy {

// Turns SIGTERM and SIGINT into a Qt signal on the thread that created the watcher (self-pipe trick), so the
// service can shut down cleanly from its event loop. One instance per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nestogy
