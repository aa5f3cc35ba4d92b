// Parsing of the listen address and the database URL, the two strings an administrator types by hand, and
// where the TLS files come from.
#include "EngineConfig.h"
#include "storage/DatabaseConfig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::DatabaseConfig;
using nestogy::EngineConfig;

class TestEngineConfig : public QObject
{
    Q_OBJECT

private slots:
    void parseListenAccepts_data();
    void parseListenAccepts();
    void parseListenRejects_data();
    void parseListenRejects();
    void listenUrl_data();
    void listenUrl();
    void tlsFilesFromCommandLineOrEnvironment();

    void fromUrlAccepts_data();
    void fromUrlAccepts();
    void fromUrlRejects_data();
    void fromUrlRejects();
    void describeHidesPassword_data();
    void describeHidesPassword();
};

void TestEngineConfig::parseListenAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("ipv4") << u"127.0.0.1:8080"_s << u"127.0.0.1"_s << 8080;
    QTest::newRow("any, port 0") << u"0.0.0.0:0"_s << u"0.0.0.0"_s << 0;
    QTest::newRow("ipv6 bracketed") << u"[::1]:9000"_s << u"::1"_s << 9000;
    QTest::newRow("port only") << u"8080"_s << u"127.0.0.1"_s << 8080;
    QTest::newRow("localhost") << u"localhost:80"_s << u"localhost"_s << 80;
    QTest::newRow("empty host is any") << u":8081"_s << u"0.0.0.0"_s << 8081;
    QTest::newRow("surrounding spaces") << u"  10.0.0.5:443 "_s << u"10.0.0.5"_s << 443;
    QTest::newRow("highest port") << u"127.0.0.1:65535"_s << u"127.0.0.1"_s << 65535;
    QTest::newRow("ipv6 any") << u"[::]:8080"_s << u"::"_s << 8080;
}

void TestEngineConfig::parseListenAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);

    QString gotHost;
    quint16 gotPort = 1;
    const QString error = EngineConfig::parseListen(text, &gotHost, &gotPort);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(gotHost, host);
    QCOMPARE(int(gotPort), port);
}

void TestEngineConfig::parseListenRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("port too big") << u"host:99999"_s << u"port"_s;
    QTest::newRow("port 65536") << u"127.0.0.1:65536"_s << u"port"_s;
    QTest::newRow("unbracketed ipv6") << u"::1:80"_s << u"IPv6"_s;
    QTest::newRow("host name") << u"abc:80"_s << u"abc"_s;
    QTest::newRow("port not a number") << u":x"_s << u"port"_s;
    QTest::newRow("empty") << QString() << u"port"_s;
    QTest::newRow("negative port") << u"-1"_s << u"port"_s;
    QTest::newRow("bracket without port") << u"[::1]"_s << u"IPv6"_s;
    QTest::newRow("bracket without colon") << u"[::1]9000"_s << u"IPv6"_s;
    QTest::newRow("bracket unclosed") << u"[::1:9000"_s << u"IPv6"_s;
    QTest::newRow("empty port") << u"127.0.0.1:"_s << u"port"_s;
}

void TestEngineConfig::parseListenRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    QString host = u"untouched"_s;
    quint16 port = 4242;
    const QString error = EngineConfig::parseListen(text, &host, &port);
    QVERIFY2(!error.isEmpty(), qPrintable(u"accepted: "_s + text));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(host, u"untouched"_s);
    QCOMPARE(port, quint16(4242));
}

void TestEngineConfig::listenUrl_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("tls");

    QTest::newRow("ipv4") << u"127.0.0.1"_s << 8080 << u"http://127.0.0.1:8080"_s << false;
    QTest::newRow("ipv6") << u"::1"_s << 9000 << u"http://[::1]:9000"_s << false;
    QTest::newRow("localhost") << u"localhost"_s << 80 << u"http://localhost:80"_s << false;
    QTest::newRow("tls") << u"0.0.0.0"_s << 8443 << u"https://0.0.0.0:8443"_s << true;
    QTest::newRow("tls ipv6") << u"::"_s << 8443 << u"https://[::]:8443"_s << true;
}

void TestEngineConfig::listenUrl()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, url);
    QFETCH(bool, tls);

    EngineConfig config;
    config.listenHost = host;
    if (tls) {
        config.tlsCertFile = u"/etc/nestogy/cert.pem"_s;
        config.tlsKeyFile = u"/etc/nestogy/key.pem"_s;
    }
    QCOMPARE(config.listenUrl(quint16(port)), url);
    QCOMPARE(config.tls(), tls);
}

void TestEngineConfig::tlsFilesFromCommandLineOrEnvironment()
{
    qputenv("NESTOGY_TLS_CERT", "/env/cert.pem");
    qputenv("NESTOGY_TLS_KEY", "/env/key.pem");
    qputenv("NESTOGY_TLS_KEY_PASSPHRASE", "env secret");
    EngineConfig fromEnvironment;
    fromEnvironment.applyEnvironment();
    QCOMPARE(fromEnvironment.tlsCertFile, u"/env/cert.pem"_s);
    QCOMPARE(fromEnvironment.tlsKeyFile, u"/env/key.pem"_s);
    QCOMPARE(fromEnvironment.tlsKeyPassphrase, QByteArray("env secret"));
    // The command line wins, option by option, like the other options.
    EngineConfig fromCommandLine;
    fromCommandLine.tlsCertFile = u"/cli/cert.pem"_s;
    fromCommandLine.tlsKeyFile = u"/cli/key.pem"_s;
    fromCommandLine.applyEnvironment();
    QCOMPARE(fromCommandLine.tlsCertFile, u"/cli/cert.pem"_s);
    QCOMPARE(fromCommandLine.tlsKeyFile, u"/cli/key.pem"_s);
    for (const char *name : {"NESTOGY_TLS_CERT", "NESTOGY_TLS_KEY", "NESTOGY_TLS_KEY_PASSPHRASE"})
        qunsetenv(name);
    EngineConfig plain;
    plain.applyEnvironment();
    QVERIFY(!plain.tls());
    QCOMPARE(plain.listenUrl(8080), u"http://127.0.0.1:8080"_s);
}

void TestEngineConfig::fromUrlAccepts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("sqlitePath");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("databaseName");

    QTest::newRow("postgresql full") << u"postgresql://user:pw@db.example:5433/nestogy"_s << true << QString()
                                     << u"db.example"_s << 5433 << u"user"_s << u"pw"_s << u"nestogy"_s;
    QTest::newRow("postgres default port")
        << u"postgres://u@h/db"_s << true << QString() << u"h"_s << 5432 << u"u"_s << QString() << u"db"_s;
    QTest::newRow("postgresql upper-case scheme") << u"PostgreSQL://u@h:6000/db"_s << true << QString()
                                                  << u"h"_s << 6000 << u"u"_s << QString() << u"db"_s;
    QTest::newRow("postgresql ipv4 host")
        << u"postgresql://postgres@127.0.0.1:55432/nestogy_test"_s << true << QString() << u"127.0.0.1"_s
        << 55432 << u"postgres"_s << QString() << u"nestogy_test"_s;
    QTest::newRow("percent-encoded password") << u"postgresql://u:p%40ss%2Fw%3Ard@h/db"_s << true << QString()
                                              << u"h"_s << 5432 << u"u"_s << u"p@ss/w:rd"_s << u"db"_s;
    QTest::newRow("sqlite url") << u"sqlite:///var/x.db"_s << false << u"/var/x.db"_s << QString() << 5432
                                << QString() << QString() << QString();
    QTest::newRow("bare absolute path")
        << u"/var/lib/nestogy/nestogy.db"_s << false << u"/var/lib/nestogy/nestogy.db"_s << QString() << 5432
        << QString() << QString() << QString();
    QTest::newRow("bare relative path") << u"data/nestogy.db"_s << false << u"data/nestogy.db"_s << QString()
                                        << 5432 << QString() << QString() << QString();
    QTest::newRow("bare path, spaces trimmed") << u"  /tmp/n.db \n"_s << false << u"/tmp/n.db"_s << QString()
                                               << 5432 << QString() << QString() << QString();
}

void TestEngineConfig::fromUrlAccepts()
{
    QFETCH(QString, url);
    QFETCH(bool, postgres);
    QFETCH(QString, sqlitePath);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, databaseName);

    QString error;
    const auto config = DatabaseConfig::fromUrl(url, &error);
    QVERIFY2(config.has_value(), qPrintable(error));
    QCOMPARE(config->kind, postgres ? DatabaseConfig::Kind::Postgres : DatabaseConfig::Kind::Sqlite);
    if (!postgres) {
        QCOMPARE(config->sqlitePath, sqlitePath);
        return;
    }
    QCOMPARE(config->host, host);
    QCOMPARE(config->port, port);
    QCOMPARE(config->user, user);
    QCOMPARE(config->password, password);
    QCOMPARE(config->databaseName, databaseName);
}

void TestEngineConfig::fromUrlRejects_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("ftp") << u"ftp://x"_s;
    QTest::newRow("mysql") << u"mysql://u@h/db"_s;
    QTest::newRow("postgresql without db") << u"postgresql://h:5432/"_s;
    QTest::newRow("postgresql without path") << u"postgresql://h:5432"_s;
    QTest::newRow("sqlite without path") << u"sqlite://"_s;
    QTest::newRow("postgresql bad port") << u"postgresql://h:port/db"_s;
}

void TestEngineConfig::fromUrlRejects()
{
    QFETCH(QString, url);

    QString error;
    const auto config = DatabaseConfig::fromUrl(url, &error);
    QVERIFY2(!config.has_value(), qPrintable(u"accepted: "_s + url));
    QVERIFY(!error.isEmpty());
}

void TestEngineConfig::describeHidesPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("postgresql") << u"postgresql://admin:Sup3rS3cret!x@db.example:5433/nestogy"_s
                                << u"Sup3rS3cret!x"_s << u"db.example:5433/nestogy"_s;
    QTest::newRow("postgres, no port")
        << u"postgres://u:hunter2hunter2@h/db"_s << u"hunter2hunter2"_s << u"u@h:5432/db"_s;
    QTest::newRow("sqlite") << u"/var/lib/nestogy/nestogy.db"_s << QString()
                            << u"/var/lib/nestogy/nestogy.db"_s;
}

void TestEngineConfig::describeHidesPassword()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    QFETCH(QString, mentions);

    QString error;
    const auto config = DatabaseConfig::fromUrl(url, &error);
    QVERIFY2(config.has_value(), qPrintable(error));
    QCOMPARE(config->password, password);
    const QString described = config->describe();
    QVERIFY2(described.contains(mentions), qPrintable(described));
    if (!password.isEmpty())
        QVERIFY2(!described.contains(password), "describe() leaks the password");

    // Set by hand too: describe() must not depend on the URL it came from.
    DatabaseConfig manual = *config;
    manual.password = u"an0ther-Passw0rd"_s;
    QVERIFY(!manual.describe().contains(manual.password));
}

QTEST_GUILESS_MAIN(TestEngineConfig)
#include "tst_engineconfig.moc"
