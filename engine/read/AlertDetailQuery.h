#pragma once

#include "AlertDetail.h"

#include <optional>

namespace nestogy {

class Database;

// One alert with its raw payload and ticket, by id, for the desktop's detail panel. Read-only; runs on the
// calling thread's connection.
class AlertDetailQuery
{
public:
    explicit AlertDetailQuery(Database &db)
        : m_db(db)
    {}

    // The alert, or nullopt: with *error empty when there is no such alert, else why the read failed.
    std::optional<AlertDetail> find(qint64 id, QString *error) const;
    // The id of the alert with this uuid (as the API and notifications name alerts), or nullopt: with *error
    // empty when there is no such alert.
    std::optional<qint64> idOf(const QString &uuid, QString *error) const;

private:
    Database &m_db;
};

} // namespace nestogy
