#pragma once

#include <QString>
#include <QStringList>

// Certificates and keys made with the openssl command, for tests that need real TLS: self-signed ones for
// localhost and 127.0.0.1 (valid now, expired, or not valid yet), a chain under a test root CA, and encrypted
// keys. Every file goes into the directory given (the test's temp dir). A method that fails returns empty
// paths; error() says why.
class TestCertificates
{
public:
    struct Files
    {
        QString cert;
        QString key;
        bool isEmpty() const { return cert.isEmpty() || key.isEmpty(); }
    };

    explicit TestCertificates(QString dir)
        : m_dir(std::move(dir))
    {}

    // Valid from now for `days` days; an RSA key.
    Files selfSigned(const QString &name, int days = 2);
    // Valid between these UTC times, written as openssl takes them (YYYYMMDDHHMMSSZ).
    Files selfSignedBetween(const QString &name, const QString &notBefore, const QString &notAfter);
    // A server certificate issued by an intermediate CA issued by a root CA (EC keys). `cert` holds the
    // server certificate followed by the intermediate, as a server sends them; *rootCert is the root to
    // trust.
    Files chain(const QString &name, QString *rootCert);
    // `key` encrypted with `passphrase` (AES-256) into a new file; empty on failure.
    QString encryptedKey(const QString &key, const QByteArray &passphrase, const QString &name);

    QString error() const { return m_error; }

private:
    QString path(const QString &file) const;
    bool write(const QString &file, const QByteArray &content);
    bool openssl(const QStringList &args);
    bool newKeyAndRequest(const QString &key, const QString &request, const QString &subject);

    QString m_dir;
    QString m_error;
};
