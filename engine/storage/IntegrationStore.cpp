#include "IntegrationStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace nestogy {

namespace {
const QString Columns = QStringLiteral("id, uuid, provider, name, api_endpoint, client_id, field_mappings, "
                                       "alert_rules, settings, is_active, last_sync, created_at, updated_at");

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Integration fromRow(const QSqlQuery &q)
{
    Integration i;
    i.id = q.value(0).toLongLong();
    i.uuid = q.value(1).toString();
    i.provider = providers::fromString(q.value(2).toString()).value_or(Provider::Generic);
    i.name = q.value(3).toString();
    i.apiEndpoint = q.value(4).toString();
    if (!q.value(5).isNull())
        i.clientId = q.value(5).toLongLong();
    i.fieldMappings = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    i.alertRules = QJsonDocument::fromJson(q.value(7).toByteArray()).array();
    i.settings = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    i.active = q.value(9).toInt() != 0;
    i.lastSyncMs = q.value(10).toLongLong();
    i.createdMs = q.value(11).toLongLong();
    i.updatedMs = q.value(12).toLongLong();
    return i;
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QStringList secretNames(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT field FROM integration_secrets WHERE integration_id = ? AND slot = "
                             "'current' ORDER BY field"));
    q.addBindValue(id);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

bool putSecret(QSqlDatabase &db, qint64 id, const QString &field, const QString &slot,
               const QByteArray &sealed, qint64 expiresMs, qint64 nowMs)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral(
        "DELETE FROM integration_secrets WHERE integration_id = ? AND field = ? AND slot = ?"));
    del.addBindValue(id);
    del.addBindValue(field);
    del.addBindValue(slot);
    if (!del.exec())
        return false;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO integration_secrets (integration_id, field, slot, sealed, expires_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(field);
    q.addBindValue(slot);
    q.addBindValue(QString::fromLatin1(sealed));
    q.addBindValue(expiresMs > 0 ? QVariant(expiresMs) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nowMs);
    return q.exec();
}
} // namespace

std::optional<Integration> IntegrationStore::findByUuid(QSqlDatabase &db, const QString &uuid, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM integrations WHERE uuid = ?").arg(Columns));
    q.addBindValue(uuid);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Integration i = fromRow(q);
    i.credentialsSet = secretNames(db, i.id);
    return i;
}

QList<Integration> IntegrationStore::list(QSqlDatabase &db, QString *error)
{
    QList<Integration> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM integrations ORDER BY name, id").arg(Columns))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    for (Integration &i : out)
        i.credentialsSet = secretNames(db, i.id);
    return out;
}

QList<IntegrationStore::SealedSecret> IntegrationStore::secrets(QSqlDatabase &db, qint64 integrationId,
                                                                QString *error)
{
    QList<SealedSecret> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT field, slot, sealed, expires_at FROM integration_secrets WHERE "
                             "integration_id = ? ORDER BY field"));
    q.addBindValue(integrationId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(),
                    q.value(3).toLongLong()});
    return out;
}

WriteResult IntegrationStore::insert(QSqlDatabase &db, const Integration &i,
                                     const QMap<QString, QByteArray> &sealedSecrets, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO integrations (uuid, provider, name, api_endpoint, client_id, "
                             "field_mappings, alert_rules, settings, is_active, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(i.uuid);
    q.addBindValue(providers::toString(i.provider));
    q.addBindValue(i.name);
    q.addBindValue(i.apiEndpoint);
    q.addBindValue(nullableId(i.clientId));
    q.addBindValue(json(i.fieldMappings));
    q.addBindValue(json(i.alertRules));
    q.addBindValue(json(i.settings));
    q.addBindValue(i.active ? 1 : 0);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    QSqlQuery idq(db);
    idq.prepare(QStringLiteral("SELECT id FROM integrations WHERE uuid = ?"));
    idq.addBindValue(i.uuid);
    if (!idq.exec() || !idq.next())
        return WriteResult::queryFailed(idq);
    const qint64 id = idq.value(0).toLongLong();
    for (auto it = sealedSecrets.cbegin(); it != sealedSecrets.cend(); ++it) {
        if (!putSecret(db, id, it.key(), QStringLiteral("current"), it.value(), 0, nowMs))
            return WriteResult::failure(WriteResult::Code::Unavailable,
                                        QStringLiteral("cannot store a secret"));
    }
    return WriteResult::success(id);
}

WriteResult IntegrationStore::update(QSqlDatabase &db, const Integration &i,
                                     const QMap<QString, QByteArray> &sealedSecrets,
                                     const QStringList &removeSecrets, qint64 graceMs, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE integrations SET provider = ?, name = ?, api_endpoint = ?, client_id = ?, "
                       "field_mappings = ?, alert_rules = ?, settings = ?, is_active = ?, updated_at = ? "
                       "WHERE id = ?"));
    q.addBindValue(providers::toString(i.provider));
    q.addBindValue(i.name);
    q.addBindValue(i.apiEndpoint);
    q.addBindValue(nullableId(i.clientId));
    q.addBindValue(json(i.fieldMappings));
    q.addBindValue(json(i.alertRules));
    q.addBindValue(json(i.settings));
    q.addBindValue(i.active ? 1 : 0);
    q.addBindValue(nowMs);
    q.addBindValue(i.id);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    if (q.numRowsAffected() == 0)
        return WriteResult::failure(WriteResult::Code::NotFound, QStringLiteral("integration not found"));

    if (graceMs == 0) {
        // No grace: secrets replaced earlier stop working now too (a leaked secret is revoked at once).
        QSqlQuery revoke(db);
        revoke.prepare(
            QStringLiteral("DELETE FROM integration_secrets WHERE integration_id = ? AND slot = 'previous'"));
        revoke.addBindValue(i.id);
        if (!revoke.exec())
            return WriteResult::queryFailed(revoke);
    }
    const auto existing = secrets(db, i.id);
    for (auto it = sealedSecrets.cbegin(); it != sealedSecrets.cend(); ++it) {
        if (graceMs > 0) {
            for (const SealedSecret &s : existing) {
                if (s.field == it.key() && s.slot == u"current" &&
                    !putSecret(db, i.id, s.field, QStringLiteral("previous"), s.sealed, nowMs + graceMs,
                               nowMs))
                    return WriteResult::failure(WriteResult::Code::Unavailable,
                                                QStringLiteral("cannot rotate"));
            }
        }
        if (!putSecret(db, i.id, it.key(), QStringLiteral("current"), it.value(), 0, nowMs))
            return WriteResult::failure(WriteResult::Code::Unavailable,
                                        QStringLiteral("cannot store a secret"));
    }
    for (const QString &field : removeSecrets) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM integration_secrets WHERE integration_id = ? AND field = ?"));
        del.addBindValue(i.id);
        del.addBindValue(field);
        if (!del.exec())
            return WriteResult::queryFailed(del);
    }
    return WriteResult::success(i.id);
}

WriteResult IntegrationStore::remove(QSqlDatabase &db, const QString &uuid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM integrations WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    if (q.numRowsAffected() == 0)
        return WriteResult::failure(WriteResult::Code::NotFound, QStringLiteral("integration not found"));
    return WriteResult::success();
}

} // namespace nestogy
