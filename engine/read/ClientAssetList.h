#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// The clients and assets a device mapping can be pointed at, by name, for the desktop's remap dialog.
// Read-only; runs on the caller's connection.
class ClientAssetList
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        qint64 clientId = 0; // assets: the client it belongs to (0: none); clients: 0
        QString detail;      // assets: type and serial, for telling same-named assets apart

        bool operator==(const Entry &) const = default;
    };

    // Every client, by name.
    static std::optional<QList<Entry>> clients(QSqlDatabase &db, QString *error);
    // The assets of one client (clientId > 0), or every asset (clientId 0), by name.
    static std::optional<QList<Entry>> assets(QSqlDatabase &db, qint64 clientId, QString *error);
};

} // namespace nestogy
