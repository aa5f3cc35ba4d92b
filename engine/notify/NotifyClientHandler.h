#pragma once

#include "JobHandler.h"

namespace nestogy {

class Database;
class StorageWriter;

// The NotifyClientOfRmmAlert job: mails the alert's client contact (when the client opted in) over SMTP, and
// records the delivery in outbound_deliveries so that a retried job does not mail twice.
class NotifyClientHandler : public JobHandler
{
public:
    NotifyClientHandler(Database &database, StorageWriter &writer)
        : m_database(database)
        , m_writer(writer)
    {}
    void run(const Job &job, Done done) override;

private:
    Database &m_database;
    StorageWriter &m_writer;
};

} // namespace nestogy
