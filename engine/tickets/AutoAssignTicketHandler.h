#pragma once

#include "JobHandler.h"
#include "WriteResult.h"

#include <QPointer>
#include <QSqlDatabase>

class QObject;

namespace nestogy {

class Clock;
class StorageWriter;

// The AutoAssignTicket job (queue ticket-assignment): picks the technician for a new, unassigned ticket with
// the Assigner and writes the winner and the score breakdown as a ticket event, or says why nobody. An Urgent
// ticket then tells its technicians by mail (NotifyTechnicians). The assignment and the end of the job commit
// together, so a retry after a crash never assigns twice.
class AutoAssignTicketHandler : public JobHandler
{
public:
    AutoAssignTicketHandler(StorageWriter &writer, const Clock &clock, QObject *replyContext)
        : m_writer(writer)
        , m_clock(clock)
        , m_replyContext(replyContext)
    {}
    void run(const Job &job, Done done) override;

    // The work itself, as one writer unit (without the job bookkeeping); value: what was done.
    static WriteResult assign(QSqlDatabase &db, qint64 ticketId, qint64 nowMs);

private:
    StorageWriter &m_writer;
    const Clock &m_clock;
    QPointer<QObject> m_replyContext;
};

} // namespace nestogy
