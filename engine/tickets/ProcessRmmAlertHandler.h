#pragma once

#include "JobHandler.h"

#include <QPointer>

class QObject;

namespace nestogy {

class Clock;
class StorageWriter;

// The ProcessRmmAlert job: hands the alert event to the TicketPipeline as one writer unit.
class ProcessRmmAlertHandler : public JobHandler
{
public:
    // `replyContext` is a long-lived object whose thread receives the writer's answer (the engine).
    ProcessRmmAlertHandler(StorageWriter &writer, const Clock &clock, QObject *replyContext)
        : m_writer(writer)
        , m_clock(clock)
        , m_replyContext(replyContext)
    {}

    void run(const Job &job, Done done) override;

private:
    StorageWriter &m_writer;
    const Clock &m_clock;
    QPointer<QObject> m_replyContext;
};

} // namespace nestogy
