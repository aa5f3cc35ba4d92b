#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>

namespace nestogy {

// Tells readers on other threads (the desktop's item models) which rows the engine changed, so they refresh
// those rows instead of resetting. Thread-safe: the notify functions may be called from any thread, usually
// right after a commit. Signals come from the notifier's own thread, batched: at most one per topic every
// BatchMs with every id collected meanwhile (a flood of webhooks is one signal, not thousands).
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Topic { Alerts, Tickets, Jobs, Integrations, Devices };
    static constexpr int BatchMs = 100;

    explicit ChangeNotifier(QObject *parent = nullptr);

    // id 0 (or none) means "something in this topic changed; refresh what you show".
    void notify(Topic topic, qint64 id = 0);
    void notify(Topic topic, const QList<qint64> &ids);

Q_SIGNALS:
    // ids: rows inserted or updated (rmm_alerts.id / tickets.id); empty means refresh everything shown.
    void alertsChanged(const QList<qint64> &ids);
    void ticketsChanged(const QList<qint64> &ids);
    void jobsChanged();
    void integrationsChanged();
    void devicesChanged();

private:
    void flush();

    struct Pending
    {
        QSet<qint64> ids;
        bool all = false;
        bool dirty = false;
    };
    QMutex m_mutex;
    Pending m_pending[5];
    bool m_scheduled = false;
};

} // namespace nestogy
