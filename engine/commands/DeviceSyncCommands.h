#pragma once

#include "ConnectionTest.h"
#include "IntegrationDraftCheck.h"
#include "SyncRun.h"
#include "WriteResult.h"

#include <QObject>

#include <functional>
#include <optional>

namespace nestogy {

class ChangeNotifier;
class Clock;
class CredentialVault;
class Database;
class StorageWriter;

// Inventory sync and connection tests of integrations, the same for the management API and the desktop:
// starting a sync (refused, naming what is missing, for an integration that cannot call its API; refused
// while one is unfinished), reading the latest run with its progress, and testing the API with the stored or
// the edited credentials. Reads run on the calling thread's connection; writes go through the StorageWriter.
class DeviceSyncCommands
{
public:
    struct Services
    {
        Database &database;
        StorageWriter &writer;
        const CredentialVault &vault;
        const Clock &clock;
        ChangeNotifier *changes = nullptr; // may be null (tests)
    };

    struct Outcome
    {
        enum class Status {
            Ok,          // `run` is the new run
            NotFound,    // no such integration
            Invalid,     // it cannot call its API: `field` and `message` say what is missing
            Conflict,    // a sync is unfinished: `run` is that one
            Unavailable, // storage or the vault failed: `message`
        };
        Status status = Status::Ok;
        QString field;
        QString message;
        std::optional<SyncRun> run;
        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Outcome &)>;

    struct TestOutcome
    {
        enum class Status {
            Ok,          // `result.ok`: the API answered; else `result.error` is the vendor's reason
            NotFound,    // no such integration
            Invalid,     // the draft or the integration cannot call an API: `field`, `message`
            Unavailable, // storage or the vault failed: `message`
        };
        Status status = Status::Ok;
        QString field;
        QString message;
        ConnectionTest::Result result;
    };
    using TestDone = std::function<void(const TestOutcome &)>;

    explicit DeviceSyncCommands(Services services);

    // Why the integration cannot be synced or tested, as {field, message}; nullopt when it can.
    static std::optional<std::pair<QString, QString>> unusable(const Integration &integration);

    // Requests a sync of the integration by `actor` (audited). `done` runs once: right away when refused
    // before writing, else on `context`'s thread after the commit.
    void start(const QString &uuid, const QString &actor, QObject *context, Done done) const;
    // The integration's latest run (nullopt when it never synced; *error set when the read failed).
    std::optional<SyncRun> latest(qint64 integrationId, QString *error = nullptr) const;
    // The stored integration, for callers that hold only its uuid.
    std::optional<Integration> find(const QString &uuid, QString *error = nullptr) const;

    // Tests the saved integration's API with its stored credentials. `done` on `context`'s thread.
    void testConnection(const QString &uuid, QObject *context, TestDone done) const;
    // Tests what an editor holds: the draft's provider, endpoint, settings and credentials, stored values
    // standing in for those not edited. Nothing is saved.
    void testDraft(const IntegrationDraftCheck::Draft &draft, QObject *context, TestDone done) const;

private:
    void test(const Integration &integration, const QMap<QString, QByteArray> &credentials, QObject *context,
              TestDone done) const;

    Services m_services;
};

} // namespace nestogy
