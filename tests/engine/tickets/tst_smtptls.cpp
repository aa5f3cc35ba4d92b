// Mail over an encrypted connection to a real SMTP server (tools/smtp-sink.py, started here with a
// certificate made for the test): STARTTLS and implicit TLS deliver when the server's certificate is trusted
// through the CA file setting, and fail, sending nothing, when it is not.
#include "CredentialVault.h"
#include "Database.h"
#include "SettingsStore.h"
#include "SmtpClient.h"
#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestSmtpTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startTlsDelivers();
    void implicitTlsDelivers();
    void untrustedCertificateFails();
    void plainClientIsRefusedWhenStartTlsIsRequired();
    void authenticatesWithThePasswordSealedInSettings();

private:
    struct Sink
    {
        std::unique_ptr<QProcess> process;
        QString dir;
        quint16 port = 0;
    };
    Sink startSink(const QStringList &extraArgs);
    QString send(quint16 port, SmtpSettings::Security security, const QString &caFile, const QString &to);
    QString send(const SmtpSettings &settings, const QString &to);
    static QList<QJsonObject> envelopes(const QString &dir);

    QTemporaryDir m_tmp;
    QString m_cert;
    QString m_key;
    std::vector<Sink> m_sinks;
};

void TestSmtpTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend");
    if (!QFile::exists(u"/usr/bin/openssl"_s) || !QFile::exists(u"/usr/bin/python3"_s))
        QFAIL("openssl and /usr/bin/python3 (with python3-aiosmtpd) are needed: tools/test installs them");
    TestCertificates certificates(m_tmp.path());
    const TestCertificates::Files files = certificates.selfSigned(u"smtp"_s);
    QVERIFY2(!files.isEmpty(), qPrintable(certificates.error()));
    m_cert = files.cert;
    m_key = files.key;
}

TestSmtpTls::Sink TestSmtpTls::startSink(const QStringList &extraArgs)
{
    Sink sink;
    sink.dir = m_tmp.filePath(u"mail-%1"_s.arg(m_sinks.size()));
    const QString portFile = sink.dir + u".port"_s;
    sink.process = std::make_unique<QProcess>();
    sink.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sink.process->start(u"/usr/bin/python3"_s,
                        QStringList{QStringLiteral(NESTOGY_SOURCE_DIR "/tools/smtp-sink.py"), u"--port"_s,
                                    u"0"_s, u"--dir"_s, sink.dir, u"--port-file"_s, portFile, u"--tls-cert"_s,
                                    m_cert, u"--tls-key"_s, m_key} +
                            extraArgs);
    QFile file(portFile);
    for (int i = 0; i < 300 && !file.exists(); ++i)
        QTest::qWait(50);
    if (file.open(QIODevice::ReadOnly))
        sink.port = quint16(file.readAll().trimmed().toUInt());
    return sink;
}

QString TestSmtpTls::send(quint16 port, SmtpSettings::Security security, const QString &caFile,
                          const QString &to)
{
    SmtpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = port;
    s.security = security;
    s.from = u"desk@msp.example"_s;
    s.caFile = caFile;
    return send(s, to);
}

QString TestSmtpTls::send(const SmtpSettings &s, const QString &to)
{
    SmtpClient client(s);
    QSignalSpy finished(&client, &SmtpClient::finished);
    client.send({to, u"TLS check"_s, u"sent over TLS"_s});
    if (!finished.wait(20000))
        return u"no answer within 20 s"_s;
    return finished.first().first().toString();
}

QList<QJsonObject> TestSmtpTls::envelopes(const QString &dir)
{
    QList<QJsonObject> out;
    for (const QFileInfo &fi : QDir(dir).entryInfoList({u"*.json"_s}, QDir::Files)) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            out << QJsonDocument::fromJson(f.readAll()).object();
    }
    return out;
}

void TestSmtpTls::startTlsDelivers()
{
    m_sinks.push_back(startSink({u"--require-starttls"_s}));
    const Sink &sink = m_sinks.back();
    QVERIFY(sink.port != 0);
    QCOMPARE(send(sink.port, SmtpSettings::Security::StartTls, m_cert, u"a@tls.example"_s), QString());
    QTRY_COMPARE(envelopes(sink.dir).size(), 1);
    QCOMPARE(envelopes(sink.dir).first().value(u"tls"_s).toBool(), true);
}

void TestSmtpTls::implicitTlsDelivers()
{
    m_sinks.push_back(startSink({u"--implicit-tls"_s}));
    const Sink &sink = m_sinks.back();
    QVERIFY(sink.port != 0);
    QCOMPARE(send(sink.port, SmtpSettings::Security::Tls, m_cert, u"b@tls.example"_s), QString());
    QTRY_COMPARE(envelopes(sink.dir).size(), 1);
}

void TestSmtpTls::untrustedCertificateFails()
{
    m_sinks.push_back(startSink({u"--require-starttls"_s}));
    const Sink &sink = m_sinks.back();
    QVERIFY(sink.port != 0);
    // Without the CA file the self-made certificate is not trusted: nothing may be sent.
    const QString error = send(sink.port, SmtpSettings::Security::StartTls, QString(), u"c@tls.example"_s);
    QVERIFY2(!error.isEmpty(), "an untrusted certificate was accepted");
    QTest::qWait(200);
    QCOMPARE(envelopes(sink.dir).size(), 0);
    QVERIFY(!send(sink.port, SmtpSettings::Security::StartTls, m_tmp.filePath(u"missing.pem"_s),
                  u"d@tls.example"_s)
                 .isEmpty());
}

void TestSmtpTls::plainClientIsRefusedWhenStartTlsIsRequired()
{
    m_sinks.push_back(startSink({u"--require-starttls"_s}));
    const Sink &sink = m_sinks.back();
    QVERIFY(sink.port != 0);
    const QString error = send(sink.port, SmtpSettings::Security::None, QString(), u"e@tls.example"_s);
    QVERIFY2(error.contains(u"530"_s), qPrintable(error));
}

void TestSmtpTls::authenticatesWithThePasswordSealedInSettings()
{
    // The way a stored configuration reaches the server: section "smtp" in the settings table with the
    // password sealed by the vault, opened by SmtpSettings::load, sent as AUTH PLAIN over STARTTLS.
    m_sinks.push_back(startSink({u"--require-starttls"_s, u"--auth"_s, u"desk:s3cret pass"_s}));
    const Sink &sink = m_sinks.back();
    QVERIFY(sink.port != 0);
    Database database(DatabaseConfig::sqlite(m_tmp.filePath(u"settings.db"_s)));
    QCOMPARE(database.openAndMigrate(), QString());
    QSqlDatabase db = database.connection();
    CredentialVault vault;
    vault.setMasterKey(QByteArray(CredentialVault::KeySize, 'k'));
    const auto storeWith = [&](const QByteArray &password) {
        const auto sealed = vault.seal(QString::fromLatin1(SmtpSettings::VaultScope),
                                       QString::fromLatin1(SmtpSettings::VaultField), password);
        QVERIFY(sealed.ok());
        QVERIFY(SettingsStore::write(db, u"smtp"_s,
                                     {{u"host"_s, u"127.0.0.1"_s},
                                      {u"port"_s, sink.port},
                                      {u"security"_s, u"starttls"_s},
                                      {u"from"_s, u"desk@msp.example"_s},
                                      {u"username"_s, u"desk"_s},
                                      {u"ca_file"_s, m_cert},
                                      {u"password_sealed"_s, QString::fromLatin1(sealed.data)}}));
    };
    qunsetenv("NESTOGY_SMTP_HOST");
    storeWith("s3cret pass");
    QString error;
    SmtpSettings settings = SmtpSettings::load(db, vault, &error);
    QCOMPARE(error, QString());
    QCOMPARE(settings.password, u"s3cret pass"_s);
    QCOMPARE(send(settings, u"auth@tls.example"_s), QString());
    QTRY_COMPARE(envelopes(sink.dir).size(), 1);

    storeWith("wrong");
    settings = SmtpSettings::load(db, vault, &error);
    const QString refused = send(settings, u"auth2@tls.example"_s);
    QVERIFY2(refused.contains(u"535"_s), qPrintable(refused));
    QCOMPARE(envelopes(sink.dir).size(), 1);

    // A vault with another key cannot open it, and says so instead of sending without a password.
    CredentialVault other;
    other.setMasterKey(QByteArray(CredentialVault::KeySize, 'x'));
    SmtpSettings::load(db, other, &error);
    QVERIFY2(error.contains(u"password"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSmtpTls)
#include "tst_smtptls.moc"
