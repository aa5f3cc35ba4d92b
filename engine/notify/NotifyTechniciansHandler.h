#pragma once

#include "JobHandler.h"

#include <QSqlDatabase>
#include <QStringList>

namespace nestogy {

class CredentialVault;
class Database;
class StorageWriter;

// The NotifyTechnicians job: mails the people who must act on a ticket. payload {ticket_id, reason, message}:
// reason urgent_ticket tells the assignee (the managers when nobody could be assigned); sla_response_breach,
// sla_resolution_breach and sla_inactivity tell the managers (technicians with role manager) and the
// assignee. Each recipient gets the message once, even when the job is retried after a partial failure.
class NotifyTechniciansHandler : public JobHandler
{
public:
    NotifyTechniciansHandler(Database &database, StorageWriter &writer, const CredentialVault &vault)
        : m_database(database)
        , m_writer(writer)
        , m_vault(vault)
    {}
    void run(const Job &job, Done done) override;

    // Who gets the message: addresses in order, without duplicates.
    static QStringList recipients(QSqlDatabase &db, qint64 ticketId, const QString &reason, QString *error);

private:
    Database &m_database;
    StorageWriter &m_writer;
    const CredentialVault &m_vault;
};

} // namespace nestogy
