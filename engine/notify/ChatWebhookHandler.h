#pragma once

#include "JobHandler.h"

namespace nestogy {

class CircuitBreakerRegistry;
class Database;
class StorageWriter;

// The NotifyChatWebhook job: posts a Slack/Teams-compatible message ({"text": ...}) about a new ticket to the
// integration's settings.notify_webhook_url, through that integration's circuit breaker, and records the call
// in outbound_deliveries. A non-2xx answer or a timeout is a failed attempt (retried, then dead-lettered).
class ChatWebhookHandler : public JobHandler
{
public:
    ChatWebhookHandler(Database &database, StorageWriter &writer, CircuitBreakerRegistry &breakers)
        : m_database(database)
        , m_writer(writer)
        , m_breakers(breakers)
    {}
    void run(const Job &job, Done done) override;

private:
    Database &m_database;
    StorageWriter &m_writer;
    CircuitBreakerRegistry &m_breakers;
};

} // namespace nestogy
