#include "DeviceInventoryStore.h"

#include "ClientResolver.h"
#include "StatementCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

constexpr int MaxText = 512;

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value.left(MaxText));
}

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableBool(const std::optional<bool> &flag)
{
    return flag ? QVariant(*flag ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

// The stored row as far as a sync compares it.
struct Stored
{
    qint64 id = 0;
    QVariantList inventory; // the columns whose change counts as an inventory change
    qint64 lastSeen = 0;
    QVariant online;
    bool stale = false;
    std::optional<qint64> clientId;
    bool remapped = false;
};

} // namespace

std::optional<DeviceInventoryStore::PageOutcome>
DeviceInventoryStore::upsertPage(QSqlDatabase &db, const Context &c, const QList<RmmDevice> &devices,
                                 WriteResult *failure)
{
    PageOutcome out;
    for (const RmmDevice &d : devices) {
        QSqlQuery &find = StatementCache::get(
            db, u"SELECT id, device_name, hostname, serial, mac_addresses, ip_addresses, os, active, "
                "rmm_client_key, rmm_client_name, rmm_site_name, last_seen, online, stale, client_id, "
                "remapped_at FROM device_mappings WHERE integration_id = ? AND rmm_device_id = ?"_s);
        find.addBindValue(c.integrationId);
        find.addBindValue(d.rmmId);
        if (!find.exec()) {
            *failure = WriteResult::queryFailed(find);
            return std::nullopt;
        }
        std::optional<Stored> stored;
        if (find.next()) {
            Stored s;
            s.id = find.value(0).toLongLong();
            for (int i = 1; i <= 10; ++i)
                s.inventory.append(find.value(i).isNull() ? QVariant() : QVariant(find.value(i).toString()));
            s.lastSeen = find.value(11).toLongLong();
            s.online = find.value(12).isNull() ? QVariant() : QVariant(find.value(12).toInt());
            s.stale = find.value(13).toInt() != 0;
            if (!find.value(14).isNull())
                s.clientId = find.value(14).toLongLong();
            s.remapped = !find.value(15).isNull();
            stored = s;
        }
        find.finish();

        const QVariantList inventory{text(d.name),
                                     text(d.hostname),
                                     text(d.serial),
                                     jsonList(d.macAddresses),
                                     jsonList(d.ipAddresses),
                                     text(d.os),
                                     QString::number(d.deleted ? 0 : 1),
                                     text(d.clientKey),
                                     text(d.clientName),
                                     text(d.siteName)};
        const auto asCompared = [](const QVariantList &values) {
            QVariantList out;
            for (const QVariant &v : values)
                out.append(v.isNull() ? QVariant() : QVariant(v.toString()));
            return out;
        };

        // A person's remap wins over what the RMM says about the organization.
        qint64 clientId = stored ? stored->clientId.value_or(0) : 0; // 0: none
        if (!stored || !stored->remapped) {
            NormalizedAlert who;
            who.clientExternalId = d.clientKey;
            who.clientName = d.clientName;
            const auto resolved = ClientResolver::resolve(
                db, who, {c.integrationId, c.integrationClientId, c.autoCreateClients, c.nowMs});
            if (resolved)
                clientId = *resolved;
        }

        if (!stored) {
            QSqlQuery &ins = StatementCache::get(
                db,
                u"INSERT INTO device_mappings (integration_id, rmm_device_id, client_id, device_name, "
                "hostname, serial, mac_addresses, ip_addresses, os, active, rmm_client_key, rmm_client_name, "
                "rmm_site_name, last_seen, online, stale, seen_by_sync, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"_s);
            ins.addBindValue(c.integrationId);
            ins.addBindValue(d.rmmId);
            ins.addBindValue(nullableId(clientId));
            for (qsizetype i = 0; i < inventory.size(); ++i)
                ins.addBindValue(i == 6 ? QVariant(d.deleted ? 0 : 1) : inventory.at(i));
            ins.addBindValue(d.lastSeenMs > 0 ? QVariant(d.lastSeenMs)
                                              : QVariant(QMetaType::fromType<qint64>()));
            ins.addBindValue(nullableBool(d.online));
            ins.addBindValue(c.seenMark);
            ins.addBindValue(c.nowMs);
            ins.addBindValue(c.nowMs);
            if (!ins.exec()) {
                *failure = WriteResult::queryFailed(ins);
                return std::nullopt;
            }
            ++out.inserted;
            out.changedRows.append(ins.lastInsertId().toLongLong());
            continue;
        }

        const bool inventoryChanged =
            asCompared(inventory) != stored->inventory || clientId != stored->clientId.value_or(0);
        const QVariant online = d.online ? QVariant(*d.online ? 1 : 0) : QVariant();
        const bool anyChange = inventoryChanged || stored->stale ||
                               (d.lastSeenMs > 0 && d.lastSeenMs != stored->lastSeen) ||
                               online != stored->online;
        if (!anyChange) {
            QSqlQuery &seen =
                StatementCache::get(db, u"UPDATE device_mappings SET seen_by_sync = ? WHERE id = ?"_s);
            seen.addBindValue(c.seenMark);
            seen.addBindValue(stored->id);
            if (!seen.exec()) {
                *failure = WriteResult::queryFailed(seen);
                return std::nullopt;
            }
            continue;
        }
        QSqlQuery &upd = StatementCache::get(
            db,
            u"UPDATE device_mappings SET client_id = ?, device_name = ?, hostname = ?, serial = ?, "
            "mac_addresses = ?, ip_addresses = ?, os = ?, active = ?, rmm_client_key = ?, rmm_client_name = "
            "?, "
            "rmm_site_name = ?, last_seen = COALESCE(?, last_seen), online = ?, stale = 0, seen_by_sync = ?, "
            "updated_at = ? WHERE id = ?"_s);
        upd.addBindValue(nullableId(clientId));
        for (qsizetype i = 0; i < inventory.size(); ++i)
            upd.addBindValue(i == 6 ? QVariant(d.deleted ? 0 : 1) : inventory.at(i));
        upd.addBindValue(d.lastSeenMs > 0 ? QVariant(d.lastSeenMs) : QVariant(QMetaType::fromType<qint64>()));
        upd.addBindValue(nullableBool(d.online));
        upd.addBindValue(c.seenMark);
        upd.addBindValue(c.nowMs);
        upd.addBindValue(stored->id);
        if (!upd.exec()) {
            *failure = WriteResult::queryFailed(upd);
            return std::nullopt;
        }
        if (inventoryChanged)
            ++out.updated;
        out.changedRows.append(stored->id);
    }
    return out;
}

std::optional<QList<qint64>> DeviceInventoryStore::markUnseenStale(QSqlDatabase &db, const Context &c,
                                                                   WriteResult *failure)
{
    QSqlQuery find(db);
    find.prepare(u"SELECT id FROM device_mappings WHERE integration_id = ? AND stale = 0 AND "
                 "(seen_by_sync IS NULL OR seen_by_sync <> ?)"_s);
    find.addBindValue(c.integrationId);
    find.addBindValue(c.seenMark);
    if (!find.exec()) {
        *failure = WriteResult::queryFailed(find);
        return std::nullopt;
    }
    QList<qint64> ids;
    while (find.next())
        ids.append(find.value(0).toLongLong());
    find.finish();
    QSqlQuery mark(db);
    mark.prepare(u"UPDATE device_mappings SET stale = 1, updated_at = ? WHERE id = ?"_s);
    for (const qint64 id : std::as_const(ids)) {
        mark.addBindValue(c.nowMs);
        mark.addBindValue(id);
        if (!mark.exec()) {
            *failure = WriteResult::queryFailed(mark);
            return std::nullopt;
        }
    }
    return ids;
}

} // namespace nestogy
