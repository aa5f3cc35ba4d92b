// The headless service as a user runs it: the real binary, its options, exit codes and signals.
#include "ApiClient.h"
#include "NestogydProcess.h"
#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestNestogyd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpDocumentsEveryOption();
    void startsAndStopsOnSignal_data();
    void startsAndStopsOnSignal();
    void portInUseExits2();
    void unwritableDataDirExits2();
    void badOptionsExit2_data();
    void badOptionsExit2();
    void generatedAdminTokenIsPrivateAndSurvivesRestart();
    void envAdminTokenOverrides();
    void newerSchemaIsRefused();
    void noKeychainMeansNoSecretsButClearError();
    void tlsPrintsTheHttpsReadyLine();
    void tlsFromTheEnvironmentWithAnEncryptedKey();
    void tlsCommandLineWinsOverEnvironment();
    void unusableTlsExits2_data();
    void unusableTlsExits2();

private:
    static QProcessEnvironment baseEnv();

    QTemporaryDir m_certDir;
    TestCertificates::Files m_tls;
    TestCertificates::Files m_otherTls;
    QString m_encryptedKey;
};

void TestNestogyd::initTestCase()
{
    TestCertificates certificates(m_certDir.path());
    m_tls = certificates.selfSigned(u"server"_s);
    m_otherTls = certificates.selfSigned(u"other"_s);
    QVERIFY2(!m_tls.isEmpty() && !m_otherTls.isEmpty(), qPrintable(certificates.error()));
    m_encryptedKey = certificates.encryptedKey(m_tls.key, "s3cret", u"encrypted-key.pem"_s);
    QVERIFY2(!m_encryptedKey.isEmpty(), qPrintable(certificates.error()));
}

QProcessEnvironment TestNestogyd::baseEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NESTOGY_MASTER_KEY"_s, QString::fromLatin1(QByteArray(32, 'm').toBase64()));
    env.remove(u"NESTOGY_ADMIN_TOKEN"_s);
    for (const auto &name : {u"NESTOGY_TLS_CERT"_s, u"NESTOGY_TLS_KEY"_s, u"NESTOGY_TLS_KEY_PASSPHRASE"_s})
        env.remove(name);
    return env;
}

void TestNestogyd::helpDocumentsEveryOption()
{
    NestogydProcess p(baseEnv());
    QCOMPARE(p.runToExit({u"--help"_s}), 0);
    const QString help = p.stdoutText();
    for (const auto *word :
         {"--data-dir", "--listen", "--database", "--public-url", "--version", "NESTOGY_ADMIN_TOKEN",
          "NESTOGY_MASTER_KEY", "NESTOGY_DATABASE_URL", "--tls-cert", "--tls-key", "NESTOGY_TLS_CERT",
          "NESTOGY_TLS_KEY", "NESTOGY_TLS_KEY_PASSPHRASE", "Exit codes"})
        QVERIFY2(help.contains(QLatin1String(word)), word);
}

void TestNestogyd::startsAndStopsOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestNestogyd::startsAndStopsOnSignal()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    NestogydProcess p(baseEnv());
    QVERIFY2(p.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}),
             qPrintable(p.stderrText()));
    QCOMPARE(p.url().host(), u"127.0.0.1"_s);
    ApiClient anonymous(p.url());
    QCOMPARE(anonymous.get(u"/healthz"_s).status, 200);
    QCOMPARE(p.stop(signal), 0);
    QVERIFY(QFile::exists(dir.filePath(u"nestogy.db"_s)));
}

void TestNestogyd::portInUseExits2()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    NestogydProcess p(baseEnv());
    const int code = p.runToExit(
        {u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(blocker.serverPort())});
    QCOMPARE(code, 2);
    const QString err = p.stderrText().trimmed();
    QVERIFY2(err.contains(u"cannot listen on 127.0.0.1:%1"_s.arg(blocker.serverPort())), qPrintable(err));
    QVERIFY2(err.split(u'\n').constLast().startsWith(u"nestogyd: "_s), qPrintable(err));
}

void TestNestogyd::unwritableDataDirExits2()
{
    // A path under a regular file can never be a directory, even for root.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    NestogydProcess p(baseEnv());
    QCOMPARE(p.runToExit({u"--data-dir"_s, blocker.fileName() + u"/data"_s, u"--listen"_s, u"127.0.0.1:0"_s}),
             2);
    QVERIFY2(p.stderrText().contains(u"data directory"_s), qPrintable(p.stderrText()));
}

void TestNestogyd::badOptionsExit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad listen") << QStringList{u"--listen"_s, u"nowhere:abc"_s} << u"--listen"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s} << u"colour"_s;
    QTest::newRow("bad database") << QStringList{u"--database"_s, u"mysql://x/y"_s}
                                  << u"unsupported database"_s;
}

void TestNestogyd::badOptionsExit2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    NestogydProcess p(baseEnv());
    QCOMPARE(p.runToExit(QStringList{u"--data-dir"_s, dir.path()} + args), 2);
    QVERIFY2(p.stderrText().contains(message), qPrintable(p.stderrText()));
}

void TestNestogyd::generatedAdminTokenIsPrivateAndSurvivesRestart()
{
    QTemporaryDir dir;
    const QString tokenPath = dir.filePath(u"admin-token"_s);
    QByteArray token;
    {
        NestogydProcess p(baseEnv());
        QVERIFY2(p.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}),
                 qPrintable(p.stderrText()));
        QFile f(tokenPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        token = f.readAll().trimmed();
        QVERIFY(token.size() >= 40);
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        ApiClient api(p.url(), token);
        QCOMPARE(api.get(u"/api/integrations"_s).status, 200);
        QCOMPARE(p.stop(SIGTERM), 0);
    }
    {
        // Only the hash is stored in the database.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tokencheck"_s);
        db.setDatabaseName(dir.filePath(u"nestogy.db"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT token_hash FROM admin_tokens"_s));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toByteArray() != token);
        QVERIFY(!q.value(0).toByteArray().contains(token));
    }
    QSqlDatabase::removeDatabase(u"tokencheck"_s);
    NestogydProcess again(baseEnv());
    QVERIFY(again.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
    ApiClient api(again.url(), token);
    QCOMPARE(api.get(u"/api/integrations"_s).status, 200);
    api.setToken("wrong");
    QCOMPARE(api.get(u"/api/integrations"_s).status, 401);
    QCOMPARE(again.stop(SIGTERM), 0);
}

void TestNestogyd::envAdminTokenOverrides()
{
    QTemporaryDir dir;
    QProcessEnvironment env = baseEnv();
    env.insert(u"NESTOGY_ADMIN_TOKEN"_s, u"from-the-environment"_s);
    NestogydProcess p(env);
    QVERIFY(p.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
    QVERIFY(!QFile::exists(dir.filePath(u"admin-token"_s)));
    ApiClient api(p.url(), "from-the-environment");
    QCOMPARE(api.get(u"/api/clients"_s).status, 200);
    QCOMPARE(p.stop(SIGTERM), 0);
}

void TestNestogyd::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    {
        NestogydProcess p(baseEnv());
        QVERIFY(p.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}));
        QCOMPARE(p.stop(SIGTERM), 0);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(dir.filePath(u"nestogy.db"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', 0)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    NestogydProcess p(baseEnv());
    QCOMPARE(p.runToExit({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}), 2);
    QVERIFY2(p.stderrText().contains(u"newer"_s), qPrintable(p.stderrText()));
}

void TestNestogyd::noKeychainMeansNoSecretsButClearError()
{
    // No NESTOGY_MASTER_KEY and no session bus: the service runs, but refuses to store a secret, and says how
    // to fix it. It never stores the secret in plaintext instead.
    QTemporaryDir dir;
    QProcessEnvironment env = baseEnv();
    env.remove(u"NESTOGY_MASTER_KEY"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    env.insert(u"NESTOGY_ADMIN_TOKEN"_s, u"t"_s);
    NestogydProcess p(env);
    QVERIFY2(p.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}),
             qPrintable(p.stderrText()));
    ApiClient api(p.url(), "t");
    const auto health = api.get(u"/healthz"_s);
    QCOMPARE(health.json.value(u"vault").toObject().value(u"ready").toBool(), false);
    QCOMPARE(api.get(u"/readyz"_s).status, 503);
    const auto r = api.post(u"/api/integrations"_s,
                            {{u"name"_s, u"x"_s},
                             {u"provider"_s, u"datto"_s},
                             {u"credentials"_s, QJsonObject{{u"shared_secret"_s, u"plain-never"_s}}}});
    QCOMPARE(r.status, 503);
    QVERIFY2(r.body.contains("NESTOGY_MASTER_KEY"), r.body.constData());
    // Integrations without secrets still work.
    QCOMPARE(api.post(u"/api/integrations"_s, {{u"name"_s, u"y"_s}, {u"provider"_s, u"datto"_s}}).status,
             201);
    QCOMPARE(p.stop(SIGTERM), 0);
    const auto files = QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : files) {
        QFile f(fi.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("plain-never"));
    }
}

void TestNestogyd::tlsPrintsTheHttpsReadyLine()
{
    QTemporaryDir dir;
    NestogydProcess p(baseEnv());
    QVERIFY2(p.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s,
                      m_tls.cert, u"--tls-key"_s, m_tls.key}),
             qPrintable(p.stderrText()));
    QVERIFY2(p.stdoutText().contains(u"listening on https://127.0.0.1:%1\n"_s.arg(p.url().port())),
             qPrintable(p.stdoutText()));
    ApiClient client(p.url());
    client.setCaCertificates(QSslCertificate::fromPath(m_tls.cert));
    const auto health = client.get(u"/healthz"_s);
    QVERIFY2(health.status == 200, qPrintable(health.networkError));
    QCOMPARE(health.json.value(u"tls"_s).toObject().value(u"enabled"_s).toBool(), true);
    QCOMPARE(p.stop(SIGTERM), 0);
}

void TestNestogyd::tlsFromTheEnvironmentWithAnEncryptedKey()
{
    QTemporaryDir dir;
    QProcessEnvironment env = baseEnv();
    env.insert(u"NESTOGY_TLS_CERT"_s, m_tls.cert);
    env.insert(u"NESTOGY_TLS_KEY"_s, m_encryptedKey);
    env.insert(u"NESTOGY_TLS_KEY_PASSPHRASE"_s, u"s3cret"_s);
    NestogydProcess p(env);
    QVERIFY2(p.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}),
             qPrintable(p.stderrText()));
    QCOMPARE(p.url().scheme(), u"https"_s);
    QCOMPARE(p.stop(SIGTERM), 0);

    // Without the passphrase it does not start, and says what is missing.
    env.remove(u"NESTOGY_TLS_KEY_PASSPHRASE"_s);
    NestogydProcess locked(env);
    QCOMPARE(locked.runToExit({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s}), 2);
    QVERIFY2(locked.stderrText().contains(
                 u"nestogyd: TLS: the private key in %1 is encrypted"_s.arg(m_encryptedKey)),
             qPrintable(locked.stderrText()));
}

void TestNestogyd::tlsCommandLineWinsOverEnvironment()
{
    QTemporaryDir dir;
    QProcessEnvironment env = baseEnv();
    env.insert(u"NESTOGY_TLS_CERT"_s, dir.filePath(u"missing-cert.pem"_s));
    env.insert(u"NESTOGY_TLS_KEY"_s, dir.filePath(u"missing-key.pem"_s));
    NestogydProcess p(env);
    QVERIFY2(p.start({u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s,
                      m_tls.cert, u"--tls-key"_s, m_tls.key}),
             qPrintable(p.stderrText()));
    QCOMPARE(p.url().scheme(), u"https"_s);
    QCOMPARE(p.stop(SIGTERM), 0);
}

void TestNestogyd::unusableTlsExits2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("certificate without key")
        << QStringList{u"--tls-cert"_s, m_tls.cert} << u"--tls-key (NESTOGY_TLS_KEY) is not"_s;
    QTest::newRow("key without certificate")
        << QStringList{u"--tls-key"_s, m_tls.key} << u"--tls-cert (NESTOGY_TLS_CERT) is not"_s;
    QTest::newRow("key of another certificate")
        << QStringList{u"--tls-cert"_s, m_tls.cert, u"--tls-key"_s, m_otherTls.key}
        << u"the private key in %1 does not match the certificate in %2"_s.arg(m_otherTls.key, m_tls.cert);
    const QString missing = m_certDir.filePath(u"missing.pem"_s);
    QTest::newRow("missing certificate") << QStringList{u"--tls-cert"_s, missing, u"--tls-key"_s, m_tls.key}
                                         << u"the certificate file %1 does not exist"_s.arg(missing);
}

void TestNestogyd::unusableTlsExits2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    NestogydProcess p(baseEnv());
    QCOMPARE(p.runToExit(QStringList{u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s} + args),
             2);
    const QString err = p.stderrText().trimmed();
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.split(u'\n').constLast().startsWith(u"nestogyd: "_s), qPrintable(err));
    QVERIFY(p.stdoutText().isEmpty());
}

QTEST_GUILESS_MAIN(TestNestogyd)
#include "tst_nestogyd.moc"
