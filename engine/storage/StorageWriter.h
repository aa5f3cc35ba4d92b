#pragma once

#include "WriteResult.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace nestogy {

class Database;

// The single writer: runs every write of the process on one thread and one connection, grouping the work that
// arrived meanwhile into one transaction (one fsync for many webhooks). Each unit runs inside its own
// SAVEPOINT, so a failing unit is rolled back alone; callers hear back only after the group has committed.
class StorageWriter : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<WriteResult(QSqlDatabase &db)>;
    using Done = std::function<void(const WriteResult &)>;

    explicit StorageWriter(Database &database, QObject *parent = nullptr);

    // Thread-safe. `work` runs on the writer thread; `done` runs on `context`'s thread after the commit (or
    // the failure), and not at all if `context` is gone by then.
    void submit(Work work, QObject *context, Done done);

    // Runs everything queued so far; call on the writer thread (e.g. through invokeMethod) before stopping.
    void drain();

    // Another thread checkpoints the SQLite WAL (WalCheckpointer): the writer's commits then skip it.
    void setExternalCheckpoints(bool external) { m_externalCheckpoints = external; }

    int maxBatch() const { return m_maxBatch; }
    void setMaxBatch(int n) { m_maxBatch = qMax(1, n); }
    quint64 committedUnits() const { return m_committedUnits.loadRelaxed(); }
    quint64 commits() const { return m_commits.loadRelaxed(); }

private:
    struct Pending
    {
        Work work;
        QPointer<QObject> context;
        Done done;
    };

    void processBatch();
    void runBatch(std::vector<Pending> &batch, std::vector<WriteResult> &results);
    static bool runStatement(QSqlDatabase &db, const QString &sql, QString *error);
    static void deliver(std::vector<Pending> &batch, std::vector<WriteResult> &results);

    Database &m_database;
    QMutex m_mutex;
    std::vector<Pending> m_pending;
    bool m_scheduled = false;
    int m_maxBatch = 512;
    bool m_externalCheckpoints = false;
    bool m_connectionPrepared = false;
    QAtomicInteger<quint64> m_committedUnits = 0;
    QAtomicInteger<quint64> m_commits = 0;
};

} // namespace nestogy
