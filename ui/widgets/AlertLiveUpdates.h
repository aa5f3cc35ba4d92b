#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace nestogy {

class AlertTableModel;

// Feeds the engine's alert changes into the alert list at a pace the GUI can take. Changed ids are merged
// promptly (the next event loop turn); "something changed" without ids re-reads every shown row, so it
// runs at most once every minFullRefreshMs however often it is asked for. While the list is not on screen
// nothing is read: the changes wait, and are applied when it is shown again (a reload when too many piled
// up, rather than merging them all).
class AlertLiveUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinFullRefreshMs = 1000;
    static constexpr int MaxPendingIds = 2000;

    explicit AlertLiveUpdates(AlertTableModel *model, QObject *parent = nullptr);

    // Whether the list is on screen.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setMinFullRefreshMs(int ms) { m_minFullRefreshMs = ms; }

public Q_SLOTS:
    // ChangeNotifier::alertsChanged: empty means every shown row may have changed.
    void alertsChanged(const QList<qint64> &ids);

Q_SIGNALS:
    // After changes reached the model: these ids, or (all) every shown row.
    void applied(const QList<qint64> &ids, bool all);

private:
    void schedule();
    void apply();

    QPointer<AlertTableModel> m_model;
    QSet<qint64> m_ids;
    bool m_all = false;
    bool m_active = false;
    int m_minFullRefreshMs = MinFullRefreshMs;
    QElapsedTimer m_sinceFull;
    QTimer m_timer;
};

} // namespace nestogy
