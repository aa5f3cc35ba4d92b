#include "RetentionPurger.h"

#include "ChangeNotifier.h"
#include "Clock.h"
#include "Database.h"
#include "SettingsStore.h"
#include "StorageWriter.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRetention, "nestogy.retention")

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
constexpr RetentionPurge::Kind Kinds[] = {RetentionPurge::Kind::ResolvedAlerts,
                                          RetentionPurge::Kind::FinishedJobs,
                                          RetentionPurge::Kind::DeliveryLog};
constexpr int KindCount = int(std::size(Kinds));

int daysFor(const RetentionPolicy &policy, RetentionPurge::Kind kind)
{
    switch (kind) {
    case RetentionPurge::Kind::ResolvedAlerts:
        return policy.resolvedAlertDays;
    case RetentionPurge::Kind::FinishedJobs:
        return policy.finishedJobDays;
    case RetentionPurge::Kind::DeliveryLog:
        return policy.deliveryLogDays;
    }
    return 0;
}
} // namespace

QJsonObject RetentionPurger::Outcome::toJson() const
{
    QJsonObject out{{u"deleted"_s, QJsonObject{{u"resolved_alerts"_s, resolvedAlerts},
                                               {u"finished_jobs"_s, finishedJobs},
                                               {u"delivery_log"_s, deliveryLog}}}};
    if (!error.isEmpty())
        out.insert(u"error"_s, error);
    return out;
}

RetentionPurger::RetentionPurger(Database &database, StorageWriter &writer, const Clock &clock,
                                 ChangeNotifier *changes, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_changes(changes)
{}

void RetentionPurger::run(QObject *context, Done done)
{
    QMetaObject::invokeMethod(this, [this, hasContext = context != nullptr, ctx = QPointer<QObject>(context),
                                     done = std::move(done)]() mutable {
        if (done)
            m_waiters.push_back({hasContext, ctx, std::move(done)});
        if (!m_running)
            start();
    });
}

void RetentionPurger::stop()
{
    m_stopped = true;
}

void RetentionPurger::start()
{
    m_running = true;
    m_outcome = {};
    m_kind = 0;
    m_nowMs = m_clock.nowMs();
    QSqlDatabase db = m_database.connection();
    QString error;
    const auto stored = SettingsStore::read(db, u"retention"_s, &error);
    if (!stored)
        return finish(u"cannot read the retention settings: %1"_s.arg(error));
    QList<QPair<QString, QString>> problems;
    const auto policy = RetentionPolicy::fromJson(*stored, &problems);
    if (!policy)
        return finish(u"the stored retention settings are invalid: %1: %2"_s.arg(problems.value(0).first,
                                                                                 problems.value(0).second));
    m_policy = *policy;
    nextBatch();
}

void RetentionPurger::nextBatch()
{
    if (m_stopped)
        return finish(u"the engine is stopping"_s);
    while (m_kind < KindCount && RetentionPolicy::cutoffMs(daysFor(m_policy, Kinds[m_kind]), m_nowMs) < 0)
        ++m_kind;
    if (m_kind >= KindCount)
        return finish(m_outcome.error);
    const RetentionPurge::Kind kind = Kinds[m_kind];
    const qint64 cutoff = RetentionPolicy::cutoffMs(daysFor(m_policy, kind), m_nowMs);
    m_writer.submit(
        [kind, cutoff](QSqlDatabase &db) { return RetentionPurge::deleteBatch(db, kind, cutoff, BatchSize); },
        this,
        [this, kind](const WriteResult &r) {
            if (!r.ok()) {
                // Record it and go on with the other kinds: one failing table does not keep the rest forever.
                const QString what = u"%1: %2"_s.arg(RetentionPurge::kindName(kind), r.error);
                m_outcome.error = m_outcome.error.isEmpty() ? what : m_outcome.error + u"; "_s + what;
                ++m_kind;
                return nextBatch();
            }
            const int deleted = r.value.toInt();
            switch (kind) {
            case RetentionPurge::Kind::ResolvedAlerts:
                m_outcome.resolvedAlerts += deleted;
                break;
            case RetentionPurge::Kind::FinishedJobs:
                m_outcome.finishedJobs += deleted;
                break;
            case RetentionPurge::Kind::DeliveryLog:
                m_outcome.deliveryLog += deleted;
                break;
            }
            if (deleted < BatchSize)
                ++m_kind;
            nextBatch();
        });
}

void RetentionPurger::finish(const QString &error)
{
    m_outcome.error = error;
    m_running = false;
    if (m_changes) {
        if (m_outcome.resolvedAlerts > 0) {
            m_changes->notify(ChangeNotifier::Topic::Alerts);
            m_changes->notify(ChangeNotifier::Topic::Tickets);
        }
        if (m_outcome.finishedJobs > 0 || m_outcome.deliveryLog > 0)
            m_changes->notify(ChangeNotifier::Topic::Jobs);
    }
    if (!error.isEmpty())
        qCWarning(lcRetention).noquote() << "retention purge:" << error;
    else if (m_outcome.resolvedAlerts + m_outcome.finishedJobs + m_outcome.deliveryLog > 0)
        qCInfo(lcRetention) << "purged" << m_outcome.resolvedAlerts << "resolved alerts,"
                            << m_outcome.finishedJobs << "finished jobs," << m_outcome.deliveryLog
                            << "delivery log entries";
    const Outcome outcome = m_outcome;
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (Waiter &w : waiters) {
        if (!w.hasContext)
            w.done(outcome);
        else if (w.context)
            QMetaObject::invokeMethod(w.context, [done = std::move(w.done), outcome] { done(outcome); });
    }
}

} // namespace nestogy
