#include "StorageWriter.h"

#include "Database.h"
#include "StatementCache.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace nestogy {

WriteResult WriteResult::queryFailed(const QSqlQuery &query)
{
    return failure(Code::Unavailable, QStringLiteral("storage error: %1").arg(query.lastError().text()));
}

StorageWriter::StorageWriter(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

void StorageWriter::submit(Work work, QObject *context, Done done)
{
    QMutexLocker lock(&m_mutex);
    m_pending.push_back({std::move(work), context, std::move(done)});
    if (m_scheduled)
        return;
    m_scheduled = true;
    lock.unlock();
    QMetaObject::invokeMethod(this, &StorageWriter::processBatch, Qt::QueuedConnection);
}

void StorageWriter::drain()
{
    for (;;) {
        QMutexLocker lock(&m_mutex);
        if (m_pending.empty())
            return;
        lock.unlock();
        processBatch();
    }
}

void StorageWriter::processBatch()
{
    std::vector<Pending> batch;
    {
        QMutexLocker lock(&m_mutex);
        if (m_pending.size() <= size_t(m_maxBatch)) {
            batch.swap(m_pending);
            m_scheduled = false;
        } else {
            batch.assign(std::make_move_iterator(m_pending.begin()),
                         std::make_move_iterator(m_pending.begin() + m_maxBatch));
            m_pending.erase(m_pending.begin(), m_pending.begin() + m_maxBatch);
            // More is waiting: come back after delivering this group so the event loop can breathe.
            QMetaObject::invokeMethod(this, &StorageWriter::processBatch, Qt::QueuedConnection);
        }
    }
    if (batch.empty())
        return;
    std::vector<WriteResult> results(batch.size());
    runBatch(batch, results);
    deliver(batch, results);
}

void StorageWriter::runBatch(std::vector<Pending> &batch, std::vector<WriteResult> &results)
{
    QSqlDatabase db = m_database.connection();
    auto failAll = [&](const QString &why) {
        qCWarning(lcStorage).noquote() << "write group of" << batch.size() << "failed:" << why;
        for (auto &r : results)
            r = WriteResult::failure(WriteResult::Code::Unavailable,
                                     QStringLiteral("storage unavailable: ") + why);
    };
    if (!db.isOpen()) {
        failAll(m_database.lastOpenError());
        return;
    }
    if (!m_connectionPrepared && m_externalCheckpoints &&
        m_database.config().kind == DatabaseConfig::Kind::Sqlite) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        m_connectionPrepared = true;
    }
    // Fast path: the whole group in one transaction with no savepoints (units almost never fail). If one
    // does, the group is rolled back and run again with a savepoint per unit, so only the failing unit is
    // undone.
    QString error;
    for (const bool isolated : {false, true}) {
        if (!m_database.dialect().beginWrite(db, &error)) {
            failAll(error);
            return;
        }
        bool unitFailed = false;
        bool ok = true;
        for (size_t i = 0; i < batch.size() && ok && !unitFailed; ++i) {
            if (isolated)
                ok = runStatement(db, QStringLiteral("SAVEPOINT unit"), &error);
            if (!ok)
                break;
            results[i] = batch[i].work(db);
            if (!isolated) {
                unitFailed = !results[i].ok();
            } else if (results[i].ok()) {
                ok = runStatement(db, QStringLiteral("RELEASE SAVEPOINT unit"), &error);
            } else {
                ok = runStatement(db, QStringLiteral("ROLLBACK TO SAVEPOINT unit"), &error) &&
                     runStatement(db, QStringLiteral("RELEASE SAVEPOINT unit"), &error);
            }
        }
        if (!ok) {
            db.rollback();
            failAll(error);
            return;
        }
        if (unitFailed) {
            db.rollback();
            continue;
        }
        if (!db.commit()) {
            error = db.lastError().text();
            db.rollback();
            failAll(error);
            return;
        }
        m_commits.fetchAndAddRelaxed(1);
        m_committedUnits.fetchAndAddRelaxed(batch.size());
        return;
    }
}

bool StorageWriter::runStatement(QSqlDatabase &db, const QString &sql, QString *error)
{
    // PostgreSQL cannot PREPARE a SAVEPOINT (QPSQL prepares server-side: "syntax error at end of input"), so
    // there the savepoint statements run unprepared; SQLite keeps them prepared once.
    if (db.driverName() == u"QPSQL") {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
        return false;
    }
    QSqlQuery &q = StatementCache::get(db, sql);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

void StorageWriter::deliver(std::vector<Pending> &batch, std::vector<WriteResult> &results)
{
    // One queued event per receiving object and group, not one per unit: under load a group holds hundreds.
    struct Delivery
    {
        QPointer<QObject> context;
        std::vector<std::pair<Done, WriteResult>> items;
    };
    std::vector<Delivery> deliveries;
    for (size_t i = 0; i < batch.size(); ++i) {
        Pending &p = batch[i];
        if (!p.done || !p.context)
            continue;
        auto it = std::find_if(deliveries.begin(), deliveries.end(),
                               [&](const Delivery &d) { return d.context == p.context; });
        if (it == deliveries.end())
            it = deliveries.insert(deliveries.end(), Delivery{p.context, {}});
        it->items.emplace_back(std::move(p.done), std::move(results[i]));
    }
    for (Delivery &d : deliveries) {
        QMetaObject::invokeMethod(
            d.context.data(),
            [items = std::make_shared<decltype(d.items)>(std::move(d.items))] {
                for (auto &[done, result] : *items)
                    done(result);
            },
            Qt::QueuedConnection);
    }
}

} // namespace nestogy
