// The listener over TLS with certificates made for the test: webhooks over HTTPS are stored; clients that do
// not trust the certificate, speak plain HTTP, stall or send garbage are dropped without holding up anyone
// else; the body limit still holds; a chain is served; and every unusable certificate or key stops the start
// with a reason naming the file.
#include "EngineFixture.h"
#include "TestCertificates.h"
#include "TlsCredentials.h"
#include "TlsHandshake.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::TlsCredentials;

class TestHttpsTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void webhookOverHttpsIsStored();
    void untrustingClientFailsAndNothingIsStored();
    void plainHttpIsAnsweredAndDropped();
    void stalledAndBrokenClientsHoldUpNobody();
    void bodyLimitHoldsOverTls();
    void healthSaysTlsIsOn();
    void tls12OrLater();
    void chainIsServed();
    void startRefusesUnusableFiles_data();
    void startRefusesUnusableFiles();
    void encryptedKeyOpensWithItsPassphrase();

private:
    QString webhookPath() const;
    qint64 storedAlerts(const QString &externalId);

    QTemporaryDir m_tmp;
    TestCertificates::Files m_server;
    TestCertificates::Files m_other;
    TestCertificates::Files m_expired;
    TestCertificates::Files m_future;
    TestCertificates::Files m_chain;
    QString m_root;
    EngineFixture m_engine;
    QJsonObject m_integration;
};

void TestHttpsTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    TestCertificates certificates(m_tmp.path());
    m_server = certificates.selfSigned(u"server"_s);
    m_other = certificates.selfSigned(u"other"_s);
    m_expired = certificates.selfSignedBetween(u"expired"_s, u"20200101000000Z"_s, u"20200201000000Z"_s);
    m_future = certificates.selfSignedBetween(u"future"_s, u"20990101000000Z"_s, u"20991231000000Z"_s);
    m_chain = certificates.chain(u"chain"_s, &m_root);
    for (const auto *f : {&m_server, &m_other, &m_expired, &m_future, &m_chain})
        QVERIFY2(!f->isEmpty(), qPrintable(certificates.error()));

    m_engine.setTls(m_server.cert, m_server.key, m_server.cert);
    QCOMPARE(m_engine.start(64 * 1024), QString());
    QCOMPARE(m_engine.baseUrl().scheme(), u"https"_s);
    m_integration =
        m_engine.createIntegration({{u"name"_s, u"over tls"_s},
                                    {u"provider"_s, u"generic"_s},
                                    {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}});
    QVERIFY(!m_integration.isEmpty());
}

void TestHttpsTls::cleanupTestCase()
{
    m_engine.stop();
    QSqlDatabase::removeDatabase(u"tls-reader"_s);
}

QString TestHttpsTls::webhookPath() const
{
    return u"/api/webhooks/generic/%1"_s.arg(m_integration.value(u"id").toString());
}

qint64 TestHttpsTls::storedAlerts(const QString &externalId)
{
    QSqlDatabase db = QSqlDatabase::contains(u"tls-reader"_s)
                          ? QSqlDatabase::database(u"tls-reader"_s)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tls-reader"_s);
    db.setDatabaseName(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s));
    if (!db.isOpen() && !db.open())
        return -1;
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM rmm_alerts WHERE external_alert_id = ?"_s);
    q.addBindValue(externalId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void TestHttpsTls::webhookOverHttpsIsStored()
{
    ApiClient sender(m_engine.baseUrl());
    sender.setCaCertificates(QSslCertificate::fromPath(m_server.cert));
    const auto r = sender.request(
        "POST", webhookPath(), R"({"alert_id":"tls-1","device_id":"srv-1","message":"disk full over TLS"})");
    QVERIFY2(r.status >= 200 && r.status < 300, qPrintable(r.networkError + QString::fromUtf8(r.body)));
    QCOMPARE(storedAlerts(u"tls-1"_s), 1);
    // The webhook URL handed out for the integration is an https one (no public URL is configured).
    QVERIFY2(m_integration.value(u"webhook_url")
                 .toString()
                 .startsWith(u"https://127.0.0.1:%1/api/webhooks/"_s.arg(m_engine.baseUrl().port())),
             qPrintable(m_integration.value(u"webhook_url").toString()));
}

void TestHttpsTls::untrustingClientFailsAndNothingIsStored()
{
    ApiClient stranger(m_engine.baseUrl()); // trusts the system's CAs only
    const auto r = stranger.request("POST", webhookPath(),
                                    R"({"alert_id":"tls-untrusted","device_id":"d","message":"m"})");
    QCOMPARE(r.status, 0);
    QVERIFY(!r.networkError.isEmpty());
    // A client trusting another certificate fails the same way, at the handshake.
    QSslSocket socket;
    QSslConfiguration ssl = socket.sslConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_other.cert));
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(m_engine.baseUrl().host(), quint16(m_engine.baseUrl().port()));
    QVERIFY(!socket.waitForEncrypted(5000));
    QVERIFY(!socket.sslHandshakeErrors().isEmpty());
    QCOMPARE(storedAlerts(u"tls-untrusted"_s), 0);
    QCOMPARE(m_engine.api().get(u"/healthz"_s).status, 200);
}

void TestHttpsTls::plainHttpIsAnsweredAndDropped()
{
    const QByteArray body = R"({"alert_id":"tls-plain","device_id":"d","message":"sent without TLS"})";
    QTcpSocket plain;
    plain.connectToHost(m_engine.baseUrl().host(), quint16(m_engine.baseUrl().port()));
    QVERIFY(plain.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    plain.write("POST " + webhookPath().toLatin1() +
                " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
                "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    while (plain.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        plain.waitForReadyRead(200);
        answer += plain.readAll();
    }
    answer += plain.readAll();
    QVERIFY2(plain.state() != QAbstractSocket::ConnectedState, "the plain connection was left open");
    QVERIFY2(timer.elapsed() < 3000, qPrintable(u"dropped only after %1 ms"_s.arg(timer.elapsed())));
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    const QJsonObject json = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    QVERIFY2(json.value(u"error").toString().contains(u"HTTPS"_s), answer.constData());
    QCOMPARE(storedAlerts(u"tls-plain"_s), 0);
    // The next HTTPS request is served as usual.
    QCOMPARE(m_engine.api().get(u"/healthz"_s).status, 200);
}

void TestHttpsTls::stalledAndBrokenClientsHoldUpNobody()
{
    const QString host = m_engine.baseUrl().host();
    const auto port = quint16(m_engine.baseUrl().port());
    // One says nothing, one starts a TLS record and then sends rubbish, one sends binary noise.
    QTcpSocket silent;
    QTcpSocket brokenTls;
    QTcpSocket noise;
    for (QTcpSocket *s : {&silent, &brokenTls, &noise}) {
        s->connectToHost(host, port);
        QVERIFY(s->waitForConnected(5000));
    }
    brokenTls.write(QByteArray("\x16\x03\x01\x00\x20", 5) + QByteArray(32, 'x'));
    noise.write(QByteArray("\x00\x01\x02\xff\xfe", 5));
    brokenTls.flush();
    noise.flush();

    // Meanwhile others are served without waiting.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_engine.api().get(u"/healthz"_s).status, 200);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));

    // The broken ones are closed promptly, the silent one once the handshake time is up.
    QTRY_COMPARE_WITH_TIMEOUT(brokenTls.state(), QAbstractSocket::UnconnectedState, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(noise.state(), QAbstractSocket::UnconnectedState, 3000);
    QCOMPARE(silent.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState,
                              nestogy::TlsHandshake::TimeoutMs + 3000);
    QCOMPARE(m_engine.api().get(u"/healthz"_s).status, 200);
}

void TestHttpsTls::bodyLimitHoldsOverTls()
{
    ApiClient sender(m_engine.baseUrl());
    sender.setCaCertificates(QSslCertificate::fromPath(m_server.cert));
    const QByteArray big =
        R"({"alert_id":"tls-big","device_id":"d","message":")" + QByteArray(80 * 1024, 'x') + "\"}";
    const auto r = sender.request("POST", webhookPath(), big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(u"detail").toObject().value(u"limit_bytes").toInt(), 64 * 1024);
    // Refused from the header alone, before a body that large is sent, on the encrypted connection too.
    QByteArray answer;
    QCOMPARE(m_engine.rawRequest("POST " + webhookPath().toLatin1() +
                                     " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                     "Content-Length: 1073741824\r\n\r\n{\"alert_id\":",
                                 &answer),
             413);
    QCOMPARE(QJsonDocument::fromJson(answer).object().value(u"error").toString(),
             u"request body too large"_s);
    QCOMPARE(storedAlerts(u"tls-big"_s), 0);
}

void TestHttpsTls::healthSaysTlsIsOn()
{
    const auto r = m_engine.api().get(u"/healthz"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject tls = r.json.value(u"tls").toObject();
    QCOMPARE(tls.value(u"enabled").toBool(), true);
    const QDateTime expires =
        QDateTime::fromString(tls.value(u"certificate_expires").toString(), Qt::ISODate);
    QCOMPARE(expires, QSslCertificate::fromPath(m_server.cert).constFirst().expiryDate());
}

void TestHttpsTls::tls12OrLater()
{
    const auto negotiated = [this](QSsl::SslProtocol offered) {
        QSslSocket socket;
        QSslConfiguration ssl = socket.sslConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_server.cert));
        ssl.setProtocol(offered);
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(m_engine.baseUrl().host(), quint16(m_engine.baseUrl().port()));
        return socket.waitForEncrypted(5000) ? socket.sessionProtocol() : QSsl::UnknownProtocol;
    };
    QCOMPARE(negotiated(QSsl::TlsV1_2), QSsl::TlsV1_2);
    QCOMPARE(negotiated(QSsl::TlsV1_3), QSsl::TlsV1_3);
    TlsCredentials::Problem problem;
    const auto credentials = TlsCredentials::load(m_server.cert, m_server.key, {}, &problem);
    QVERIFY2(credentials, qPrintable(problem.message));
    QCOMPARE(credentials->serverConfiguration().protocol(), QSsl::TlsV1_2OrLater);
}

void TestHttpsTls::chainIsServed()
{
    // The client trusts only the root: the handshake works only if the server sends the intermediate too.
    EngineFixture chained;
    chained.setTls(m_chain.cert, m_chain.key, m_root);
    QCOMPARE(chained.start(), QString());
    const auto r = chained.api().get(u"/healthz"_s);
    QVERIFY2(r.status == 200, qPrintable(r.networkError));
    chained.stop();
}

void TestHttpsTls::startRefusesUnusableFiles_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason");
    const QString missing = m_tmp.filePath(u"nowhere.pem"_s);
    QTest::newRow("certificate missing") << missing << m_server.key << u"%1 does not exist"_s.arg(missing);
    QTest::newRow("key missing") << m_server.cert << missing << u"%1 does not exist"_s.arg(missing);
    QTest::newRow("certificate without key") << m_server.cert << QString() << u"--tls-key"_s;
    QTest::newRow("key without certificate") << QString() << m_server.key << u"--tls-cert"_s;
    QTest::newRow("key file as certificate")
        << m_server.key << m_server.key << u"%1 holds a private key, not a certificate"_s.arg(m_server.key);
    QTest::newRow("certificate file as key")
        << m_server.cert << m_server.cert
        << u"%1 holds a certificate, not the private key"_s.arg(m_server.cert);
    QTest::newRow("not PEM") << QStringLiteral(NESTOGY_SOURCE_DIR "/README.md") << m_server.key
                             << u"is not a certificate"_s;
    QTest::newRow("key of another certificate")
        << m_server.cert << m_other.key
        << u"the private key in %1 does not match the certificate in %2"_s.arg(m_other.key, m_server.cert);
    QTest::newRow("expired") << m_expired.cert << m_expired.key
                             << u"the certificate in %1 expired on 2020-02-01 00:00 UTC"_s.arg(
                                    m_expired.cert);
    QTest::newRow("not yet valid") << m_future.cert << m_future.key
                                   << u"the certificate in %1 is not valid before 2099-01-01"_s.arg(
                                          m_future.cert);
    QTest::newRow("folder") << m_tmp.path() << m_server.key << u"is a folder"_s;
}

void TestHttpsTls::startRefusesUnusableFiles()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    EngineFixture engine;
    engine.setTls(cert, key, m_server.cert);
    const QString error = engine.start();
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.startsWith(u"TLS"_s), qPrintable(error));
}

void TestHttpsTls::encryptedKeyOpensWithItsPassphrase()
{
    TestCertificates certificates(m_tmp.path());
    const QString encrypted =
        certificates.encryptedKey(m_server.key, "correct horse", u"encrypted-key.pem"_s);
    QVERIFY2(!encrypted.isEmpty(), qPrintable(certificates.error()));
    TlsCredentials::Problem problem;
    QVERIFY(!TlsCredentials::load(m_server.cert, encrypted, {}, &problem));
    QCOMPARE(problem.field, TlsCredentials::Field::Key);
    QVERIFY2(problem.message.contains(u"the private key in %1 is encrypted"_s.arg(encrypted)) &&
                 problem.message.contains(u"NESTOGY_TLS_KEY_PASSPHRASE"_s),
             qPrintable(problem.message));
    QVERIFY(!TlsCredentials::load(m_server.cert, encrypted, "wrong", &problem));
    QVERIFY2(problem.message.contains(u"could not be decrypted"_s), qPrintable(problem.message));
    QVERIFY2(TlsCredentials::load(m_server.cert, encrypted, "correct horse", &problem),
             qPrintable(problem.message));
    // A chain in the wrong order is named as such.
    QFile reversed(m_tmp.filePath(u"reversed.pem"_s));
    QFile chain(m_chain.cert);
    QVERIFY(chain.open(QIODevice::ReadOnly) && reversed.open(QIODevice::WriteOnly));
    const QList<QSslCertificate> parts = QSslCertificate::fromData(chain.readAll());
    QCOMPARE(parts.size(), 2);
    reversed.write(parts.at(1).toPem() + parts.at(0).toPem());
    reversed.close();
    QVERIFY(!TlsCredentials::load(reversed.fileName(), m_chain.key, {}, &problem));
    QVERIFY2(problem.message.contains(u"belongs to certificate 2"_s), qPrintable(problem.message));
}

QTEST_GUILESS_MAIN(TestHttpsTls)
#include "tst_httpstls.moc"
