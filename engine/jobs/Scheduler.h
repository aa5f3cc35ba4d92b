#pragma once

#include "Clock.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>

namespace nestogy {

// Runs recurring work (escalation checks, device sync, stale detection) and delayed one-off work at times
// read from an injectable Clock, so tests drive it with ManualClock::advance() + tick() and never wait.
//
// Lives on one thread (the engine thread) and is not thread-safe: add, cancel and tick from that thread.
// Tasks run on it too, so they should only enqueue jobs, not do the work themselves.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    // Longest the production timer sleeps, so that a wall clock set forward or back is noticed within it.
    static constexpr qint64 MaxTimerWaitMs = 1000;

    explicit Scheduler(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~Scheduler() override;

    // First run one interval from now, then every intervalMs after the previous due time. Returns the task
    // id, or -1 when the interval is not positive or the task is empty.
    int addRecurring(QString name, qint64 intervalMs, std::function<void()> task);
    // Runs once at the first tick at or after atMs (epoch milliseconds); a time in the past means the next
    // tick. Returns the task id, or -1 when the task is empty.
    int addOnce(QString name, qint64 atMs, std::function<void()> task);
    // False when no such task is scheduled (already run, cancelled, never added). Safe from inside a task.
    bool cancel(int id);

    // Runs every task due at clock.now(), oldest due time first, each at most once. A recurring task that
    // missed several runs runs once and moves to its next due time after now, keeping its phase.
    void tick();

    // Earliest due time of any task in epoch milliseconds, or -1 when nothing is scheduled.
    qint64 nextDueMs() const;
    bool isScheduled(int id) const { return m_tasks.count(id) != 0; }
    int taskCount() const { return int(m_tasks.size()); }

    // Production mode: a QTimer calls tick() at the next due time (waking at least every MaxTimerWaitMs).
    void start();
    void stop();
    bool isRunning() const { return m_running; }

private:
    struct Task
    {
        QString name;
        qint64 dueMs = 0;
        qint64 intervalMs = 0; // 0 for a one-off task
        std::function<void()> run;
    };

    int add(Task task);
    void runGuarded(const QString &name, const std::function<void()> &run) const;
    void rearm();

    const Clock *m_clock;
    std::map<int, Task> m_tasks; // by id: ids grow, so equal due times run in the order they were added
    int m_nextId = 1;
    bool m_ticking = false;
    bool m_running = false;
    QTimer m_timer;
};

} // namespace nestogy
