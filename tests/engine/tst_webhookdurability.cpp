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
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestWebhookDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedAlertsSurviveKill9();
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

QTEST_GUILESS_MAIN(TestWebhookDurability)
#include "tst_webhookdurability.moc"
