#pragma once

#include "WriteResult.h"

#include <QSqlDatabase>

namespace nestogy {

// Watches open tickets against their SLA (CheckTicketEscalation): at 75 % of the response or resolution time
// a warning, at 100 % a breach, which raises the priority one step and, when the assignee has not responded,
// hands the ticket to the most senior technician with spare capacity. Each step happens once per ticket and
// level, and each is a ticket event saying why. Runs as one writer unit; the value is the number of steps.
namespace Escalator {
WriteResult check(QSqlDatabase &db, qint64 nowMs);
QString raisedPriority(const QString &priority);
} // namespace Escalator

} // namespace nestogy
