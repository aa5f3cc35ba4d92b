#include "StatusFigures.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nestogy {

std::optional<StatusFigures> StatusFigures::read(QSqlDatabase &db, qint64 nowMs, QString *error)
{
    QSqlQuery q(db);
    // last_seen is indexed (rmm_alerts_last_seen); jobs by state (jobs_claim).
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM rmm_alerts WHERE last_seen > ?), "
                             "(SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running', 'failed')), "
                             "(SELECT COUNT(*) FROM jobs WHERE state = 'dead')"));
    q.addBindValue(nowMs - 60 * 1000);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return StatusFigures{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

} // namespace nestogy
