#include "SyncSchedule.h"

#include "IntegrationStore.h"
#include "RmmApiClients.h"
#include "RmmFields.h"
#include "SyncRunStore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nestogy::SyncSchedule {

WriteResult requestDue(QSqlDatabase &db, qint64 nowMs)
{
    QString error;
    const QList<Integration> all = IntegrationStore::list(db, &error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Code::Unavailable, error);
    int requested = 0;
    for (const Integration &i : all) {
        const auto minutes = RmmFields::integer(i.settings.value(u"sync_interval_minutes"));
        if (!i.active || !minutes || *minutes <= 0 || !RmmApiClients::missing(i).isEmpty())
            continue;
        QSqlQuery last(db);
        last.prepare(u"SELECT MAX(created_at), SUM(CASE WHEN finished_at IS NULL THEN 1 ELSE 0 END) "
                     "FROM sync_runs WHERE integration_id = ?"_s);
        last.addBindValue(i.id);
        if (!last.exec() || !last.next())
            return WriteResult::queryFailed(last);
        const qint64 lastRequested = last.value(0).toLongLong();
        const bool unfinished = last.value(1).toLongLong() > 0;
        last.finish();
        if (unfinished || (lastRequested > 0 && nowMs - lastRequested < *minutes * 60 * 1000))
            continue;
        const WriteResult r = SyncRunStore::request(db, i.id, i.uuid, QString::fromLatin1(Actor), nowMs);
        // Conflict: a run whose job still lives (it was just checked); anything else is storage trouble.
        if (r.code == WriteResult::Code::Conflict)
            continue;
        if (!r.ok())
            return r;
        ++requested;
    }
    return WriteResult::success(requested);
}

} // namespace nestogy::SyncSchedule
