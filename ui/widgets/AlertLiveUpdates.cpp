#include "AlertLiveUpdates.h"

#include "AlertTableModel.h"

using namespace Qt::StringLiterals;

namespace nestogy {

AlertLiveUpdates::AlertLiveUpdates(AlertTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    setObjectName(u"alertLiveUpdates"_s);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertLiveUpdates::apply);
}

void AlertLiveUpdates::setActive(bool active)
{
    m_active = active;
    if (!active) {
        m_timer.stop();
        return;
    }
    if (m_ids.size() > MaxPendingIds && m_model) {
        // Merging thousands of rows one by one costs more than starting again from the top.
        m_ids.clear();
        m_all = false;
        m_model->reload();
        m_sinceFull.start();
        emit applied({}, true);
        return;
    }
    schedule();
}

void AlertLiveUpdates::alertsChanged(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        m_all = true;
    for (qint64 id : ids)
        m_ids.insert(id);
    schedule();
}

void AlertLiveUpdates::schedule()
{
    if (!m_active || (m_ids.isEmpty() && !m_all))
        return;
    int delay = 0;
    if (m_ids.isEmpty() && m_sinceFull.isValid())
        delay = int(qMax<qint64>(0, m_minFullRefreshMs - m_sinceFull.elapsed()));
    if (!m_timer.isActive() || m_timer.remainingTime() > delay)
        m_timer.start(delay);
}

void AlertLiveUpdates::apply()
{
    if (!m_model || !m_active)
        return;
    if (!m_ids.isEmpty()) {
        const QList<qint64> ids(m_ids.cbegin(), m_ids.cend());
        m_ids.clear();
        m_model->refreshRows(ids);
        emit applied(ids, false);
    }
    if (m_all && (!m_sinceFull.isValid() || m_sinceFull.elapsed() >= m_minFullRefreshMs)) {
        m_all = false;
        m_sinceFull.start();
        m_model->refreshRows({});
        emit applied({}, true);
    }
    schedule(); // a full refresh that had to wait
}

} // namespace nestogy
