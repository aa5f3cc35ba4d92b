// "An alert that was answered 2xx is on disk": webhooks stream into the real nestogyd, which is killed with
// SIGKILL mid-load; every alert id it had acknowledged must be in the database afterwards.
#include "ApiClient.h"
#include "NestogydProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

class TestWebhookDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedAlertsSurviveKill9();
    void jobsFinishExactlyOnceAcrossKill9();
    void sigtermLetsARunningJobFinish();
};

void TestWebhookDurability::acknowledgedAlertsSurviveKill9()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NESTOGY_MASTER_KEY"_s, QString::fromLatin1(QByteArray(32, 'd').toBase64()));
    env.insert(u"NESTOGY_ADMIN_TOKEN"_s, u"admin"_s);
    env.insert(u"NESTOGY_RMM_RATE_LIMIT"_s, u"1000000"_s);
    NestogydProcess daemon(env);
    QVERIFY2(daemon.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}),
             qPrintable(daemon.stderrText()));
    ApiClient admin(daemon.url(), "admin");
    const auto integration =
        admin.post(u"/api/integrations"_s, {{u"name"_s, u"durable"_s},
                                            {u"provider"_s, u"generic"_s},
                                            {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}});
    QCOMPARE(integration.status, 201);
    QUrl url = daemon.url();
    url.setPath(u"/api/webhooks/generic/"_s + integration.json.value(u"id").toString());

    // Keep ~24 requests in flight on 4 connection pools; kill once a few hundred have been acknowledged.
    QNetworkAccessManager nams[4];
    QSet<QString> acknowledged;
    int sent = 0;
    int inFlight = 0;
    bool killed = false;
    std::function<void()> sendOne = [&] {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body =
            u"{\"alert_id\":\"k%1\",\"device_id\":\"dev-%2\",\"message\":\"m%1\"}"_s.arg(sent)
                .arg(sent % 7)
                .toUtf8();
        QNetworkReply *reply = nams[sent % 4].post(req, body);
        ++sent;
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, this, [&, reply] {
            --inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 202 || status == 200)
                acknowledged.insert(
                    QJsonDocument::fromJson(reply->readAll()).object().value(u"alert_id").toString());
            reply->deleteLater();
            if (!killed && acknowledged.size() >= 300) {
                killed = true;
                ::kill(pid_t(daemon.process().processId()), SIGKILL);
            }
            if (!killed && sent < 5000)
                sendOne();
        });
    };
    for (int i = 0; i < 24; ++i)
        sendOne();
    QTRY_VERIFY_WITH_TIMEOUT(killed && inFlight == 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(daemon.process().state(), QProcess::NotRunning, 10000);
    QVERIFY(acknowledged.size() >= 300);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"after-kill"_s);
    db.setDatabaseName(QDir(dir.path()).filePath(u"nestogy.db"_s));
    QVERIFY(db.open());
    QSet<QString> stored;
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT uuid FROM rmm_alerts"_s));
        while (q.next())
            stored.insert(q.value(0).toString());
    }
    db.close();
    QSqlDatabase::removeDatabase(u"after-kill"_s);
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY2(stored.contains(id), qPrintable(u"acknowledged but lost: "_s + id));

    // And the service starts again on the same data, with nothing to repair by hand.
    NestogydProcess again(env);
    QVERIFY2(again.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}),
             qPrintable(again.stderrText()));
    ApiClient admin2(again.url(), "admin");
    QVERIFY(admin2.get(u"/api/alerts"_s).json.value(u"total").toInt() >= acknowledged.size());
    QCOMPARE(again.stop(SIGTERM), 0);
}

void TestWebhookDurability::jobsFinishExactlyOnceAcrossKill9()
{
    // Alerts flow in while the workers turn them into tickets; the process is killed in the middle of that.
    // After a restart every alert has exactly one ticket and every ticket exactly one "created" event.
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NESTOGY_MASTER_KEY"_s, QString::fromLatin1(QByteArray(32, 'j').toBase64()));
    env.insert(u"NESTOGY_ADMIN_TOKEN"_s, u"admin"_s);
    env.insert(u"NESTOGY_RMM_RATE_LIMIT"_s, u"1000000"_s);
    const QStringList args{u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s};
    NestogydProcess daemon(env);
    QVERIFY2(daemon.start(args), qPrintable(daemon.stderrText()));
    ApiClient admin(daemon.url(), "admin");
    const auto integration =
        admin.post(u"/api/integrations"_s, {{u"name"_s, u"jobs"_s},
                                            {u"provider"_s, u"generic"_s},
                                            {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}});
    QCOMPARE(integration.status, 201);
    QUrl url = daemon.url();
    url.setPath(u"/api/webhooks/generic/"_s + integration.json.value(u"id").toString());
    QNetworkAccessManager nam;
    int answered = 0;
    for (int i = 0; i < 400; ++i) {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(
            req, u"{\"alert_id\":\"j%1\",\"device_id\":\"d%1\",\"message\":\"m%1\"}"_s.arg(i).toUtf8());
        QObject::connect(reply, &QNetworkReply::finished, this, [&answered, reply] {
            ++answered;
            reply->deleteLater();
        });
    }
    // Kill while tickets are being made: some jobs done, some not.
    QTRY_VERIFY_WITH_TIMEOUT(admin.get(u"/api/jobs?state=done&limit=1"_s).json.value(u"total").toInt() >= 20,
                             30000);
    ::kill(pid_t(daemon.process().processId()), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(daemon.process().state(), QProcess::NotRunning, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(answered, 400, 30000);

    {
        // How much was left for the restart (for the log: the kill should land mid-work).
        QSqlDatabase peek = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        peek.setDatabaseName(QDir(dir.path()).filePath(u"nestogy.db"_s));
        QVERIFY(peek.open());
        QSqlQuery q(peek);
        QVERIFY(q.exec(u"SELECT state, COUNT(*) FROM jobs GROUP BY state"_s));
        QStringList states;
        while (q.next())
            states << q.value(0).toString() + u'=' + q.value(1).toString();
        qInfo() << "jobs at kill:" << states.join(u", ");
        q.finish();
        peek.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);

    NestogydProcess again(env);
    QVERIFY2(again.start(args), qPrintable(again.stderrText()));
    ApiClient admin2(again.url(), "admin");
    const int alerts = admin2.get(u"/api/alerts?limit=1"_s).json.value(u"total").toInt();
    QVERIFY(alerts > 0);
    // One ProcessRmmAlert job per alert (each ticket then has its AutoAssignTicket job too).
    QTRY_COMPARE_WITH_TIMEOUT(
        admin2.get(u"/api/jobs?state=done&kind=ProcessRmmAlert&limit=1"_s).json.value(u"total").toInt(),
        alerts, 60000);
    const auto pending = [&admin2] {
        int n = 0;
        for (const char *state : {"queued", "running", "failed"})
            n +=
                admin2.get(u"/api/jobs?limit=1&state="_s + QLatin1String(state)).json.value(u"total").toInt();
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(pending(), 0, 60000);
    QCOMPARE(again.stop(SIGTERM), 0);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"exactly-once"_s);
    db.setDatabaseName(QDir(dir.path()).filePath(u"nestogy.db"_s));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(
            u"SELECT COUNT(*), COUNT(DISTINCT ticket_id), SUM(CASE WHEN ticket_id IS NULL THEN 1 ELSE 0 END) "
            "FROM rmm_alerts"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), alerts);
        QCOMPARE(q.value(1).toInt(), alerts); // one ticket each, none shared
        QCOMPARE(q.value(2).toInt(), 0);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM tickets"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), alerts); // no ticket made twice
        QVERIFY(q.exec(
            u"SELECT COUNT(*) FROM ticket_events WHERE kind = 'created' GROUP BY ticket_id HAVING COUNT(*) > 1"_s));
        QVERIFY(!q.next());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM ticket_events WHERE kind = 'assignment' GROUP BY ticket_id "
                       "HAVING COUNT(*) > 1"_s));
        QVERIFY2(!q.next(), "a ticket was assigned twice");
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM jobs WHERE state <> 'done'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db.close();
    QSqlDatabase::removeDatabase(u"exactly-once"_s);
}

void TestWebhookDurability::sigtermLetsARunningJobFinish()
{
    // A chat post is on the wire when SIGTERM arrives: nestogyd waits for the answer and records the job done
    // before exiting 0, so the restarted process does not post it again.
    QTcpServer chat;
    QVERIFY(chat.listen(QHostAddress::LocalHost, 0));
    int requests = 0;
    connect(&chat, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = chat.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [&requests, s] {
                const QByteArray seen = s->peek(1 << 20);
                const qsizetype end = seen.indexOf("\r\n\r\n");
                if (end < 0 || s->property("answered").toBool())
                    return;
                s->setProperty("answered", true);
                ++requests;
                // Answer slowly: the SIGTERM lands while the worker waits for this.
                QTimer::singleShot(1500, s, [s] {
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    s->disconnectFromHost();
                });
            });
        }
    });
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NESTOGY_MASTER_KEY"_s, QString::fromLatin1(QByteArray(32, 't').toBase64()));
    env.insert(u"NESTOGY_ADMIN_TOKEN"_s, u"admin"_s);
    const QStringList args{u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s};
    NestogydProcess daemon(env);
    QVERIFY2(daemon.start(args), qPrintable(daemon.stderrText()));
    ApiClient admin(daemon.url(), "admin");
    const QString hook = u"http://127.0.0.1:%1/hook"_s.arg(chat.serverPort());
    const auto integration =
        admin.post(u"/api/integrations"_s, {{u"name"_s, u"chat"_s},
                                            {u"provider"_s, u"generic"_s},
                                            {u"settings"_s, QJsonObject{{u"notify_webhook_url"_s, hook}}},
                                            {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}});
    QCOMPARE(integration.status, 201);
    ApiClient anonymous(daemon.url());
    QCOMPARE(anonymous
                 .request("POST", u"/api/webhooks/generic/"_s + integration.json.value(u"id").toString(),
                          R"({"alert_id": "t1", "device_id": "d1", "message": "disk full"})")
                 .status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(requests, 1, 20000);
    // The event loop must keep running (the chat server answers from it), so no blocking wait here.
    ::kill(pid_t(daemon.process().processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(daemon.process().state(), QProcess::NotRunning, 20000);
    QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.process().exitCode(), 0);

    NestogydProcess again(env);
    QVERIFY2(again.start(args), qPrintable(again.stderrText()));
    ApiClient admin2(again.url(), "admin");
    const auto done = admin2.get(u"/api/jobs?kind=NotifyChatWebhook&state=done"_s);
    QCOMPARE(done.json.value(u"total"_s).toInt(), 1);
    QTest::qWait(1000); // a requeued duplicate would be claimed and posted within this
    QCOMPARE(requests, 1);
    QCOMPARE(again.stop(SIGTERM), 0);
}

QTEST_GUILESS_MAIN(TestWebhookDurability)
#include "tst_webhookdurability.moc"
