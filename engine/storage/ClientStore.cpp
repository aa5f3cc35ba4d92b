#include "ClientStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nestogy {

namespace {
const QString Columns = QStringLiteral("id, name, email, notify_opt_in, timezone, created_at, updated_at");

Client fromRow(const QSqlQuery &q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.email = q.value(2).toString();
    c.notifyOptIn = q.value(3).toInt() != 0;
    c.timezone = q.value(4).toString();
    c.createdMs = q.value(5).toLongLong();
    c.updatedMs = q.value(6).toLongLong();
    return c;
}
} // namespace

QList<Client> ClientStore::list(QSqlDatabase &db, QString *error)
{
    QList<Client> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM clients ORDER BY name").arg(Columns))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<Client> ClientStore::find(QSqlDatabase &db, qint64 id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

WriteResult ClientStore::insert(QSqlDatabase &db, const Client &c, qint64 nowMs)
{
    QSqlQuery dup(db);
    dup.prepare(QStringLiteral("SELECT id FROM clients WHERE name = ?"));
    dup.addBindValue(c.name);
    if (!dup.exec())
        return WriteResult::queryFailed(dup);
    if (dup.next())
        return WriteResult::failure(WriteResult::Code::Conflict,
                                    QStringLiteral("a client named '%1' already exists").arg(c.name));
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO clients (name, email, notify_opt_in, timezone, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.name);
    q.addBindValue(c.email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.email));
    q.addBindValue(c.notifyOptIn ? 1 : 0);
    q.addBindValue(c.timezone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.timezone));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    QSqlQuery idq(db);
    idq.prepare(QStringLiteral("SELECT id FROM clients WHERE name = ?"));
    idq.addBindValue(c.name);
    if (!idq.exec() || !idq.next())
        return WriteResult::queryFailed(idq);
    return WriteResult::success(idq.value(0).toLongLong());
}

} // namespace nestogy
