#include "ChangeNotifier.h"

#include <QMutexLocker>
#include <QTimer>

#include <algorithm>

namespace nestogy {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{}

void ChangeNotifier::notify(Topic topic, qint64 id)
{
    notify(topic, id > 0 ? QList<qint64>{id} : QList<qint64>{});
}

void ChangeNotifier::notify(Topic topic, const QList<qint64> &ids)
{
    bool schedule = false;
    {
        const QMutexLocker lock(&m_mutex);
        Pending &p = m_pending[int(topic)];
        p.dirty = true;
        if (ids.isEmpty())
            p.all = true;
        for (qint64 id : ids)
            p.ids.insert(id);
        schedule = !m_scheduled;
        m_scheduled = true;
    }
    if (schedule)
        QMetaObject::invokeMethod(
            this, [this] { QTimer::singleShot(BatchMs, this, &ChangeNotifier::flush); },
            Qt::QueuedConnection);
}

void ChangeNotifier::flush()
{
    Pending taken[5];
    {
        const QMutexLocker lock(&m_mutex);
        for (int i = 0; i < 5; ++i)
            std::swap(taken[i], m_pending[i]);
        m_scheduled = false;
    }
    const auto idList = [](const Pending &p) {
        if (p.all)
            return QList<qint64>{};
        QList<qint64> ids(p.ids.cbegin(), p.ids.cend());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    if (taken[int(Topic::Alerts)].dirty)
        Q_EMIT alertsChanged(idList(taken[int(Topic::Alerts)]));
    if (taken[int(Topic::Tickets)].dirty)
        Q_EMIT ticketsChanged(idList(taken[int(Topic::Tickets)]));
    if (taken[int(Topic::Jobs)].dirty)
        Q_EMIT jobsChanged();
    if (taken[int(Topic::Integrations)].dirty)
        Q_EMIT integrationsChanged();
    if (taken[int(Topic::Devices)].dirty)
        Q_EMIT devicesChanged();
}

} // namespace nestogy
