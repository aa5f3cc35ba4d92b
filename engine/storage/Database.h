#pragma once

#include "DatabaseConfig.h"
#include "SqlDialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>

#include <memory>

class QThread;

namespace nestogy {

// Owns the connection settings and hands each thread its own QSqlDatabase connection (Qt's rule: a connection
// is used only by the thread that opened it). Writes go through StorageWriter; everyone else reads.
class Database
{
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseConfig &config() const { return m_config; }
    const SqlDialect &dialect() const { return m_dialect; }

    // This thread's connection, opened on first use. Check isOpen(); lastOpenError() says why not.
    QSqlDatabase connection();
    QString lastOpenError() const;

    // Opens a connection on this thread and applies pending migrations; returns an error text or "".
    QString openAndMigrate();

private:
    // Shared with the thread-exit handlers, which may outlive this object.
    struct Registry
    {
        QMutex mutex;
        QHash<QThread *, QString> names;
        QString lastOpenError;
        void drop(QThread *thread);
    };

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    QString m_prefix;
    std::shared_ptr<Registry> m_registry = std::make_shared<Registry>();
};

} // namespace nestogy
