#include "ClientAssetList.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

std::optional<QList<ClientAssetList::Entry>> ClientAssetList::clients(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, name FROM clients ORDER BY name, id"_s);
    if (!exec(q, error))
        return std::nullopt;
    QList<Entry> out;
    while (q.next())
        out.append(Entry{q.value(0).toLongLong(), q.value(1).toString(), 0, {}});
    return out;
}

std::optional<QList<ClientAssetList::Entry>> ClientAssetList::assets(QSqlDatabase &db, qint64 clientId,
                                                                     QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, name, COALESCE(client_id, 0), COALESCE(asset_type, ''), COALESCE(serial, '') "
              u"FROM assets"_s +
              (clientId > 0 ? u" WHERE client_id = ?"_s : QString()) + u" ORDER BY name, id"_s);
    if (clientId > 0)
        q.addBindValue(clientId);
    if (!exec(q, error))
        return std::nullopt;
    QList<Entry> out;
    while (q.next()) {
        QStringList detail;
        for (int c : {3, 4}) {
            if (!q.value(c).toString().isEmpty())
                detail.append(q.value(c).toString());
        }
        out.append(Entry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                         detail.join(u", ")});
    }
    return out;
}

} // namespace nestogy
