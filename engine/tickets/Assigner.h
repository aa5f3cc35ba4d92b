#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// Picks the technician for a new ticket by a score anyone can read back: spare capacity (capacity minus open
// tickets), skills matching the alert type or category, familiarity with the client (their tickets in the
// last 90 days), being on shift by their working hours, and seniority for Urgent tickets. Ties go round-robin
// (the one whose last assignment is oldest). Nobody with spare capacity: no assignee, and the reason says so.
namespace Assigner {

struct Request
{
    std::optional<qint64> clientId;
    QString alertType;
    QString category;
    QString priority;
    qint64 nowMs = 0;
};

struct Choice
{
    std::optional<qint64> technicianId;
    QString reason; // "assigned to Dana: spare capacity 4 of 6, skill 'backup' matched, ..." or why nobody
};

Choice choose(QSqlDatabase &db, const Request &request);

// Whether `hours` ({"mon": "08:00-17:00", ...}, in `timezone`) covers the moment `nowMs`; no hours = always.
bool onShift(const QString &workingHoursJson, const QString &timezone, qint64 nowMs);

} // namespace Assigner

} // namespace nestogy
