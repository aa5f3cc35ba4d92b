#pragma once

#include <QObject>
#include <QString>

namespace nestogy {

class AdminTokens;
class ChangeNotifier;
class Clock;
class CredentialVault;
class Database;
class IntegrationCache;
class RetentionPurger;
class StorageWriter;

// What the management API controllers share: storage, the vault, the tokens and the clock. Owned by Engine.
struct ApiContext
{
    Database &database;
    StorageWriter &writer;
    const CredentialVault &vault;
    const AdminTokens &tokens;
    const Clock &clock;
    QObject *replyContext; // lives on the engine thread; deferred answers are delivered there
    QString publicUrl;     // base for webhook_url; empty: derived from the request's Host header
    qint64 secretGraceMs = 24 * 3600 * 1000;
    IntegrationCache *integrationCache = nullptr; // told when an integration changes
    ChangeNotifier *changes = nullptr;            // told which rows changed (for the desktop models)
    RetentionPurger *retention = nullptr;         // runs the retention purge on request
};

} // namespace nestogy
