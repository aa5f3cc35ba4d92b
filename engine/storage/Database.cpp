#include "Database.h"

#include "Migrator.h"
#include "StatementCache.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>

Q_LOGGING_CATEGORY(lcStorage, "nestogy.storage")

namespace nestogy {

namespace {
QAtomicInteger<quint32> s_instanceCounter;
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_dialect(m_config.kind)
    , m_prefix(QStringLiteral("nestogy-db%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    QMutexLocker lock(&m_registry->mutex);
    const auto names = m_registry->names.values();
    m_registry->names.clear();
    lock.unlock();
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_registry->mutex);
    if (const auto it = m_registry->names.constFind(thread); it != m_registry->names.cend()) {
        QSqlDatabase db = QSqlDatabase::database(*it, false);
        if (db.isOpen())
            return db;
    }
    const QString name = m_prefix + QString::number(quintptr(thread), 16);
    const bool known = m_registry->names.contains(thread);
    m_registry->names.insert(thread, name);
    lock.unlock();

    if (!known) {
        // Close this thread's connection when the thread ends, on that thread, as Qt requires.
        std::weak_ptr<Registry> registry = m_registry;
        QObject::connect(
            thread, &QThread::finished, thread,
            [registry, thread] {
                if (auto r = registry.lock())
                    r->drop(thread);
            },
            Qt::DirectConnection);
    }
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (m_config.kind == DatabaseConfig::Kind::Sqlite) {
        db.setDatabaseName(m_config.sqlitePath);
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    }
    QString error;
    if (!db.open())
        error = db.lastError().text();
    else
        error = m_dialect.configureConnection(db);
    if (!error.isEmpty()) {
        qCWarning(lcStorage).noquote() << "cannot open" << m_config.describe() << ":" << error;
        db.close();
    }
    QMutexLocker relock(&m_registry->mutex);
    m_registry->lastOpenError = error;
    return db;
}

QString Database::lastOpenError() const
{
    QMutexLocker lock(&m_registry->mutex);
    return m_registry->lastOpenError;
}

void Database::Registry::drop(QThread *thread)
{
    QMutexLocker lock(&mutex);
    const QString name = names.take(thread);
    lock.unlock();
    if (!name.isEmpty()) {
        StatementCache::clear(name); // runs on the finishing thread, whose cache it is
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::openAndMigrate()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return QStringLiteral("cannot open the database %1: %2").arg(m_config.describe(), lastOpenError());
    Migrator migrator(db, m_dialect);
    return migrator.migrate();
}

} // namespace nestogy
