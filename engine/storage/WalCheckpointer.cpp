#include "WalCheckpointer.h"

#include "Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace nestogy {

WalCheckpointer::WalCheckpointer(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

void WalCheckpointer::start(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
    }
    m_timer->start(intervalMs);
}

void WalCheckpointer::checkpoint()
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return;
    // PASSIVE never waits for the writer or readers: it copies what it can and tries again next time.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStorage).noquote() << "WAL checkpoint failed:" << q.lastError().text();
}

} // namespace nestogy
