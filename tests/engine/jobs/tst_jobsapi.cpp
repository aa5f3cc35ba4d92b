// The jobs admin API on a real engine: the job an accepted webhook queued is listed and run once (formerly:
// waits, since no handler for its kind is registered yet), the token is required, and dead letters can be
// retried or deleted with the documented status codes.
#include "EngineFixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestJobsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsJobOfAcceptedWebhook();
    void requiresAdminToken();
    void rejectsBadFilters();
    void retryDeadJob();
    void deleteOnlyFinishedJobs();

private:
    QSqlDatabase db();
    qint64 insertJob(const QString &state);

    EngineFixture m_engine;
};

void TestJobsApi::initTestCase()
{
    const QString err = m_engine.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestJobsApi::cleanupTestCase()
{
    m_engine.stop();
    QSqlDatabase::removeDatabase(u"jobsapi-writer"_s);
}

QSqlDatabase TestJobsApi::db()
{
    if (QSqlDatabase::contains(u"jobsapi-writer"_s))
        return QSqlDatabase::database(u"jobsapi-writer"_s);
    QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"jobsapi-writer"_s);
    d.setDatabaseName(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s));
    d.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    d.open();
    return d;
}

// A job in `state` written straight into the engine's database file, as another process would.
qint64 TestJobsApi::insertJob(const QString &state)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db());
    q.prepare(
        u"INSERT INTO jobs (kind, queue, payload, state, attempts, max_attempts, run_at, last_error, "
        "created_at, updated_at, finished_at) VALUES ('TestDeadLetter', 'notifications', '{\"to\":\"x\"}', "
        "?, 3, 3, ?, 'smtp: connection refused', ?, ?, ?)"_s);
    q.addBindValue(state);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        qFatal("insert failed: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

void TestJobsApi::listsJobOfAcceptedWebhook()
{
    const QJsonObject integration =
        m_engine.createIntegration({{u"name"_s, u"Ninja"_s},
                                    {u"provider"_s, u"ninjaone"_s},
                                    {u"settings"_s, QJsonObject{{u"auto_create_clients"_s, true}}},
                                    {u"credentials"_s, QJsonObject{{u"bearer_token"_s, u"ninja-token"_s}}}});
    QVERIFY(!integration.isEmpty());
    QFile fixture(QStringLiteral(NESTOGY_FIXTURES_DIR "/webhooks/ninjaone/seed-format.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    ApiClient anonymous(m_engine.baseUrl());
    const auto posted =
        anonymous.request("POST",
                          u"/api/webhooks/%1/%2"_s.arg(integration.value(u"provider").toString(),
                                                       integration.value(u"id").toString()),
                          fixture.readAll(), "application/json", {{"Authorization", "Bearer ninja-token"}});
    QCOMPARE(posted.status, 202);
    const QString alertId = posted.json.value(u"alert_id").toString();
    QVERIFY(!alertId.isEmpty());

    // The workers run it (the ticket pipeline's handler) exactly once.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_engine.api().get(u"/api/jobs?kind=ProcessRmmAlert&state=done"_s).json.value(u"total").toInt(), 1,
        15000);
    const auto r = m_engine.api().get(u"/api/jobs?kind=ProcessRmmAlert&state=done"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject job = r.json.value(u"items").toArray().at(0).toObject();
    QCOMPARE(job.value(u"kind").toString(), u"ProcessRmmAlert"_s);
    QCOMPARE(job.value(u"queue").toString(), u"rmm-alerts"_s); // "Major" is high, not urgent
    QCOMPARE(job.value(u"state").toString(), u"done"_s);
    QCOMPARE(job.value(u"attempts").toInt(), 1);
    QCOMPARE(job.value(u"max_attempts").toInt(), 3);
    QCOMPARE(job.value(u"payload").toObject().value(u"alert_id").toString(), alertId);
    for (const char *key : {"id", "run_at", "last_error", "created_at", "updated_at", "finished_at"})
        QVERIFY2(job.contains(QLatin1String(key)), key);
    QVERIFY(!job.value(u"finished_at").isNull());

    const auto byQueue = m_engine.api().get(u"/api/jobs?queue=urgent-alerts"_s);
    QCOMPARE(byQueue.status, 200);
    QCOMPARE(byQueue.json.value(u"total").toInt(), 0);
}

void TestJobsApi::requiresAdminToken()
{
    ApiClient anonymous(m_engine.baseUrl());
    QCOMPARE(anonymous.get(u"/api/jobs"_s).status, 401);
    QCOMPARE(anonymous.request("POST", u"/api/jobs/1/retry"_s).status, 401);
    QCOMPARE(anonymous.del(u"/api/jobs/1"_s).status, 401);
    ApiClient wrong(m_engine.baseUrl(), "not-the-token");
    QCOMPARE(wrong.get(u"/api/jobs"_s).status, 401);
}

void TestJobsApi::rejectsBadFilters()
{
    QCOMPARE(m_engine.api().get(u"/api/jobs?state=sleeping"_s).status, 422);
    QCOMPARE(m_engine.api().get(u"/api/jobs?limit=0"_s).status, 422);
    QCOMPARE(m_engine.api().get(u"/api/jobs?offset=-1"_s).status, 422);
    const auto paged = m_engine.api().get(u"/api/jobs?limit=1&offset=0"_s);
    QCOMPARE(paged.status, 200);
    QVERIFY(paged.json.value(u"items").toArray().size() <= 1);
}

void TestJobsApi::retryDeadJob()
{
    const qint64 id = insertJob(u"dead"_s);
    const auto dead = m_engine.api().get(u"/api/jobs?state=dead"_s);
    QCOMPARE(dead.status, 200);
    const QJsonArray items = dead.json.value(u"items").toArray();
    QVERIFY(std::any_of(items.begin(), items.end(), [id](const QJsonValue &v) {
        return v.toObject().value(u"id").toInteger() == id &&
               v.toObject().value(u"last_error").toString() == u"smtp: connection refused";
    }));

    const auto retried = m_engine.api().request("POST", u"/api/jobs/%1/retry"_s.arg(id));
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json.value(u"id").toInteger(), id);
    QCOMPARE(retried.json.value(u"state").toString(), u"queued"_s);
    QCOMPARE(retried.json.value(u"attempts").toInt(), 0);
    QVERIFY(retried.json.value(u"finished_at").isNull());

    // Queued now (and no handler takes it): not dead, so not retryable.
    QCOMPARE(m_engine.api().request("POST", u"/api/jobs/%1/retry"_s.arg(id)).status, 409);
    QCOMPARE(m_engine.api().request("POST", u"/api/jobs/987654/retry"_s).status, 404);
    QCOMPARE(m_engine.api().request("POST", u"/api/jobs/not-a-number/retry"_s).status, 404);
}

void TestJobsApi::deleteOnlyFinishedJobs()
{
    const qint64 queued = insertJob(u"queued"_s);
    const qint64 running = insertJob(u"running"_s);
    const qint64 dead = insertJob(u"dead"_s);
    const qint64 done = insertJob(u"done"_s);
    QCOMPARE(m_engine.api().del(u"/api/jobs/%1"_s.arg(queued)).status, 409);
    QCOMPARE(m_engine.api().del(u"/api/jobs/%1"_s.arg(running)).status, 409);
    QCOMPARE(m_engine.api().del(u"/api/jobs/%1"_s.arg(dead)).status, 204);
    QCOMPARE(m_engine.api().del(u"/api/jobs/%1"_s.arg(done)).status, 204);
    QCOMPARE(m_engine.api().del(u"/api/jobs/%1"_s.arg(done)).status, 404);
    QCOMPARE(m_engine.api().del(u"/api/jobs/987654"_s).status, 404);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM jobs WHERE id IN (%1, %2)"_s.arg(dead).arg(done)) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestJobsApi)
#include "tst_jobsapi.moc"
