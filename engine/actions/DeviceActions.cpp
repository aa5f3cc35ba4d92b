#include "DeviceActions.h"

#include "AuditLog.h"
#include "ChangeNotifier.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace nestogy::DeviceActions {

namespace {

WriteResult invalid(const QString &message)
{
    return WriteResult::failure(WriteResult::Code::Invalid, message);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QJsonValue jsonId(qint64 id)
{
    return id > 0 ? QJsonValue(double(id)) : QJsonValue(QJsonValue::Null);
}

} // namespace

WriteResult remap(QSqlDatabase &db, qint64 mappingId, const Target &target, const QString &who, qint64 nowMs)
{
    if (target.clientId <= 0 && target.assetId <= 0)
        return invalid(u"target: a client or an asset"_s);

    QSqlQuery current(db);
    current.prepare(
        u"SELECT COALESCE(client_id, 0), COALESCE(asset_id, 0) FROM device_mappings WHERE id = ?"_s);
    current.addBindValue(mappingId);
    if (!current.exec())
        return WriteResult::queryFailed(current);
    if (!current.next())
        return WriteResult::failure(WriteResult::Code::NotFound, u"device mapping not found"_s);
    const qint64 oldClient = current.value(0).toLongLong();
    const qint64 oldAsset = current.value(1).toLongLong();
    current.finish();

    // The client of an asset (0: it has none), or nullopt when there is no such asset.
    const auto assetClient = [&db](qint64 assetId,
                                   std::optional<WriteResult> *failed) -> std::optional<qint64> {
        QSqlQuery q(db);
        q.prepare(u"SELECT COALESCE(client_id, 0) FROM assets WHERE id = ?"_s);
        q.addBindValue(assetId);
        if (!q.exec()) {
            *failed = WriteResult::queryFailed(q);
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    };

    qint64 newClient = oldClient;
    qint64 newAsset = oldAsset;
    std::optional<WriteResult> failed;
    if (target.clientId > 0) {
        QSqlQuery q(db);
        q.prepare(u"SELECT 1 FROM clients WHERE id = ?"_s);
        q.addBindValue(target.clientId);
        if (!q.exec())
            return WriteResult::queryFailed(q);
        if (!q.next())
            return invalid(u"client_id: no such client"_s);
        newClient = target.clientId;
    }
    if (target.assetId > 0) {
        const auto owner = assetClient(target.assetId, &failed);
        if (failed)
            return *failed;
        if (!owner)
            return invalid(u"asset_id: no such asset"_s);
        if (target.clientId > 0 && *owner > 0 && *owner != target.clientId)
            return invalid(u"asset_id: the asset belongs to another client"_s);
        newAsset = target.assetId;
        if (*owner > 0)
            newClient = *owner;
    } else if (oldAsset > 0) {
        const auto owner = assetClient(oldAsset, &failed);
        if (failed)
            return *failed;
        if (owner && *owner > 0 && *owner != newClient)
            newAsset = 0;
    }
    if (newClient == oldClient && newAsset == oldAsset)
        return invalid(u"target: the device is already mapped there"_s);

    QSqlQuery update(db);
    // remapped_at: a person decided; inventory syncs leave the client and asset alone from now on.
    update.prepare(u"UPDATE device_mappings SET client_id = ?, asset_id = ?, remapped_at = ?, updated_at = ? "
                   "WHERE id = ?"_s);
    update.addBindValue(idOrNull(newClient));
    update.addBindValue(idOrNull(newAsset));
    update.addBindValue(nowMs);
    update.addBindValue(nowMs);
    update.addBindValue(mappingId);
    if (!update.exec())
        return WriteResult::queryFailed(update);

    const QJsonObject details{
        {u"from"_s, QJsonObject{{u"client_id"_s, jsonId(oldClient)}, {u"asset_id"_s, jsonId(oldAsset)}}},
        {u"to"_s, QJsonObject{{u"client_id"_s, jsonId(newClient)}, {u"asset_id"_s, jsonId(newAsset)}}},
    };
    if (!AuditLog::record(db, who, u"device_mapping.remap"_s, u"device_mapping"_s, QString::number(mappingId),
                          details, nowMs))
        return WriteResult::failure(WriteResult::Code::Unavailable, u"audit_log: could not be written"_s);
    return WriteResult::success(mappingId);
}

void submit(StorageWriter &writer, ChangeNotifier *changes, StorageWriter::Work work, QObject *context,
            StorageWriter::Done done)
{
    writer.submit(std::move(work), context, [changes, done = std::move(done)](const WriteResult &r) {
        if (r.ok() && changes)
            changes->notify(ChangeNotifier::Topic::Devices, r.value.toLongLong());
        done(r);
    });
}

} // namespace nestogy::DeviceActions
