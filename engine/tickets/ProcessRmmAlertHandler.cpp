#include "ProcessRmmAlertHandler.h"

#include "Clock.h"
#include "StorageWriter.h"
#include "TicketPipeline.h"

namespace nestogy {

void ProcessRmmAlertHandler::run(const Job &job, Done done)
{
    TicketPipeline::Input in{job.payload.value(u"alert_id").toString(),
                             job.payload.value(u"event").toString(), job.id, job.lockedBy, m_clock.nowMs()};
    if (in.alertUuid.isEmpty()) {
        done(QStringLiteral("the job names no alert_id"));
        return;
    }
    m_writer.submit([in](QSqlDatabase &db) { return TicketPipeline::process(db, in); }, m_replyContext.data(),
                    [done](const WriteResult &r) { done(r.ok() ? QString() : r.error); });
}

} // namespace nestogy
