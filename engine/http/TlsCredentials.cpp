#include "TlsCredentials.h"

#include <QFile>
#include <QFileInfo>
#include <QSslSocket>

#include <algorithm>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

constexpr qint64 MaxPemBytes = 1024 * 1024;

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// Reads a whole PEM file; returns what is wrong with it, or "".
QString readPem(const QString &path, const QString &what, QByteArray *out)
{
    const QFileInfo info(path);
    if (!info.exists())
        return u"the %1 file %2 does not exist"_s.arg(what, path);
    if (info.isDir())
        return u"%1 is a folder, not the %2 file"_s.arg(path, what);
    if (info.size() > MaxPemBytes)
        return u"%1 is %2 bytes, too large for a PEM %3 file"_s.arg(path).arg(info.size()).arg(what);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read the %1 file %2: %3"_s.arg(what, path, file.errorString());
    *out = file.readAll();
    if (out->trimmed().isEmpty())
        return u"the %1 file %2 is empty"_s.arg(what, path);
    return {};
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString describeNoCertificate(const QString &path, const QByteArray &bytes)
{
    if (bytes.contains("-----BEGIN CERTIFICATE-----"))
        return u"%1 has a certificate block that cannot be read (damaged PEM)"_s.arg(path);
    if (bytes.contains("PRIVATE KEY-----"))
        return u"%1 holds a private key, not a certificate: choose the certificate file "
               "(-----BEGIN CERTIFICATE-----)"_s.arg(path);
    if (!bytes.contains("-----BEGIN") && bytes.startsWith('\x30'))
        return u"%1 is not a PEM certificate (it looks like DER: convert it with "
               "openssl x509 -inform der -in %1 -out cert.pem)"_s.arg(path);
    return u"%1 is not a certificate: no PEM block -----BEGIN CERTIFICATE----- in it"_s.arg(path);
}

QString describeNoKey(const QString &path, const QByteArray &bytes)
{
    if (bytes.contains("PUBLIC KEY-----"))
        return u"%1 holds a public key; the private key is needed"_s.arg(path);
    if (bytes.contains("-----BEGIN CERTIFICATE-----") && !bytes.contains("PRIVATE KEY-----"))
        return u"%1 holds a certificate, not the private key"_s.arg(path);
    if (bytes.contains("PRIVATE KEY-----"))
        return u"%1 has a private key block that cannot be read (damaged PEM or an unsupported key type)"_s
            .arg(path);
    return u"%1 is not a private key: no PEM block -----BEGIN PRIVATE KEY----- in it"_s.arg(path);
}

struct PassphraseRequest
{
    QByteArray passphrase;
    bool asked = false;
};

int passphraseCallback(char *buf, int size, int, void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    if (request->passphrase.isEmpty() || request->passphrase.size() > size)
        return -1;
    std::copy(request->passphrase.cbegin(), request->passphrase.cend(), buf);
    return int(request->passphrase.size());
}

bool keyMatches(const QSslCertificate &certificate, EVP_PKEY *key)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Free> x509(d2i_X509(nullptr, &p, long(der.size())));
    const bool match = x509 && X509_check_private_key(x509.get(), key) == 1;
    ERR_clear_error();
    return match;
}

// The key in a form QSslKey takes: unencrypted PEM for the types Qt knows, else the OpenSSL handle.
QSslKey toQSslKey(EVP_PKEY *key)
{
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    case EVP_PKEY_DSA:
        algorithm = QSsl::Dsa;
        break;
    default:
        break;
    }
    if (algorithm == QSsl::Opaque) {
        EVP_PKEY_up_ref(key); // QSslKey owns this reference
        return QSslKey(reinterpret_cast<Qt::HANDLE>(key), QSsl::PrivateKey);
    }
    Bio out(BIO_new(BIO_s_mem()));
    if (!out ||
        PEM_write_bio_PrivateKey_traditional(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    QByteArray pem(data, size);
    QSslKey result(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    pem.fill('\0'); // the unencrypted key does not linger in freed memory
    return result;
}

} // namespace

std::optional<TlsCredentials> TlsCredentials::load(const QString &certFile, const QString &keyFile,
                                                   const QByteArray &passphrase, Problem *problem,
                                                   const QDateTime &now)
{
    const auto fail = [problem](Field field, const QString &message) {
        if (problem)
            *problem = {field, message};
        return std::nullopt;
    };
    if (certFile.isEmpty())
        return fail(Field::Certificate, u"no certificate file given (a key without its certificate)"_s);
    if (keyFile.isEmpty())
        return fail(Field::Key, u"no private key file given for the certificate %1"_s.arg(certFile));

    QByteArray certBytes;
    if (const QString error = readPem(certFile, u"certificate"_s, &certBytes); !error.isEmpty())
        return fail(Field::Certificate, error);
    TlsCredentials result;
    result.m_chain = QSslCertificate::fromData(certBytes, QSsl::Pem);
    if (result.m_chain.isEmpty() ||
        std::any_of(result.m_chain.cbegin(), result.m_chain.cend(), [](const auto &c) { return c.isNull(); }))
        return fail(Field::Certificate, describeNoCertificate(certFile, certBytes));
    for (qsizetype i = 0; i < result.m_chain.size(); ++i) {
        const QSslCertificate &c = result.m_chain.at(i);
        const QString which = i == 0 ? u"the certificate in %1"_s.arg(certFile)
                                     : u"certificate %1 of the chain in %2 (%3)"_s.arg(i + 1).arg(
                                           certFile, c.subjectDisplayName());
        if (now < c.effectiveDate())
            return fail(Field::Certificate,
                        u"%1 is not valid before %2"_s.arg(which, utc(c.effectiveDate())));
        if (now > c.expiryDate())
            return fail(Field::Certificate, u"%1 expired on %2"_s.arg(which, utc(c.expiryDate())));
    }

    QByteArray keyBytes;
    if (const QString error = readPem(keyFile, u"private key"_s, &keyBytes); !error.isEmpty())
        return fail(Field::Key, error);
    Bio in(BIO_new_mem_buf(keyBytes.constData(), int(keyBytes.size())));
    PassphraseRequest request{passphrase};
    Pkey key(in ? PEM_read_bio_PrivateKey(in.get(), nullptr, passphraseCallback, &request) : nullptr);
    ERR_clear_error();
    if (!key) {
        if (request.asked && passphrase.isEmpty())
            return fail(Field::Key, u"the private key in %1 is encrypted: give its passphrase in "
                                    "NESTOGY_TLS_KEY_PASSPHRASE, or store it without one "
                                    "(openssl pkey -in %1 -out key.pem)"_s.arg(keyFile));
        if (request.asked)
            return fail(Field::Key, u"the private key in %1 could not be decrypted with the passphrase in "
                                    "NESTOGY_TLS_KEY_PASSPHRASE"_s.arg(keyFile));
        return fail(Field::Key, describeNoKey(keyFile, keyBytes));
    }
    if (!keyMatches(result.m_chain.constFirst(), key.get())) {
        for (qsizetype i = 1; i < result.m_chain.size(); ++i) {
            if (keyMatches(result.m_chain.at(i), key.get()))
                return fail(Field::Certificate,
                            u"the private key in %1 belongs to certificate %2 in %3: put that certificate "
                            "first, then the intermediates"_s.arg(keyFile)
                                .arg(i + 1)
                                .arg(certFile));
        }
        return fail(Field::Key,
                    u"the private key in %1 does not match the certificate in %2"_s.arg(keyFile, certFile));
    }
    result.m_key = toQSslKey(key.get());
    if (result.m_key.isNull())
        return fail(Field::Key, u"the private key in %1 cannot be used for TLS here"_s.arg(keyFile));
    return result;
}

QSslConfiguration TlsCredentials::serverConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(m_chain);
    c.setPrivateKey(m_key);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    c.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
    return c;
}

} // namespace nestogy
