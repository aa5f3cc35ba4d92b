#include "AuditLog.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace nestogy::AuditLog {

bool record(QSqlDatabase &db, const QString &actor, const QString &action, const QString &entity,
            const QString &entityId, const QJsonObject &details, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (actor, action, entity, entity_id, details, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    return q.exec();
}

} // namespace nestogy::AuditLog
