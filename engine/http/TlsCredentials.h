#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

namespace nestogy {

// The listener's certificate chain and private key, read from PEM files and checked before anything is served
// with them: readable, PEM, the certificates valid now, the key not encrypted (or opened with the given
// passphrase) and belonging to the first certificate. The engine refuses to start on any problem, and the
// desktop's Settings use the same check to mark the field at fault.
class TlsCredentials
{
public:
    enum class Field { Certificate, Key };
    struct Problem
    {
        Field field = Field::Certificate;
        QString message; // names the file and says what is wrong with it
    };

    // certFile: the server certificate, then the intermediates it was issued under (PEM). keyFile: its
    // private key (PEM; PKCS#8 or the traditional RSA/EC forms; may be encrypted when `passphrase` is given).
    // Returns nothing and fills *problem when they cannot be served.
    static std::optional<TlsCredentials> load(const QString &certFile, const QString &keyFile,
                                              const QByteArray &passphrase, Problem *problem,
                                              const QDateTime &now = QDateTime::currentDateTimeUtc());

    const QList<QSslCertificate> &chain() const { return m_chain; }
    QDateTime expires() const { return m_chain.constFirst().expiryDate(); }
    // What the listener hands every connection: this chain and key, TLS 1.2 or later, HTTP/1.1 by ALPN, no
    // client certificates asked for.
    QSslConfiguration serverConfiguration() const;

private:
    TlsCredentials() = default;

    QList<QSslCertificate> m_chain; // leaf first
    QSslKey m_key;
};

} // namespace nestogy
