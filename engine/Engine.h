#pragma once

#include "EngineConfig.h"
#include "OwnedThread.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace nestogy {

class AdminTokens;
class ChangeNotifier;
class Clock;
class CredentialVault;
class Database;
class HttpServer;
class MasterKeySource;
class StorageWriter;
class TlsCredentials;
class WalCheckpointer;
struct ApiContext;
class IntegrationsController;
class ClientsController;
class TechniciansController;
class HealthController;
class TicketsController;
class CircuitBreakerRegistry;
class MaintenanceWindowsController;
class Scheduler;
class SettingsController;
class AlertsController;
class IntegrationCache;
class WebhookController;
class JobQueue;
class WorkerPool;
class JobsController;
class RetentionPurger;
class DeviceSyncController;

// The facade that owns storage, the vault, the HTTP listener and the API; lives on the engine thread and
// talks to the outside only through signals. Start with start(); it answers with started() or failed().
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(EngineConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Engine() override;

    const EngineConfig &config() const { return m_config; }
    // Thread-safe handle for readers on other threads (each thread gets its own connection).
    Database *database() const { return m_database.get(); }
    // Register job handlers here (thread-safe); null before start() opened the database.
    WorkerPool *workerPool() const { return m_workerPool.get(); }
    // The durable job queue (thread-safe: retry and discard go through the writer); null before start().
    JobQueue *jobQueue() const { return m_jobQueue.get(); }
    // The single writer (thread-safe submit); null before start() opened the database.
    StorageWriter *writer() const { return m_writer.get(); }
    // Which rows changed, batched; lives on the engine thread, connect from any thread.
    ChangeNotifier *changes() const { return m_changes; }
    const Clock &clock() const { return m_clock; }
    // The credential vault (seal/open are const and safe from any thread once vaultStatusChanged said ready).
    const CredentialVault &vault() const { return *m_vault; }
    // Circuit breakers of the outbound calls per integration (thread-safe); null before start().
    CircuitBreakerRegistry *breakers() const { return m_breakers.get(); }
    // Deletes what the retention settings say is old enough (run() is thread-safe); null before start().
    RetentionPurger *retention() const { return m_retention; }
    quint16 port() const;

public Q_SLOTS:
    void start();
    // Stops accepting, answers what is in flight, commits what is queued, then emits stopped().
    void stop();
    // Reads the master key again when the vault is not unlocked (say, a keyring was started since); answers
    // with vaultStatusChanged().
    void retryVaultUnlock();

Q_SIGNALS:
    void started(const QString &url);
    void failed(const QString &reason);
    void stopped();
    void vaultStatusChanged(bool ready, const QString &reason);

private:
    QString loadTls();
    QString prepareDataDir();
    QString openDatabase();
    QString setUpAdminToken();
    void unlockVault();
    void startListening();
    void finishStop();
    void finishStopAfterJobs();
    QJsonObject healthStatus(bool detailed) const;

    EngineConfig m_config;
    const Clock &m_clock;
    ChangeNotifier *m_changes = nullptr;
    std::unique_ptr<Database> m_database;
    OwnedThread m_writerThread;
    std::unique_ptr<StorageWriter> m_writer;
    std::unique_ptr<JobQueue> m_jobQueue;
    std::unique_ptr<WorkerPool> m_workerPool;
    OwnedThread m_checkpointThread;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<CircuitBreakerRegistry> m_breakers;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<AdminTokens> m_tokens;
    std::unique_ptr<TlsCredentials> m_tls; // null: plain HTTP
    QPointer<MasterKeySource> m_keySource;
    QPointer<HttpServer> m_server;
    QPointer<Scheduler> m_scheduler;
    RetentionPurger *m_retention = nullptr; // child of the engine
    std::unique_ptr<ApiContext> m_apiContext;
    std::unique_ptr<IntegrationsController> m_integrations;
    std::unique_ptr<ClientsController> m_clients;
    std::unique_ptr<TechniciansController> m_technicians;
    std::unique_ptr<HealthController> m_health;
    std::unique_ptr<TicketsController> m_tickets;
    std::unique_ptr<MaintenanceWindowsController> m_maintenance;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<AlertsController> m_alerts;
    std::unique_ptr<IntegrationCache> m_integrationCache;
    std::unique_ptr<WebhookController> m_webhooks;
    std::unique_ptr<JobsController> m_jobs;
    std::unique_ptr<DeviceSyncController> m_deviceSync;
    qint64 m_startedMs = 0;
    bool m_stopping = false;
    bool m_finishing = false;
    bool m_jobsFinished = false;
};

} // namespace nestogy
