// The credential vault: AES-256-GCM sealing bound to (integration, field), refusal without a key, and the
// promise that a secret's plaintext never reaches the database file.
#include "security/CredentialVault.h"
#include "security/Crypto.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::CredentialVault;
using nestogy::Database;
using nestogy::DatabaseConfig;
namespace crypto = nestogy::crypto;

namespace {

const QString Uuid = u"6f9619ff-8b86-d011-b42d-00cf4fc964ff"_s;
const QString Field = u"api_key"_s;

QByteArray testKey(char seed)
{
    QByteArray key(CredentialVault::KeySize, Qt::Uninitialized);
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(seed + i * 7);
    return key;
}

QByteArray decodedSealed(const QByteArray &sealedText)
{
    return QByteArray::fromBase64(sealedText);
}

enum class Tamper {
    FlipVersion,
    FlipNonce,
    FlipBody,
    FlipTag,
    TruncateTag,
    TruncateShort,
    AppendByte,
    BadBase64,
    Empty,
    WrongVersion
};

// Reads the database file and its WAL companions as they are on disk right now.
QByteArray databaseBytes(const QString &dbPath, QStringList *read)
{
    QByteArray all;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile f(dbPath + suffix);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly))
            continue;
        all += f.readAll();
        read->append(QFileInfo(f).fileName());
    }
    return all;
}

} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestCredentialVault : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void sealedFormat();
    void sealsOfTheSameValueDiffer();
    void wrongMasterKeyFails();
    void tamperedCiphertextFails_data();
    void tamperedCiphertextFails();
    void associatedDataBindsIntegrationAndField_data();
    void associatedDataBindsIntegrationAndField();
    void vaultWithoutKeyRefuses_data();
    void vaultWithoutKeyRefuses();
    void replacingTheKey();
    void secretNeverInDatabaseFile();

    void constantTimeEquals_data();
    void constantTimeEquals();
    void hmacSha256Rfc4231_data();
    void hmacSha256Rfc4231();
    void sha256KnownVector();
    void randomBytes();

private:
    CredentialVault readyVault(char seed = 1) const;
};

CredentialVault TestCredentialVault::readyVault(char seed) const
{
    CredentialVault vault;
    vault.setMasterKey(testKey(seed));
    return vault;
}

void TestCredentialVault::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ascii") << QByteArray("tok_live_8e3f0a9c1b2d4e5f");
    QTest::newRow("utf-8") << u"pässwörd-✓"_s.toUtf8();
    QTest::newRow("binary with NULs") << QByteArray("\0\x01\xff\0secret\0\0\x7f", 14);
    QTest::newRow("64 KiB") << crypto::randomBytes(64 * 1024);
    QTest::newRow("one byte") << QByteArray(1, '\0');
}

void TestCredentialVault::roundTrip()
{
    QFETCH(QByteArray, plaintext);

    const CredentialVault vault = readyVault();
    QVERIFY(vault.isReady());
    const auto sealed = vault.seal(Uuid, Field, plaintext);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error));
    QVERIFY(!sealed.data.isEmpty());
    if (plaintext.size() >= 4)
        QVERIFY(!decodedSealed(sealed.data).contains(plaintext));

    const auto opened = vault.open(Uuid, Field, sealed.data);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    QCOMPARE(opened.data.size(), plaintext.size());
    QCOMPARE(opened.data, plaintext);

    // Another vault instance with the same key reads it too (nothing depends on in-memory state).
    const auto again = readyVault().open(Uuid, Field, sealed.data);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.data, plaintext);
}

void TestCredentialVault::sealedFormat()
{
    const QByteArray plaintext("0123456789abcdef0123");
    const auto sealed = readyVault().seal(Uuid, Field, plaintext);
    QVERIFY(sealed.ok());
    // Stored as text: strict base64 of version | nonce | ciphertext | tag.
    const auto decoded = QByteArray::fromBase64Encoding(sealed.data, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(),
             1 + CredentialVault::NonceSize + plaintext.size() + CredentialVault::TagSize);
    QCOMPARE(decoded.decoded.at(0), '\x01');
}

void TestCredentialVault::sealsOfTheSameValueDiffer()
{
    const CredentialVault vault = readyVault();
    const QByteArray plaintext("same value every time");
    const auto a = vault.seal(Uuid, Field, plaintext);
    const auto b = vault.seal(Uuid, Field, plaintext);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.data != b.data);
    // The nonce itself differs, not just some padding.
    QVERIFY(decodedSealed(a.data).mid(1, CredentialVault::NonceSize) !=
            decodedSealed(b.data).mid(1, CredentialVault::NonceSize));
    QCOMPARE(vault.open(Uuid, Field, a.data).data, plaintext);
    QCOMPARE(vault.open(Uuid, Field, b.data).data, plaintext);
}

void TestCredentialVault::wrongMasterKeyFails()
{
    const auto sealed = readyVault(1).seal(Uuid, Field, QByteArray("top secret"));
    QVERIFY(sealed.ok());

    const auto opened = readyVault(2).open(Uuid, Field, sealed.data);
    QVERIFY(!opened.ok());
    QVERIFY(!opened.error.isEmpty());
    QVERIFY(opened.data.isEmpty());
    QVERIFY2(!opened.error.contains(u"top secret"_s), qPrintable(opened.error));

    // One bit of difference in the key is enough.
    QByteArray nearKey = testKey(1);
    nearKey[31] = char(nearKey[31] ^ 0x01);
    CredentialVault near;
    near.setMasterKey(nearKey);
    QVERIFY(near.isReady());
    QVERIFY(!near.open(Uuid, Field, sealed.data).ok());
}

void TestCredentialVault::tamperedCiphertextFails_data()
{
    QTest::addColumn<Tamper>("tamper");

    QTest::newRow("flip version byte") << Tamper::FlipVersion;
    QTest::newRow("wrong version byte 0x02") << Tamper::WrongVersion;
    QTest::newRow("flip nonce byte") << Tamper::FlipNonce;
    QTest::newRow("flip body byte") << Tamper::FlipBody;
    QTest::newRow("flip tag byte") << Tamper::FlipTag;
    QTest::newRow("truncate the tag") << Tamper::TruncateTag;
    QTest::newRow("truncate below header size") << Tamper::TruncateShort;
    QTest::newRow("append a byte") << Tamper::AppendByte;
    QTest::newRow("bad base64") << Tamper::BadBase64;
    QTest::newRow("empty") << Tamper::Empty;
}

void TestCredentialVault::tamperedCiphertextFails()
{
    QFETCH(Tamper, tamper);

    const CredentialVault vault = readyVault();
    const QByteArray plaintext("a secret long enough to have a body");
    const auto sealed = vault.seal(Uuid, Field, plaintext);
    QVERIFY(sealed.ok());
    QByteArray raw = decodedSealed(sealed.data);
    const qsizetype bodyStart = 1 + CredentialVault::NonceSize;
    QByteArray text;
    switch (tamper) {
    case Tamper::FlipVersion:
        raw[0] = char(raw[0] ^ 0x80);
        break;
    case Tamper::WrongVersion:
        raw[0] = '\x02';
        break;
    case Tamper::FlipNonce:
        raw[5] = char(raw[5] ^ 0x01);
        break;
    case Tamper::FlipBody:
        raw[bodyStart + 3] = char(raw[bodyStart + 3] ^ 0x01);
        break;
    case Tamper::FlipTag:
        raw[raw.size() - 1] = char(raw[raw.size() - 1] ^ 0x01);
        break;
    case Tamper::TruncateTag:
        raw.chop(1);
        break;
    case Tamper::TruncateShort:
        raw.truncate(1 + CredentialVault::NonceSize + CredentialVault::TagSize - 1);
        break;
    case Tamper::AppendByte:
        raw.append('\0');
        break;
    case Tamper::BadBase64:
        text = sealed.data;
        text.insert(4, "!*");
        break;
    case Tamper::Empty:
        text = QByteArray("");
        break;
    }
    if (text.isNull())
        text = raw.toBase64();

    const auto opened = vault.open(Uuid, Field, text);
    QVERIFY(!opened.ok());
    QVERIFY(!opened.error.isEmpty());
    QVERIFY(opened.data.isEmpty());
    // The untouched text still opens: the failure came from the change.
    QCOMPARE(vault.open(Uuid, Field, sealed.data).data, plaintext);
}

void TestCredentialVault::associatedDataBindsIntegrationAndField_data()
{
    QTest::addColumn<QString>("sealUuid");
    QTest::addColumn<QString>("sealField");
    QTest::addColumn<QString>("openUuid");
    QTest::addColumn<QString>("openField");

    const QString otherUuid = u"0b7e2d53-1d8a-4c51-9c7c-2f3e4a5b6c7d"_s;
    QTest::newRow("other integration") << Uuid << Field << otherUuid << Field;
    QTest::newRow("other field") << Uuid << Field << Uuid << u"webhook_secret"_s;
    QTest::newRow("both other") << Uuid << Field << otherUuid << u"password"_s;
    QTest::newRow("boundary moved between uuid and field") << u"abc"_s << u"d"_s << u"ab"_s << u"cd"_s;
    QTest::newRow("field case") << Uuid << Field << Uuid << u"API_KEY"_s;
    QTest::newRow("empty uuid") << Uuid << Field << QString() << Field;
}

void TestCredentialVault::associatedDataBindsIntegrationAndField()
{
    QFETCH(QString, sealUuid);
    QFETCH(QString, sealField);
    QFETCH(QString, openUuid);
    QFETCH(QString, openField);

    const CredentialVault vault = readyVault();
    const auto sealed = vault.seal(sealUuid, sealField, QByteArray("bound secret"));
    QVERIFY(sealed.ok());
    const auto moved = vault.open(openUuid, openField, sealed.data);
    QVERIFY(!moved.ok());
    QVERIFY(!moved.error.isEmpty());
    QVERIFY(moved.data.isEmpty());
    QCOMPARE(vault.open(sealUuid, sealField, sealed.data).data, QByteArray("bound secret"));
}

void TestCredentialVault::vaultWithoutKeyRefuses_data()
{
    QTest::addColumn<int>("keySize"); // -1: no setMasterKey call
    QTest::addColumn<QString>("unavailableReason");

    QTest::newRow("default") << -1 << QString();
    QTest::newRow("setUnavailable") << -1 << u"the keychain is locked"_s;
    QTest::newRow("31-byte key") << 31 << QString();
    QTest::newRow("33-byte key") << 33 << QString();
    QTest::newRow("empty key") << 0 << QString();
    QTest::newRow("good key, then setUnavailable") << 32 << u"the keychain entry was deleted"_s;
}

void TestCredentialVault::vaultWithoutKeyRefuses()
{
    QFETCH(int, keySize);
    QFETCH(QString, unavailableReason);

    // Something sealed while a key was there must not open once the vault lost it.
    const auto sealedBefore = readyVault().seal(Uuid, Field, QByteArray("kept"));
    QVERIFY(sealedBefore.ok());

    CredentialVault vault;
    if (keySize >= 0)
        vault.setMasterKey(testKey(1).leftJustified(keySize, 'k', true));
    if (!unavailableReason.isEmpty())
        vault.setUnavailable(unavailableReason);

    QVERIFY(!vault.isReady());
    QVERIFY(!vault.unavailableReason().isEmpty());
    if (!unavailableReason.isEmpty())
        QCOMPARE(vault.unavailableReason(), unavailableReason);

    const auto sealed = vault.seal(Uuid, Field, QByteArray("never sealed"));
    QVERIFY(!sealed.ok());
    QVERIFY(!sealed.error.isEmpty());
    QCOMPARE(sealed.error, vault.unavailableReason());
    QVERIFY(sealed.data.isEmpty());

    const auto opened = vault.open(Uuid, Field, sealedBefore.data);
    QVERIFY(!opened.ok());
    QVERIFY(opened.data.isEmpty());
}

void TestCredentialVault::replacingTheKey()
{
    CredentialVault vault;
    vault.setMasterKey(testKey(1));
    QVERIFY(vault.isReady());
    QVERIFY(vault.unavailableReason().isEmpty());

    // A bad key replaces a good one: the vault does not silently keep using the old key.
    vault.setMasterKey(QByteArray(16, 'x'));
    QVERIFY(!vault.isReady());
    QVERIFY(vault.unavailableReason().contains(u"32"_s));
    QVERIFY(!vault.seal(Uuid, Field, QByteArray("x")).ok());

    vault.setMasterKey(testKey(3));
    QVERIFY(vault.isReady());
    const auto sealed = vault.seal(Uuid, Field, QByteArray("x"));
    QVERIFY(sealed.ok());
    QCOMPARE(readyVault(3).open(Uuid, Field, sealed.data).data, QByteArray("x"));
}

void TestCredentialVault::secretNeverInDatabaseFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(u"nestogy.db"_s);
    // Distinctive and long enough that a chance match in page bytes is impossible.
    const QByteArray plaintext("NESTOGY-PLAINTEXT-7c1e9a52-d0f4-4b3a-8e21-secret-token");
    const CredentialVault vault = readyVault();
    const auto sealed = vault.seal(Uuid, Field, plaintext);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error));

    const QList<QByteArray> forbidden{
        plaintext,
        plaintext.toBase64(),
        plaintext.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        plaintext.toHex(),
        plaintext.toHex().toUpper(),
        plaintext.left(16),
        plaintext.mid(20, 16)};

    auto checkFiles = [&](const char *when) {
        QStringList read;
        const QByteArray bytes = databaseBytes(dbPath, &read);
        const QString where = read.join(u", "_s) + u" ("_s + QLatin1StringView(when) + u")"_s;
        QVERIFY2(!bytes.isEmpty(), when);
        QVERIFY2(bytes.contains(sealed.data), qPrintable(u"sealed text not found in "_s + where));
        for (const QByteArray &needle : forbidden)
            QVERIFY2(!bytes.contains(needle), qPrintable(u"secret bytes found in "_s + where));
    };

    {
        Database database(DatabaseConfig::sqlite(dbPath));
        const QString migrateError = database.openAndMigrate();
        QVERIFY2(migrateError.isEmpty(), qPrintable(migrateError));
        {
            QSqlDatabase db = database.connection();
            QVERIFY(db.isOpen());
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO integrations (uuid, provider, name, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?)"_s);
            q.addBindValue(Uuid);
            q.addBindValue(u"ninjaone"_s);
            q.addBindValue(u"Test integration"_s);
            q.addBindValue(now);
            q.addBindValue(now);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            const qint64 integrationId = q.lastInsertId().toLongLong();
            QVERIFY(integrationId > 0);

            q.prepare(u"INSERT INTO integration_secrets (integration_id, field, sealed, updated_at) "
                      "VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(integrationId);
            q.addBindValue(Field);
            q.addBindValue(QString::fromLatin1(sealed.data));
            q.addBindValue(now);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

            // What was stored reads back and opens.
            q.prepare(u"SELECT sealed FROM integration_secrets WHERE integration_id = ? AND field = ?"_s);
            q.addBindValue(integrationId);
            q.addBindValue(Field);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            const auto opened = vault.open(Uuid, Field, q.value(0).toString().toLatin1());
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            QCOMPARE(opened.data, plaintext);
        }
        // While the connection is open the committed page may live only in the WAL.
        checkFiles("connection open");
        if (QTest::currentTestFailed())
            return;
    }
    // All connections closed: the WAL is checkpointed (and usually removed).
    checkFiles("connection closed");
}

void TestCredentialVault::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("equal") << QByteArray("token-abc") << QByteArray("token-abc") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("binary equal") << QByteArray("\0a\0", 3) << QByteArray("\0a\0", 3) << true;
    QTest::newRow("differ in last byte") << QByteArray("token-abc") << QByteArray("token-abd") << false;
    QTest::newRow("differ in first byte") << QByteArray("token-abc") << QByteArray("Token-abc") << false;
    QTest::newRow("prefix") << QByteArray("token") << QByteArray("token-abc") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("trailing NUL") << QByteArray("abc") << QByteArray("abc\0", 4) << false;
}

void TestCredentialVault::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(crypto::constantTimeEquals(b, a), equal);
}

void TestCredentialVault::hmacSha256Rfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("macHex");

    // RFC 4231, section 4.2, 4.3 and 4.7 (test cases 1, 2 and 6).
    QTest::newRow("test case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                 << QByteArray(
                                        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("test case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                 << QByteArray(
                                        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("test case 6") << QByteArray(131, '\xaa')
                                 << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                 << QByteArray(
                                        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TestCredentialVault::hmacSha256Rfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, macHex);

    const QByteArray mac = crypto::hmacSha256(key, data);
    QCOMPARE(mac.size(), 32);
    QCOMPARE(mac.toHex(), macHex);
}

void TestCredentialVault::sha256KnownVector()
{
    // FIPS 180-2 example "abc", and the empty input.
    QCOMPARE(crypto::sha256(QByteArray("abc")).toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(crypto::sha256(QByteArray()).toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestCredentialVault::randomBytes()
{
    QCOMPARE(crypto::randomBytes(0).size(), 0);
    const QByteArray a = crypto::randomBytes(32);
    const QByteArray b = crypto::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QCOMPARE(b.size(), 32);
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestCredentialVault)
#include "tst_credentialvault.moc"
