#include "ClientResolver.h"

#include "StatementCache.h"

#include <QSqlQuery>
#include <QVariant>

namespace nestogy {

namespace {
std::optional<qint64> single(QSqlQuery &q)
{
    std::optional<qint64> id;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish(); // an open SELECT would pin a WAL snapshot and stop checkpoints
    return id;
}

bool addAlias(QSqlDatabase &db, qint64 clientId, const ClientResolver::Options &o, const QString &key,
              const QString &name)
{
    QSqlQuery &q = StatementCache::get(
        db, QStringLiteral(
                "INSERT INTO client_aliases (client_id, integration_id, rmm_key, rmm_name, created_at) "
                "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(clientId);
    q.addBindValue(o.integrationId);
    q.addBindValue(key);
    q.addBindValue(name);
    q.addBindValue(o.nowMs);
    return q.exec();
}
} // namespace

std::optional<qint64> ClientResolver::resolve(QSqlDatabase &db, const NormalizedAlert &alert,
                                              const Options &o)
{
    const QString name = alert.clientName.trimmed();
    if (alert.clientExternalId.isEmpty() && name.isEmpty())
        return o.integrationClientId;
    // Prefer the RMM's id: names get edited in the RMM, ids do not.
    const QString key = alert.clientExternalId.isEmpty() ? QStringLiteral("name:") + name.toLower()
                                                         : QStringLiteral("id:") + alert.clientExternalId;
    QSqlQuery &alias = StatementCache::get(
        db, QStringLiteral("SELECT client_id FROM client_aliases WHERE integration_id = ? AND rmm_key = ?"));
    alias.addBindValue(o.integrationId);
    alias.addBindValue(key);
    if (const auto id = single(alias))
        return id;
    if (name.isEmpty())
        return o.integrationClientId;

    QSqlQuery &byName =
        StatementCache::get(db, QStringLiteral("SELECT id FROM clients WHERE LOWER(name) = LOWER(?)"));
    byName.addBindValue(name);
    std::optional<qint64> clientId = single(byName);
    if (!clientId && o.autoCreate) {
        QSqlQuery &ins = StatementCache::get(
            db, QStringLiteral("INSERT INTO clients (name, notify_opt_in, created_at, updated_at) "
                               "VALUES (?, 0, ?, ?)"));
        ins.addBindValue(name);
        ins.addBindValue(o.nowMs);
        ins.addBindValue(o.nowMs);
        if (ins.exec())
            clientId = ins.lastInsertId().toLongLong();
    }
    if (!clientId)
        return o.integrationClientId;
    addAlias(db, *clientId, o, key, name);
    return clientId;
}

} // namespace nestogy
