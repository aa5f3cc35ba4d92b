#pragma once

#include <QObject>

class QTimer;

namespace nestogy {

class Database;

// Copies SQLite's write-ahead log back into the database file from its own thread, every second, so that the
// single writer never stalls a commit (and every webhook waiting on it) for a checkpoint. The writer turns
// its own automatic checkpoints off while this runs.
class WalCheckpointer : public QObject
{
    Q_OBJECT
public:
    explicit WalCheckpointer(Database &database, QObject *parent = nullptr);

    // Starts the periodic checkpoints; call on the checkpointer's thread.
    void start(int intervalMs = 1000);
    void checkpoint();

private:
    Database &m_database;
    QTimer *m_timer = nullptr;
};

} // namespace nestogy
