#include "SettingsStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace nestogy::SettingsStore {

namespace {
QString keyOf(const QString &section)
{
    return QStringLiteral("section.") + section;
}
} // namespace

std::optional<QJsonObject> read(QSqlDatabase &db, const QString &section, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(keyOf(section));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return QJsonObject{};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

bool write(QSqlDatabase &db, const QString &section, const QJsonObject &value, QString *error)
{
    QSqlQuery q(db);
    // Portable upsert: SQLite 3.24+ and PostgreSQL 9.5+ both speak ON CONFLICT.
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                             "SET value = excluded.value"));
    q.addBindValue(keyOf(section));
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace nestogy::SettingsStore
