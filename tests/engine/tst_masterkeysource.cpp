// The vault's master key from the environment and from a real Secret Service keyring (gnome-keyring on a
// private D-Bus, started by tools/test).
#include "CredentialVault.h"
#include "MasterKeySource.h"

#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestMasterKeySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void environmentKey();
    void badEnvironmentKey_data();
    void badEnvironmentKey();
    void keychainCreatesThenReusesKey();
    void missingKeyIsNotReplacedWhenSecretsExist();
    void cleanupTestCase();

private:
    struct Outcome
    {
        QByteArray key;
        QString origin;
        QString error;
    };
    static Outcome load(MasterKeySource &source);
    void requireKeyring();

    QString m_keyName = u"test-master-key-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestMasterKeySource::init()
{
    qunsetenv(MasterKeySource::EnvVar);
}

TestMasterKeySource::Outcome TestMasterKeySource::load(MasterKeySource &source)
{
    Outcome out;
    QSignalSpy ready(&source, &MasterKeySource::keyReady);
    QSignalSpy failed(&source, &MasterKeySource::failed);
    source.load();
    if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 30000))
        out.error = u"no answer within 30 s"_s;
    else if (!ready.isEmpty()) {
        out.key = ready.first().at(0).toByteArray();
        out.origin = ready.first().at(1).toString();
    } else {
        out.error = failed.first().at(0).toString();
    }
    if (ready.count() + failed.count() > 1)
        out.error = u"answered more than once"_s;
    return out;
}

void TestMasterKeySource::requireKeyring()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariableIntValue("NESTOGY_REQUIRE_SERVICES") == 1)
            QFAIL("no session D-Bus: tools/test must run this under dbus-run-session with gnome-keyring");
        QSKIP("no session D-Bus with a Secret Service; run through tools/test");
    }
}

void TestMasterKeySource::environmentKey()
{
    const QByteArray key =
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    qputenv(MasterKeySource::EnvVar, key.toBase64());
    MasterKeySource source;
    const Outcome o = load(source);
    QCOMPARE(o.error, QString());
    QCOMPARE(o.key, key);
    QCOMPARE(o.origin, u"environment"_s);
}

void TestMasterKeySource::badEnvironmentKey_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("too short") << QByteArray(16, 'a').toBase64();
    QTest::newRow("too long") << QByteArray(33, 'a').toBase64();
    QTest::newRow("not base64") << QByteArray("this is not base64!!");
}

void TestMasterKeySource::badEnvironmentKey()
{
    QFETCH(QByteArray, value);
    qputenv(MasterKeySource::EnvVar, value);
    MasterKeySource source;
    const Outcome o = load(source);
    QVERIFY(o.key.isEmpty());
    QVERIFY2(o.error.contains(u"NESTOGY_MASTER_KEY"_s), qPrintable(o.error));
}

void TestMasterKeySource::keychainCreatesThenReusesKey()
{
    requireKeyring();
    MasterKeySource first;
    first.setKeyName(m_keyName);
    const Outcome created = load(first);
    QCOMPARE(created.error, QString());
    QCOMPARE(created.key.size(), CredentialVault::KeySize);
    QCOMPARE(created.origin, u"keychain (new key)"_s);

    MasterKeySource second;
    second.setKeyName(m_keyName);
    const Outcome again = load(second);
    QCOMPARE(again.error, QString());
    QCOMPARE(again.key, created.key);
    QCOMPARE(again.origin, u"keychain"_s);

    // A secret sealed under the first key opens under the key read back from the keychain.
    CredentialVault a;
    a.setMasterKey(created.key);
    CredentialVault b;
    b.setMasterKey(again.key);
    const auto sealed = a.seal(u"uuid-1"_s, u"api_key"_s, "hunter2");
    QVERIFY(sealed.ok());
    QCOMPARE(b.open(u"uuid-1"_s, u"api_key"_s, sealed.data).data, QByteArray("hunter2"));

    // The environment variable wins over the keychain when both exist.
    const QByteArray envKey(32, 'e');
    qputenv(MasterKeySource::EnvVar, envKey.toBase64());
    MasterKeySource third;
    third.setKeyName(m_keyName);
    QCOMPARE(load(third).key, envKey);
}

void TestMasterKeySource::missingKeyIsNotReplacedWhenSecretsExist()
{
    requireKeyring();
    MasterKeySource source;
    source.setUseEnvironment(false);
    source.setKeyName(m_keyName + u"-never-created"_s);
    source.setMayCreate(false);
    const Outcome o = load(source);
    QVERIFY(o.key.isEmpty());
    QVERIFY2(o.error.contains(u"restore"_s), qPrintable(o.error));
}

void TestMasterKeySource::cleanupTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(MasterKeySource::Service), this);
    job->setKey(m_keyName);
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    done.wait(10000);
}

QTEST_GUILESS_MAIN(TestMasterKeySource)
#include "tst_masterkeysource.moc"
