#include "TechnicianStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace nestogy {

namespace {
const QString Columns = QStringLiteral("id, name, email, skills, capacity, seniority, working_hours, "
                                       "timezone, active, created_at, updated_at, role");

Technician fromRow(const QSqlQuery &q)
{
    Technician t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.email = q.value(2).toString();
    const QJsonArray skills = QJsonDocument::fromJson(q.value(3).toByteArray()).array();
    for (const auto &s : skills)
        t.skills.append(s.toString());
    t.capacity = q.value(4).toInt();
    t.seniority = q.value(5).toInt();
    t.workingHours = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    t.timezone = q.value(7).toString();
    t.active = q.value(8).toInt() != 0;
    t.createdMs = q.value(9).toLongLong();
    t.updatedMs = q.value(10).toLongLong();
    t.role = q.value(11).toString();
    return t;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

QList<Technician> TechnicianStore::list(QSqlDatabase &db, QString *error)
{
    QList<Technician> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM technicians ORDER BY name, id").arg(Columns))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<Technician> TechnicianStore::find(QSqlDatabase &db, qint64 id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM technicians WHERE id = ?").arg(Columns));
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

WriteResult TechnicianStore::insert(QSqlDatabase &db, const Technician &t, qint64 nowMs)
{
    if (!t.email.isEmpty()) {
        QSqlQuery dup(db);
        dup.prepare(QStringLiteral("SELECT id FROM technicians WHERE email = ?"));
        dup.addBindValue(t.email);
        if (!dup.exec())
            return WriteResult::queryFailed(dup);
        if (dup.next())
            return WriteResult::failure(
                WriteResult::Code::Conflict,
                QStringLiteral("a technician with email '%1' already exists").arg(t.email));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO technicians (name, email, skills, capacity, seniority, working_hours, "
        "timezone, active, created_at, updated_at, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.name);
    q.addBindValue(nullIfEmpty(t.email));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(t.skills)).toJson(QJsonDocument::Compact)));
    q.addBindValue(t.capacity);
    q.addBindValue(t.seniority);
    q.addBindValue(QString::fromUtf8(QJsonDocument(t.workingHours).toJson(QJsonDocument::Compact)));
    q.addBindValue(nullIfEmpty(t.timezone));
    q.addBindValue(t.active ? 1 : 0);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(t.role);
    if (!q.exec())
        return WriteResult::queryFailed(q);
    QSqlQuery idq(db);
    idq.prepare(QStringLiteral("SELECT MAX(id) FROM technicians WHERE name = ? AND created_at = ?"));
    idq.addBindValue(t.name);
    idq.addBindValue(nowMs);
    if (!idq.exec() || !idq.next())
        return WriteResult::queryFailed(idq);
    return WriteResult::success(idq.value(0).toLongLong());
}

} // namespace nestogy
