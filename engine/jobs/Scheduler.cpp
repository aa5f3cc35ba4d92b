#include "Scheduler.h"

#include <QLoggingCategory>

#include <algorithm>
#include <exception>
#include <utility>
#include <vector>

namespace nestogy {

namespace {
// File-local so it cannot clash with another nestogy.jobs category function defined elsewhere in the engine.
Q_LOGGING_CATEGORY(lcScheduler, "nestogy.jobs")
} // namespace

Scheduler::Scheduler(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(&clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

Scheduler::~Scheduler() = default;

int Scheduler::addRecurring(QString name, qint64 intervalMs, std::function<void()> task)
{
    if (intervalMs <= 0 || !task) {
        qCWarning(lcScheduler).noquote() << "not scheduling" << name << "every" << intervalMs << "ms";
        return -1;
    }
    return add(Task{std::move(name), m_clock->nowMs() + intervalMs, intervalMs, std::move(task)});
}

int Scheduler::addOnce(QString name, qint64 atMs, std::function<void()> task)
{
    if (!task) {
        qCWarning(lcScheduler).noquote() << "not scheduling" << name << ": no task";
        return -1;
    }
    return add(Task{std::move(name), atMs, 0, std::move(task)});
}

int Scheduler::add(Task task)
{
    const int id = m_nextId++;
    m_tasks.emplace(id, std::move(task));
    // The timer may be asleep until a later task (or for the full cap); this one may be due sooner.
    rearm();
    return id;
}

bool Scheduler::cancel(int id)
{
    const bool removed = m_tasks.erase(id) != 0;
    if (removed)
        rearm();
    return removed;
}

void Scheduler::tick()
{
    // A task that calls tick() itself would run tasks out of order and re-enter the loop below.
    if (m_ticking)
        return;
    m_ticking = true;
    const qint64 now = m_clock->nowMs();

    // Decided up front: tasks added while this tick runs wait for the next one, so a task that reschedules
    // itself for "now" cannot keep the loop going forever.
    std::vector<std::pair<qint64, int>> due;
    for (const auto &[id, task] : m_tasks) {
        if (task.dueMs <= now)
            due.emplace_back(task.dueMs, id);
    }
    std::sort(due.begin(), due.end());

    for (const auto &entry : due) {
        const auto it = m_tasks.find(entry.second);
        if (it == m_tasks.end()) // cancelled by a task that ran earlier in this tick
            continue;
        Task &task = it->second;
        // Copied (or moved out of a one-off) before running: the task may cancel itself, destroying the
        // std::function that is executing.
        std::function<void()> run;
        const QString name = task.name;
        if (task.intervalMs > 0) {
            // Skip the runs that were missed rather than bursting them, but stay on the original grid.
            const qint64 missed = (now - task.dueMs) / task.intervalMs;
            if (missed > 0)
                qCDebug(lcScheduler).noquote() << "task" << name << "skipped" << missed << "missed run(s)";
            task.dueMs += (missed + 1) * task.intervalMs;
            run = task.run;
        } else {
            run = std::move(task.run);
            m_tasks.erase(it);
        }
        runGuarded(name, run);
    }

    m_ticking = false;
    rearm();
}

void Scheduler::runGuarded(const QString &name, const std::function<void()> &run) const
{
    // An exception must not unwind through the event loop or stop the other tasks of this tick.
    try {
        run();
    } catch (const std::exception &e) {
        qCWarning(lcScheduler).noquote() << "scheduled task" << name << "threw:" << e.what();
    } catch (...) {
        qCWarning(lcScheduler).noquote() << "scheduled task" << name << "threw a non-standard exception";
    }
}

qint64 Scheduler::nextDueMs() const
{
    // A linear scan: the engine schedules tens of tasks, not thousands, and cancel() stays trivial.
    qint64 next = -1;
    for (const auto &entry : m_tasks) {
        if (next < 0 || entry.second.dueMs < next)
            next = entry.second.dueMs;
    }
    return next;
}

void Scheduler::start()
{
    m_running = true;
    rearm();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
}

void Scheduler::rearm()
{
    // tick() rearms once it is done; rearming per task inside it would be wasted work.
    if (!m_running || m_ticking)
        return;
    const qint64 next = nextDueMs();
    const qint64 wait =
        next < 0 ? MaxTimerWaitMs : std::clamp(next - m_clock->nowMs(), qint64(0), MaxTimerWaitMs);
    m_timer.start(int(wait));
}

} // namespace nestogy
