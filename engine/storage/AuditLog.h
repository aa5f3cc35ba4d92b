#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace nestogy {

// Appends who-did-what rows to audit_log inside the caller's write transaction. Details never carry secrets.
namespace AuditLog {
bool record(QSqlDatabase &db, const QString &actor, const QString &action, const QString &entity,
            const QString &entityId, const QJsonObject &details, qint64 nowMs);
}

} // namespace nestogy
