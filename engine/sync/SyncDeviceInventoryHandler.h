#pragma once

#include "JobHandler.h"

#include <memory>

namespace nestogy {

class ChangeNotifier;
class CircuitBreakerRegistry;
class Clock;
class CredentialVault;
class Database;
class RmmTokenCache;
class StorageWriter;

// The SyncDeviceInventory job (queue device-sync): reads every device of the integration's RMM account
// through its API client, through the integration's circuit breaker, and writes them page by page into
// device_mappings (DeviceInventoryStore), keeping the run's progress in sync_runs and telling the desktop
// after each page. When the listing is complete, devices it did not return are marked stale and
// integrations.last_sync is set. A failed attempt is retried by the queue; the run says why meanwhile.
class SyncDeviceInventoryHandler : public JobHandler
{
public:
    struct Services
    {
        Database &database;
        StorageWriter &writer;
        const CredentialVault &vault;
        CircuitBreakerRegistry &breakers;
        const Clock &clock;
        ChangeNotifier *changes = nullptr; // may be null
    };

    explicit SyncDeviceInventoryHandler(Services services);
    ~SyncDeviceInventoryHandler() override;

    void run(const Job &job, Done done) override;

    // Tokens are shared by every run of this handler: consecutive syncs authenticate once.
    const std::shared_ptr<RmmTokenCache> &tokens() const { return m_tokens; }

private:
    Services m_services;
    std::shared_ptr<RmmTokenCache> m_tokens;
};

} // namespace nestogy
