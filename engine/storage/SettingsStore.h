#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// Application settings that belong to the installation rather than to one integration (mail, SLA calendar),
// stored as one JSON object per section in the settings table, so every workstation and nestogyd sharing a
// database sees the same. Secrets inside a section are sealed by the caller (CredentialVault) first.
namespace SettingsStore {
// The section, or an empty object when it was never saved; nullopt (with *error) when the read failed.
std::optional<QJsonObject> read(QSqlDatabase &db, const QString &section, QString *error = nullptr);
// Replaces the section; runs inside the caller's write transaction.
bool write(QSqlDatabase &db, const QString &section, const QJsonObject &value, QString *error = nullptr);
} // namespace SettingsStore

} // namespace nestogy
