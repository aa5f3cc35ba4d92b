#pragma once

#include "Integration.h"
#include "WebhookAuthenticator.h"

#include <QHash>
#include <QString>

#include <optional>

namespace nestogy {

class Clock;
class CredentialVault;
class Database;

// The webhook path's view of integrations: each looked up once, its secrets opened once, then kept for a few
// seconds (another process sharing the database may change it) or until the management API invalidates it.
class IntegrationCache
{
public:
    struct Entry
    {
        Integration integration;
        WebhookAuthenticator::Secrets secrets;
        QString secretsError; // set when sealed secrets exist but the vault cannot open them
        qint64 loadedMs = 0;
    };

    IntegrationCache(Database &database, const CredentialVault &vault, const Clock &clock)
        : m_database(database)
        , m_vault(vault)
        , m_clock(clock)
    {}

    // nullopt: no such integration. *error set: storage failed.
    std::optional<Entry> find(const QString &uuid, QString *error);
    void invalidate(const QString &uuid) { m_entries.remove(uuid); }
    void clear() { m_entries.clear(); }

    static constexpr qint64 TtlMs = 5000;

private:
    Database &m_database;
    const CredentialVault &m_vault;
    const Clock &m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace nestogy
