#include "SyncDeviceInventoryHandler.h"

#include "ApiCredentials.h"
#include "ApiDeliveryLog.h"
#include "ChangeNotifier.h"
#include "CircuitBreaker.h"
#include "Clock.h"
#include "Database.h"
#include "DeviceInventoryStore.h"
#include "IntegrationStore.h"
#include "RmmApiClients.h"
#include "RmmTokenCache.h"
#include "StorageWriter.h"
#include "SyncRunStore.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

// One attempt of one sync run, on the worker's thread: begins the run, lists the devices, writes each page,
// then completes or fails the run and answers the job. Deletes itself when done. Private to the handler.
class SyncAttempt : public QObject
{
public:
    SyncAttempt(const SyncDeviceInventoryHandler::Services &services, std::shared_ptr<RmmTokenCache> tokens,
                Integration integration, Job job, qint64 runId, JobHandler::Done done)
        : m_services(services)
        , m_tokens(std::move(tokens))
        , m_integration(std::move(integration))
        , m_job(std::move(job))
        , m_runId(runId)
        , m_final(m_job.attempts >= m_job.maxAttempts)
        , m_done(std::move(done))
    {
        m_context.integrationId = m_integration.id;
        m_context.integrationClientId = m_integration.clientId;
        m_context.autoCreateClients = m_integration.settings.value(u"auto_create_clients").toBool();
        m_context.seenMark = u"%1:%2"_s.arg(m_runId).arg(m_job.attempts);
    }

    void start()
    {
        const qint64 now = m_services.clock.nowMs();
        m_services.writer.submit(
            [runId = m_runId, attempt = m_job.attempts, now](QSqlDatabase &db) {
                return SyncRunStore::begin(db, runId, attempt, now);
            },
            this,
            [this](const WriteResult &r) {
                if (r.code == WriteResult::Code::NotFound || r.code == WriteResult::Code::Conflict) {
                    // The run is gone with its integration, or another run does the work now.
                    qCInfo(lcJobs).noquote() << "sync run" << m_runId << "not started:" << r.error;
                    return answer({});
                }
                if (!r.ok())
                    return answer(u"cannot start sync run %1: %2"_s.arg(m_runId).arg(r.error));
                notifyRun();
                list();
            });
    }

private:
    void list()
    {
        if (const QStringList missing = RmmApiClients::missing(m_integration); !missing.isEmpty()) {
            fail(missing == QStringList{u"provider"_s}
                     ? u"provider %1 has no device API"_s.arg(providers::toString(m_integration.provider))
                     : u"the integration lacks %1 for its API"_s.arg(missing.join(u", "_s)));
            return;
        }
        QSqlDatabase db = m_services.database.connection();
        QString error;
        const auto credentials = ApiCredentials::open(db, m_services.vault, m_integration, &error);
        if (!credentials) {
            fail(error);
            return;
        }
        m_breaker = m_services.breakers.breaker(m_integration.uuid);
        if (!m_breaker->allowRequest()) {
            m_breaker.reset();
            fail(u"circuit open for this integration's API calls after repeated failures; will retry"_s);
            return;
        }
        m_client = RmmApiClients::create(m_integration.provider,
                                         RmmApiClients::settingsFor(m_integration, *credentials), m_tokens,
                                         m_services.clock);
        m_client->setExchangeLog(ApiDeliveryLog::into(m_services.writer, m_integration.id, m_job.id));
        m_client->listDevices([this](const RmmApiClient::Page &page) { write(page); },
                              [this](const QString &error) { listed(error); });
    }

    void write(const RmmApiClient::Page &page)
    {
        DeviceInventoryStore::Context context = m_context;
        context.nowMs = m_services.clock.nowMs();
        ++m_pendingWrites;
        m_services.writer.submit(
            [context, page, runId = m_runId, job = m_job](QSqlDatabase &db) {
                WriteResult failure;
                const auto outcome = DeviceInventoryStore::upsertPage(db, context, page.devices, &failure);
                if (!outcome)
                    return failure;
                SyncRunStore::PageProgress progress;
                progress.page = page.number;
                progress.fetched = int(page.devices.size());
                progress.total = page.total;
                progress.inserted = outcome->inserted;
                progress.updated = outcome->updated;
                if (const WriteResult r = SyncRunStore::addPage(db, runId, progress, context.nowMs); !r.ok())
                    return r;
                // A long listing keeps its job's lease, so no one takes it for lost.
                QSqlQuery lease(db);
                lease.prepare(u"UPDATE jobs SET locked_at = ? WHERE id = ? AND state = 'running' AND "
                              "locked_by = ?"_s);
                lease.addBindValue(context.nowMs);
                lease.addBindValue(job.id);
                lease.addBindValue(job.lockedBy);
                if (!lease.exec())
                    return WriteResult::queryFailed(lease);
                return WriteResult::success(QVariant::fromValue(outcome->changedRows));
            },
            this,
            [this, number = page.number](const WriteResult &r) {
                --m_pendingWrites;
                if (!r.ok()) {
                    m_writeFailed = true;
                    if (m_client)
                        m_client->abort(u"writing devices page %1 failed: %2"_s.arg(number).arg(r.error));
                    return;
                }
                if (m_services.changes)
                    m_services.changes->notify(ChangeNotifier::Topic::Devices,
                                               r.value.value<QList<qint64>>());
                notifyRun();
                maybeComplete();
            });
    }

    void listed(const QString &error)
    {
        if (m_breaker) {
            // Only the API's own failures count against it; our storage trouble does not.
            if (error.isEmpty() || m_writeFailed)
                m_breaker->recordSuccess();
            else
                m_breaker->recordFailure();
        }
        if (!error.isEmpty()) {
            m_failure = error;
            m_listed = true;
            if (m_pendingWrites == 0)
                fail(error);
            return;
        }
        m_listed = true;
        maybeComplete();
    }

    // After the last page's write has committed: mark stale, complete the run, set last_sync.
    void maybeComplete()
    {
        if (!m_listed || m_pendingWrites > 0 || m_completing)
            return;
        if (!m_failure.isEmpty()) {
            fail(m_failure);
            return;
        }
        m_completing = true;
        DeviceInventoryStore::Context context = m_context;
        context.nowMs = m_services.clock.nowMs();
        m_services.writer.submit(
            [context, runId = m_runId](QSqlDatabase &db) {
                WriteResult failure;
                const auto stale = DeviceInventoryStore::markUnseenStale(db, context, &failure);
                if (!stale)
                    return failure;
                if (const WriteResult r =
                        SyncRunStore::complete(db, runId, int(stale->size()), context.nowMs);
                    !r.ok())
                    return r;
                QSqlQuery q(db);
                q.prepare(u"UPDATE integrations SET last_sync = ? WHERE id = ?"_s);
                q.addBindValue(context.nowMs);
                q.addBindValue(context.integrationId);
                if (!q.exec())
                    return WriteResult::queryFailed(q);
                return WriteResult::success(QVariant::fromValue(*stale));
            },
            this,
            [this](const WriteResult &r) {
                if (!r.ok()) {
                    m_completing = false;
                    fail(u"completing the sync failed: %1"_s.arg(r.error));
                    return;
                }
                if (m_services.changes)
                    m_services.changes->notify(ChangeNotifier::Topic::Devices,
                                               r.value.value<QList<qint64>>());
                notifyRun();
                answer({});
            });
    }

    // Records the failed attempt in the run (retrying, or failed when it was the last), then answers the job.
    void fail(const QString &error)
    {
        const qint64 now = m_services.clock.nowMs();
        m_services.writer.submit(
            [runId = m_runId, error, final = m_final, now](QSqlDatabase &db) {
                return SyncRunStore::fail(db, runId, error, final, now);
            },
            this,
            [this, error](const WriteResult &r) {
                if (!r.ok())
                    qCWarning(lcJobs).noquote()
                        << "cannot record the failure of sync run" << m_runId << ":" << r.error;
                notifyRun();
                answer(error);
            });
    }

    void notifyRun()
    {
        if (m_services.changes)
            m_services.changes->notify(ChangeNotifier::Topic::Integrations, m_integration.id);
    }

    void answer(const QString &error)
    {
        if (m_answered)
            return;
        m_answered = true;
        m_done(error);
        deleteLater();
    }

    SyncDeviceInventoryHandler::Services m_services;
    std::shared_ptr<RmmTokenCache> m_tokens;
    Integration m_integration;
    Job m_job;
    qint64 m_runId;
    bool m_final;
    JobHandler::Done m_done;
    DeviceInventoryStore::Context m_context;
    std::unique_ptr<RmmApiClient> m_client;
    std::shared_ptr<CircuitBreaker> m_breaker;
    int m_pendingWrites = 0;
    bool m_listed = false;
    bool m_completing = false;
    bool m_writeFailed = false;
    bool m_answered = false;
    QString m_failure;
};

} // namespace

SyncDeviceInventoryHandler::SyncDeviceInventoryHandler(Services services)
    : m_services(services)
    , m_tokens(std::make_shared<RmmTokenCache>())
{}

SyncDeviceInventoryHandler::~SyncDeviceInventoryHandler() = default;

void SyncDeviceInventoryHandler::run(const Job &job, Done done)
{
    const QString uuid = job.payload.value(u"integration_id").toString();
    const qint64 runId = job.payload.value(u"run_id").toInteger();
    if (uuid.isEmpty() || runId <= 0)
        return done(u"the job's payload needs integration_id and run_id"_s);
    QSqlDatabase db = m_services.database.connection();
    QString error;
    const auto integration = IntegrationStore::findByUuid(db, uuid, &error);
    if (!error.isEmpty())
        return done(u"cannot read the integration: %1"_s.arg(error));
    if (!integration)
        return done({}); // deleted since: its runs and devices went with it
    auto *attempt = new SyncAttempt(m_services, m_tokens, *integration, job, runId, std::move(done));
    attempt->start();
}

} // namespace nestogy
