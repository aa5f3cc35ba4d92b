#include "Engine.h"

#include "AdminTokens.h"
#include "AlertsController.h"
#include "ApiContext.h"
#include "AutoAssignTicketHandler.h"
#include "ChangeNotifier.h"
#include "ChatWebhookHandler.h"
#include "CircuitBreaker.h"
#include "ClientsController.h"
#include "Clock.h"
#include "CredentialVault.h"
#include "Database.h"
#include "DeviceSyncController.h"
#include "Escalator.h"
#include "HealthController.h"
#include "HttpServer.h"
#include "IntegrationCache.h"
#include "IntegrationStore.h"
#include "IntegrationsController.h"
#include "JobQueue.h"
#include "JobsController.h"
#include "MaintenanceWindows.h"
#include "MaintenanceWindowsController.h"
#include "MasterKeySource.h"
#include "NotifyClientHandler.h"
#include "NotifyTechniciansHandler.h"
#include "ProcessRmmAlertHandler.h"
#include "RetentionPurger.h"
#include "Scheduler.h"
#include "SettingsController.h"
#include "StorageWriter.h"
#include "SyncDeviceInventoryHandler.h"
#include "SyncRunStore.h"
#include "SyncSchedule.h"
#include "TechniciansController.h"
#include "TicketsController.h"
#include "TlsCredentials.h"
#include "WalCheckpointer.h"
#include "WebhookAuthenticator.h"
#include "WebhookController.h"
#include "WorkerPool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEngine, "nestogy.engine")

namespace nestogy {

namespace {
constexpr int VaultUnlockTimeoutMs = 15000;
constexpr int DrainTimeoutMs = 15000;
constexpr qint64 RetentionIntervalMs = 3600 * 1000;
constexpr qint64 FirstRetentionDelayMs = 5 * 60 * 1000; // after start, once things have settled
} // namespace

Engine::Engine(EngineConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_changes(new ChangeNotifier(this))
    , m_vault(std::make_unique<CredentialVault>())
    , m_tokens(std::make_unique<AdminTokens>())
{}

Engine::~Engine()
{
    delete m_server.data();
    // Workers report to the writer: they end first. Each thread must end before its object goes away.
    m_workerPool.reset();
    m_writerThread.reset();
    m_writer.reset();
    if (m_checkpointer) // its timer belongs to its thread: delete it there
        QMetaObject::invokeMethod(
            m_checkpointer.get(), [cp = m_checkpointer.release()] { delete cp; },
            Qt::BlockingQueuedConnection);
    m_checkpointThread.reset();
}

quint16 Engine::port() const
{
    return m_server ? m_server->port() : 0;
}

void Engine::start()
{
    m_startedMs = m_clock.nowMs();
    for (const auto &step :
         {&Engine::loadTls, &Engine::prepareDataDir, &Engine::openDatabase, &Engine::setUpAdminToken}) {
        if (const QString err = (this->*step)(); !err.isEmpty()) {
            Q_EMIT failed(err);
            return;
        }
    }
    unlockVault();
}

QString Engine::loadTls()
{
    if (!m_config.tls())
        return {};
    if (m_config.tlsKeyFile.isEmpty() || m_config.tlsCertFile.isEmpty())
        return QStringLiteral("TLS needs both a certificate and its private key: %1 is given, %2 is not")
            .arg(m_config.tlsKeyFile.isEmpty() ? QStringLiteral("--tls-cert (NESTOGY_TLS_CERT)")
                                               : QStringLiteral("--tls-key (NESTOGY_TLS_KEY)"),
                 m_config.tlsKeyFile.isEmpty() ? QStringLiteral("--tls-key (NESTOGY_TLS_KEY)")
                                               : QStringLiteral("--tls-cert (NESTOGY_TLS_CERT)"));
    TlsCredentials::Problem problem;
    auto loaded = TlsCredentials::load(m_config.tlsCertFile, m_config.tlsKeyFile, m_config.tlsKeyPassphrase,
                                       &problem, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC));
    if (!loaded)
        return QStringLiteral("TLS: ") + problem.message;
    m_tls = std::make_unique<TlsCredentials>(std::move(*loaded));
    qCInfo(lcEngine).noquote() << "TLS certificate" << m_tls->chain().constFirst().subjectDisplayName()
                               << "valid until" << m_tls->expires().toString(Qt::ISODate);
    return {};
}

QString Engine::prepareDataDir()
{
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = EngineConfig::defaultDataDir();
    QDir dir(m_config.dataDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return QStringLiteral("cannot create the data directory %1").arg(m_config.dataDir);
    // Probe with a real write: permission bits do not tell about read-only mounts or full disks.
    QTemporaryFile probe(dir.filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open() || probe.write("ok") != 2 || !probe.flush())
        return QStringLiteral("the data directory %1 is not writable: %2")
            .arg(m_config.dataDir, probe.errorString());
    return {};
}

QString Engine::openDatabase()
{
    DatabaseConfig dbConfig =
        DatabaseConfig::sqlite(QDir(m_config.dataDir).filePath(QStringLiteral("nestogy.db")));
    if (!m_config.databaseUrl.isEmpty()) {
        QString error;
        const auto parsed = DatabaseConfig::fromUrl(m_config.databaseUrl, &error);
        if (!parsed)
            return error;
        dbConfig = *parsed;
    }
    m_database = std::make_unique<Database>(dbConfig);
    if (const QString err = m_database->openAndMigrate(); !err.isEmpty())
        return err;
    m_writerThread = startNamedThread(QStringLiteral("nestogy-storage-writer"));
    m_writer = std::make_unique<StorageWriter>(*m_database);
    m_writer->moveToThread(m_writerThread.get());
    m_jobQueue = std::make_unique<JobQueue>(*m_database, *m_writer, m_clock);
    m_breakers = std::make_unique<CircuitBreakerRegistry>(m_clock);
    m_retention = new RetentionPurger(*m_database, *m_writer, m_clock, m_changes, this);
    m_workerPool = std::make_unique<WorkerPool>(*m_jobQueue);
    m_workerPool->registerHandler(QStringLiteral("ProcessRmmAlert"),
                                  std::make_shared<ProcessRmmAlertHandler>(*m_writer, m_clock, this));
    m_workerPool->registerHandler(QStringLiteral("NotifyClientOfRmmAlert"),
                                  std::make_shared<NotifyClientHandler>(*m_database, *m_writer, *m_vault));
    m_workerPool->registerHandler(
        QStringLiteral("NotifyTechnicians"),
        std::make_shared<NotifyTechniciansHandler>(*m_database, *m_writer, *m_vault));
    m_workerPool->registerHandler(QStringLiteral("AutoAssignTicket"),
                                  std::make_shared<AutoAssignTicketHandler>(*m_writer, m_clock, this));
    m_workerPool->registerHandler(QStringLiteral("NotifyChatWebhook"),
                                  std::make_shared<ChatWebhookHandler>(*m_database, *m_writer, *m_breakers));
    m_workerPool->registerHandler(
        QString::fromLatin1(SyncRunStore::JobKind),
        std::make_shared<SyncDeviceInventoryHandler>(SyncDeviceInventoryHandler::Services{
            *m_database, *m_writer, *m_vault, *m_breakers, m_clock, m_changes}));
    if (dbConfig.kind == DatabaseConfig::Kind::Sqlite) {
        m_checkpointThread = startNamedThread(QStringLiteral("nestogy-wal-checkpoint"));
        m_checkpointer = std::make_unique<WalCheckpointer>(*m_database);
        m_checkpointer->moveToThread(m_checkpointThread.get());
        QMetaObject::invokeMethod(m_checkpointer.get(), [cp = m_checkpointer.get()] { cp->start(); });
        m_writer->setExternalCheckpoints(true);
    }
    qCInfo(lcEngine).noquote() << "database" << dbConfig.describe();
    return {};
}

QString Engine::setUpAdminToken()
{
    const QByteArray envToken = qgetenv("NESTOGY_ADMIN_TOKEN").trimmed();
    if (!envToken.isEmpty()) {
        // An explicit token replaces any generated one: the admin chose it.
        m_tokens->addPlain(QStringLiteral("admin"), envToken);
        return {};
    }
    QSqlDatabase db = m_database->connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, token_hash FROM admin_tokens")))
        return QStringLiteral("cannot read admin tokens: %1").arg(q.lastError().text());
    while (q.next())
        m_tokens->add(q.value(0).toString(), q.value(1).toByteArray());
    const QString path = QDir(m_config.dataDir).filePath(QStringLiteral("admin-token"));
    if (!m_tokens->isEmpty()) {
        if (!QFile::exists(path))
            qCWarning(lcEngine).noquote()
                << "the admin token file" << path << "is gone; set NESTOGY_ADMIN_TOKEN to choose a new token";
        return {};
    }
    const QByteArray token = AdminTokens::generate();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(token + '\n') != token.size() + 1 || !file.flush())
        return QStringLiteral("cannot write the admin token to %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.close();
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO admin_tokens (name, token_hash, created_at) VALUES (?, ?, ?)"));
    ins.addBindValue(QStringLiteral("admin"));
    ins.addBindValue(QString::fromLatin1(AdminTokens::hash(token)));
    ins.addBindValue(m_clock.nowMs());
    if (!ins.exec())
        return QStringLiteral("cannot store the admin token hash: %1").arg(ins.lastError().text());
    m_tokens->add(QStringLiteral("admin"), AdminTokens::hash(token));
    qCInfo(lcEngine).noquote() << "generated an admin token in" << path;
    return {};
}

void Engine::retryVaultUnlock()
{
    if (m_vault->isReady() || !m_database) {
        Q_EMIT vaultStatusChanged(m_vault->isReady(), m_vault->unavailableReason());
        return;
    }
    if (!m_keySource) // not already asking
        unlockVault();
}

void Engine::unlockVault()
{
    auto *source = new MasterKeySource(this);
    m_keySource = source;
    if (!m_config.keychainKeyName.isEmpty())
        source->setKeyName(m_config.keychainKeyName);
    {
        QSqlDatabase db = m_database->connection();
        QSqlQuery q(db);
        source->setMayCreate(q.exec(QStringLiteral("SELECT COUNT(*) FROM integration_secrets")) && q.next() &&
                             q.value(0).toLongLong() == 0);
    }
    auto *timeout = new QTimer(source);
    timeout->setSingleShot(true);
    auto finish = [this, source](const QByteArray &key, const QString &origin, const QString &error) {
        if (m_keySource != source)
            return; // already answered (the timeout, or a late keychain reply)
        m_keySource.clear();
        source->deleteLater();
        if (error.isEmpty()) {
            m_vault->setMasterKey(key);
            qCInfo(lcEngine).noquote() << "credential vault unlocked from the" << origin;
        } else {
            m_vault->setUnavailable(error);
            qCWarning(lcEngine).noquote() << "credential vault unavailable:" << error;
        }
        Q_EMIT vaultStatusChanged(m_vault->isReady(), m_vault->unavailableReason());
        if (!m_server) // the first unlock, at start
            startListening();
    };
    connect(source, &MasterKeySource::keyReady, this,
            [finish](const QByteArray &key, const QString &origin) { finish(key, origin, {}); });
    connect(source, &MasterKeySource::failed, this, [finish](const QString &why) { finish({}, {}, why); });
    connect(timeout, &QTimer::timeout, this, [finish] {
        finish({}, {},
               QStringLiteral("the OS keychain did not answer within %1 s; %2")
                   .arg(VaultUnlockTimeoutMs / 1000)
                   .arg(MasterKeySource::remedy()));
    });
    timeout->start(VaultUnlockTimeoutMs);
    source->load();
}

void Engine::startListening()
{
    m_server = new HttpServer(this);
    m_server->setMaxBodyBytes(m_config.maxBodyBytes);
    if (m_tls)
        m_server->setTls(m_tls->serverConfiguration());
    m_apiContext.reset(
        new ApiContext{*m_database, *m_writer, *m_vault, *m_tokens, m_clock, this, m_config.publicUrl});
    m_integrations = std::make_unique<IntegrationsController>(*m_apiContext);
    m_clients = std::make_unique<ClientsController>(*m_apiContext);
    m_technicians = std::make_unique<TechniciansController>(*m_apiContext);
    m_health = std::make_unique<HealthController>(*m_tokens,
                                                  [this](bool detailed) { return healthStatus(detailed); });
    m_alerts = std::make_unique<AlertsController>(*m_apiContext);
    m_integrationCache = std::make_unique<IntegrationCache>(*m_database, *m_vault, m_clock);
    m_apiContext->integrationCache = m_integrationCache.get();
    m_apiContext->changes = m_changes;
    m_apiContext->retention = m_retention;
    // Whoever changed an integration (the API, the desktop), webhooks see it at once, not when cached copies
    // expire. Integrations change rarely, so dropping every cached copy is fine.
    connect(m_changes, &ChangeNotifier::integrationsChanged, this, [this] {
        if (m_integrationCache)
            m_integrationCache->clear();
    });
    m_webhooks = std::make_unique<WebhookController>(*m_apiContext, *m_integrationCache);
    m_jobs = std::make_unique<JobsController>(*m_apiContext, *m_jobQueue);
    m_tickets = std::make_unique<TicketsController>(*m_apiContext);
    m_maintenance = std::make_unique<MaintenanceWindowsController>(*m_apiContext);
    m_settings = std::make_unique<SettingsController>(*m_apiContext);
    m_deviceSync = std::make_unique<DeviceSyncController>(*m_apiContext);
    m_deviceSync->registerRoutes(m_server->router());
    m_integrations->registerRoutes(m_server->router());
    m_settings->registerRoutes(m_server->router());
    m_clients->registerRoutes(m_server->router());
    m_technicians->registerRoutes(m_server->router());
    m_health->registerRoutes(m_server->router());
    m_alerts->registerRoutes(m_server->router());
    m_webhooks->registerRoutes(m_server->router());
    m_jobs->registerRoutes(m_server->router());
    m_tickets->registerRoutes(m_server->router());
    m_maintenance->registerRoutes(m_server->router());

    const QHostAddress address = m_config.listenHost == u"localhost" ? QHostAddress(QHostAddress::LocalHost)
                                                                     : QHostAddress(m_config.listenHost);
    if (const QString err = m_server->listen(address, m_config.listenPort); !err.isEmpty()) {
        Q_EMIT failed(QStringLiteral("cannot listen on %1:%2: %3")
                          .arg(m_config.listenHost)
                          .arg(m_config.listenPort)
                          .arg(err));
        return;
    }
    // What the workers did reaches the desktop's lists: every finished attempt changes the queue, and the
    // ticket jobs change tickets and the alerts linked to them (ids unknown here: readers refresh what they
    // show).
    connect(m_workerPool.get(), &WorkerPool::jobFinished, this,
            [this](qint64, const QString &kind, const QString &) {
                m_changes->notify(ChangeNotifier::Topic::Jobs);
                if (kind == u"ProcessRmmAlert" || kind == u"AutoAssignTicket") {
                    m_changes->notify(ChangeNotifier::Topic::Tickets);
                    m_changes->notify(ChangeNotifier::Topic::Alerts);
                }
            });
    // Jobs run only once the process is fully up, so a start that fails leaves the queue to the others.
    m_workerPool->start();
    // Recurring work: SLA escalation checks every minute (CheckTicketEscalation).
    m_scheduler = new Scheduler(m_clock, this);
    m_scheduler->addRecurring(QStringLiteral("CheckTicketEscalation"), 60 * 1000, [this] {
        const qint64 now = m_clock.nowMs();
        m_writer->submit([now](QSqlDatabase &db) { return Escalator::check(db, now); }, this,
                         [this](const WriteResult &r) {
                             if (!r.ok())
                                 qCWarning(lcEngine).noquote() << "SLA check failed:" << r.error;
                             else if (r.value.toInt() > 0)
                                 m_changes->notify(ChangeNotifier::Topic::Tickets);
                         });
    });
    // Alerts held back by a maintenance window are processed once it is over.
    m_scheduler->addRecurring(QStringLiteral("ReleaseMaintenanceHolds"), 60 * 1000, [this] {
        const qint64 now = m_clock.nowMs();
        m_writer->submit([now](QSqlDatabase &db) { return MaintenanceWindows::releaseEnded(db, now); }, this,
                         [this](const WriteResult &r) {
                             if (!r.ok()) {
                                 qCWarning(lcEngine).noquote()
                                     << "releasing maintenance holds failed:" << r.error;
                                 return;
                             }
                             m_changes->notify(ChangeNotifier::Topic::Alerts);
                         });
    });
    // Retention: old resolved alerts, finished jobs and delivery log entries go, hourly and soon after start.
    m_scheduler->addRecurring(QStringLiteral("PurgeExpiredRecords"), RetentionIntervalMs,
                              [this] { m_retention->run(); });
    m_scheduler->addOnce(QStringLiteral("PurgeExpiredRecordsAtStart"),
                         m_clock.nowMs() + FirstRetentionDelayMs, [this] { m_retention->run(); });
    // Integrations with sync_interval_minutes get their inventory synced that often.
    m_scheduler->addRecurring(QStringLiteral("ScheduleDeviceSyncs"), 60 * 1000, [this] {
        const qint64 now = m_clock.nowMs();
        m_writer->submit([now](QSqlDatabase &db) { return SyncSchedule::requestDue(db, now); }, this,
                         [this](const WriteResult &r) {
                             if (!r.ok())
                                 qCWarning(lcEngine).noquote()
                                     << "scheduling device syncs failed:" << r.error;
                             else if (r.value.toInt() > 0)
                                 m_changes->notify(ChangeNotifier::Topic::Integrations);
                         });
    });
    m_scheduler->start();
    Q_EMIT started(m_config.listenUrl(m_server->port()));
}

QJsonObject Engine::healthStatus(bool detailed) const
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery q(db);
    const bool dbOk = db.isOpen() && q.exec(QStringLiteral("SELECT 1")) && q.next();
    // Integrations that take webhooks without authentication are allowed, but never silently. Their ids are
    // shown only to the admin: for such an integration the id is the only secret.
    QJsonArray open;
    if (dbOk && m_integrationCache) {
        const auto all = IntegrationStore::list(db);
        for (const Integration &i : all) {
            if (i.provider != Provider::Generic || !i.credentialsSet.contains(u"auth_method"))
                continue;
            QString error;
            const auto entry = m_integrationCache->find(i.uuid, &error);
            if (entry && WebhookAuthenticator::isOpen(i.provider, entry->secrets))
                open.append(QJsonObject{{QStringLiteral("id"), i.uuid}, {QStringLiteral("name"), i.name}});
        }
    }
    QJsonObject webhooks;
    if (m_webhooks) {
        const QJsonObject stats = m_webhooks->stats().toJson();
        webhooks.insert(QStringLiteral("outcomes"), stats.value(u"outcomes"));
        if (detailed)
            webhooks.insert(QStringLiteral("integrations"), stats.value(u"integrations"));
        webhooks.insert(QStringLiteral("rate_limited"), qint64(m_webhooks->rateLimited()));
        webhooks.insert(QStringLiteral("rate_limit_per_minute"), m_webhooks->defaultRateLimit());
    }
    webhooks.insert(QStringLiteral("unauthenticated_integrations"),
                    detailed ? QJsonValue(open) : QJsonValue(open.size()));
    QJsonObject status{
        {QStringLiteral("webhooks"), webhooks},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("uptime_s"), (m_clock.nowMs() - m_startedMs) / 1000},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("ok"), dbOk},
                     {QStringLiteral("kind"), m_database->config().kind == DatabaseConfig::Kind::Sqlite
                                                  ? QStringLiteral("sqlite")
                                                  : QStringLiteral("postgresql")},
                     {QStringLiteral("commits"), qint64(m_writer->commits())},
                     {QStringLiteral("committed_writes"), qint64(m_writer->committedUnits())}}},
        {QStringLiteral("vault"),
         QJsonObject{
             {QStringLiteral("ready"), m_vault->isReady()},
             {QStringLiteral("reason"), m_vault->isReady() ? QJsonValue() : m_vault->unavailableReason()}}},
    };
    QJsonObject tls{{QStringLiteral("enabled"), m_tls != nullptr}};
    if (m_tls)
        tls.insert(QStringLiteral("certificate_expires"), m_tls->expires().toUTC().toString(Qt::ISODate));
    status.insert(QStringLiteral("tls"), tls);
    if (detailed && m_breakers)
        status.insert(QStringLiteral("circuit_breakers"), m_breakers->toJson());
    return status;
}

void Engine::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_server) {
        finishStop();
        return;
    }
    m_server->stopListening();
    if (m_server->pendingResponses() == 0) {
        finishStop();
        return;
    }
    qCInfo(lcEngine) << "finishing" << m_server->pendingResponses() << "requests in flight";
    connect(m_server, &HttpServer::idle, this, &Engine::finishStop, Qt::SingleShotConnection);
    QTimer::singleShot(DrainTimeoutMs, this, &Engine::finishStop);
}

void Engine::finishStop()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (!m_writer) {
        Q_EMIT stopped();
        return;
    }
    // No new claims. Jobs already running finish first (a chat post or a mail half sent would otherwise be
    // sent again after the restart); their outcomes are then committed by the drain below.
    if (m_scheduler)
        m_scheduler->stop();
    if (m_retention)
        m_retention->stop();
    if (m_workerPool) {
        m_workerPool->stop();
        if (const int running = m_workerPool->runningJobs(); running > 0) {
            qCInfo(lcEngine) << "waiting for" << running << "running jobs";
            connect(m_workerPool.get(), &WorkerPool::idle, this, &Engine::finishStopAfterJobs,
                    Qt::SingleShotConnection);
            QTimer::singleShot(DrainTimeoutMs, this, &Engine::finishStopAfterJobs);
            return;
        }
    }
    finishStopAfterJobs();
}

void Engine::finishStopAfterJobs()
{
    if (m_jobsFinished || !m_writer)
        return;
    m_jobsFinished = true;
    // Everything queued is committed before the process goes away.
    QMetaObject::invokeMethod(m_writer.get(), &StorageWriter::drain, Qt::BlockingQueuedConnection);
    if (m_server) {
        const auto sockets = m_server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            socket->flush();
            socket->disconnectFromHost();
        }
    }
    m_writer->disconnect();
    // Let the event loop hand the last bytes to the kernel before saying we are done.
    QTimer::singleShot(50, this, [this] {
        if (m_writer) {
            m_workerPool.reset();
            m_writerThread.reset();
            m_writer.reset();
        }
        Q_EMIT stopped();
    });
}

} // namespace nestogy
