#pragma once

#include "Client.h"
#include "WriteResult.h"

#include <QSqlDatabase>

#include <optional>

namespace nestogy {

// Reads and writes clients.
class ClientStore
{
public:
    static QList<Client> list(QSqlDatabase &db, QString *error = nullptr);
    static std::optional<Client> find(QSqlDatabase &db, qint64 id, QString *error = nullptr);
    // The value is the new id; a duplicate name is a Conflict.
    static WriteResult insert(QSqlDatabase &db, const Client &client, qint64 nowMs);
};

} // namespace nestogy
