#pragma once

#include "JobHandler.h"

#include <QString>

namespace nestogy {

class CredentialVault;
class Database;
class StorageWriter;

// The NotifyClientOfRmmAlert job: mails the alert's client contact (when the client opted in) over SMTP with
// the admin's template (settings section "notifications"), and records the delivery in outbound_deliveries so
// that a retried job does not mail twice.
class NotifyClientHandler : public JobHandler
{
public:
    NotifyClientHandler(Database &database, StorageWriter &writer, const CredentialVault &vault)
        : m_database(database)
        , m_writer(writer)
        , m_vault(vault)
    {}
    void run(const Job &job, Done done) override;

    static QString defaultSubject();
    static QString defaultBody();
    static QStringList placeholders();

private:
    Database &m_database;
    StorageWriter &m_writer;
    const CredentialVault &m_vault;
};

} // namespace nestogy
