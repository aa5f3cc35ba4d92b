#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {
const QString OpenSsl = u"/usr/bin/openssl"_s;
const QStringList EcKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s};
const QString ServerExtensions =
    u"subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"_s;
} // namespace

QString TestCertificates::path(const QString &file) const
{
    return QDir(m_dir).filePath(file);
}

bool TestCertificates::write(const QString &file, const QByteArray &content)
{
    QFile f(path(file));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        m_error = u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

bool TestCertificates::openssl(const QStringList &args)
{
    if (!QFile::exists(OpenSsl)) {
        m_error = u"%1 is needed (Debian package openssl; tools/test installs it)"_s.arg(OpenSsl);
        return false;
    }
    QProcess p;
    p.setWorkingDirectory(m_dir);
    p.start(OpenSsl, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error =
            u"openssl %1 failed: %2"_s.arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::newKeyAndRequest(const QString &key, const QString &request, const QString &subject)
{
    return openssl(
        QStringList{u"req"_s, u"-new"_s} + EcKey +
        QStringList{u"-nodes"_s, u"-subj"_s, subject, u"-keyout"_s, path(key), u"-out"_s, path(request)});
}

TestCertificates::Files TestCertificates::selfSigned(const QString &name, int days)
{
    const Files f{path(name + u"-cert.pem"_s), path(name + u"-key.pem"_s)};
    if (!openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                  QString::number(days), u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                  u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s, f.key, u"-out"_s, f.cert}))
        return {};
    return f;
}

TestCertificates::Files TestCertificates::selfSignedBetween(const QString &name, const QString &notBefore,
                                                            const QString &notAfter)
{
    // Only "openssl ca" sets arbitrary dates (req and x509 count days from now).
    const Files f{path(name + u"-cert.pem"_s), path(name + u"-key.pem"_s)};
    const QString config = u"[ca]\ndefault_ca = testca\n[testca]\ndatabase = %1\nnew_certs_dir = %2\n"
                           "serial = %3\ndefault_md = sha256\npolicy = anything\nunique_subject = no\n"
                           "[anything]\ncommonName = supplied\n"_s.arg(path(name + u"-index.txt"_s), m_dir,
                                                                       path(name + u"-serial"_s));
    if (!write(name + u"-ca.cnf"_s, config.toUtf8()) || !write(name + u"-index.txt"_s, {}) ||
        !write(name + u"-serial"_s, "01\n") ||
        !newKeyAndRequest(name + u"-key.pem"_s, name + u".csr"_s, u"/CN=localhost"_s))
        return {};
    if (!openssl({u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, path(name + u"-ca.cnf"_s), u"-selfsign"_s,
                  u"-keyfile"_s, f.key, u"-in"_s, path(name + u".csr"_s), u"-startdate"_s, notBefore,
                  u"-enddate"_s, notAfter, u"-out"_s, f.cert}))
        return {};
    return f;
}

TestCertificates::Files TestCertificates::chain(const QString &name, QString *rootCert)
{
    const QString root = path(name + u"-root-cert.pem"_s);
    const QString rootKey = path(name + u"-root-key.pem"_s);
    const QString intermediate = path(name + u"-intermediate-cert.pem"_s);
    const QString intermediateKey = path(name + u"-intermediate-key.pem"_s);
    const QString leaf = path(name + u"-leaf-cert.pem"_s);
    const Files f{path(name + u"-cert.pem"_s), path(name + u"-key.pem"_s)};
    const QString caExtensions =
        u"basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"_s;
    if (!write(name + u"-ca.ext"_s, caExtensions.toUtf8()) ||
        !write(name + u"-server.ext"_s, ServerExtensions.toUtf8()))
        return {};
    if (!openssl(QStringList{u"req"_s, u"-x509"_s} + EcKey +
                 QStringList{u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Nestogy Test Root CA"_s,
                             u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                             u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s, rootKey, u"-out"_s,
                             root}))
        return {};
    if (!newKeyAndRequest(name + u"-intermediate-key.pem"_s, name + u"-intermediate.csr"_s,
                          u"/CN=Nestogy Test Intermediate CA"_s) ||
        !openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u"-intermediate.csr"_s), u"-CA"_s, root,
                  u"-CAkey"_s, rootKey, u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
                  path(name + u"-ca.ext"_s), u"-out"_s, intermediate}))
        return {};
    if (!newKeyAndRequest(name + u"-key.pem"_s, name + u"-leaf.csr"_s, u"/CN=localhost"_s) ||
        !openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u"-leaf.csr"_s), u"-CA"_s, intermediate,
                  u"-CAkey"_s, intermediateKey, u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
                  path(name + u"-server.ext"_s), u"-out"_s, leaf}))
        return {};
    QFile leafFile(leaf);
    QFile intermediateFile(intermediate);
    if (!leafFile.open(QIODevice::ReadOnly) || !intermediateFile.open(QIODevice::ReadOnly) ||
        !write(name + u"-cert.pem"_s, leafFile.readAll() + intermediateFile.readAll()))
        return {};
    *rootCert = root;
    return f;
}

QString TestCertificates::encryptedKey(const QString &key, const QByteArray &passphrase, const QString &name)
{
    const QString out = path(name);
    if (!openssl({u"pkey"_s, u"-in"_s, key, u"-aes256"_s, u"-passout"_s,
                  u"pass:"_s + QString::fromUtf8(passphrase), u"-out"_s, out}))
        return {};
    return out;
}
