#pragma once

#include "Technician.h"
#include "WriteResult.h"

#include <QSqlDatabase>

#include <optional>

namespace nestogy {

// Reads and writes technicians.
class TechnicianStore
{
public:
    static QList<Technician> list(QSqlDatabase &db, QString *error = nullptr);
    static std::optional<Technician> find(QSqlDatabase &db, qint64 id, QString *error = nullptr);
    // The value is the new id; a duplicate email is a Conflict.
    static WriteResult insert(QSqlDatabase &db, const Technician &technician, qint64 nowMs);
};

} // namespace nestogy
