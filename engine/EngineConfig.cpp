#include "EngineConfig.h"

#include <QStandardPaths>

namespace nestogy {

QString EngineConfig::defaultDataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QStringLiteral("./nestogy-data") : dir;
}

QString EngineConfig::parseListen(const QString &text, QString *host, quint16 *port)
{
    const QString t = text.trimmed();
    QString h;
    QString p;
    if (t.startsWith(u'[')) {
        const auto close = t.indexOf(u']');
        if (close < 0 || close + 1 >= t.size() || t.at(close + 1) != u':')
            return QStringLiteral("'%1' is not [IPv6]:PORT").arg(t);
        h = t.mid(1, close - 1);
        p = t.mid(close + 2);
    } else if (t.count(u':') == 1) {
        h = t.section(u':', 0, 0);
        p = t.section(u':', 1);
    } else if (!t.contains(u':')) {
        p = t;
        h = QStringLiteral("127.0.0.1");
    } else {
        return QStringLiteral("'%1' is ambiguous: write IPv6 addresses as [ADDR]:PORT").arg(t);
    }
    bool ok = false;
    const uint n = p.toUInt(&ok);
    if (!ok || n > 65535)
        return QStringLiteral("'%1' has no valid port (0-65535)").arg(t);
    if (h.isEmpty())
        h = QStringLiteral("0.0.0.0");
    if (h != u"localhost" && QHostAddress(h).isNull())
        return QStringLiteral("'%1' is not an IP address (or localhost)").arg(h);
    *host = h;
    *port = quint16(n);
    return {};
}

void EngineConfig::applyEnvironment()
{
    if (databaseUrl.isEmpty())
        databaseUrl = qEnvironmentVariable("NESTOGY_DATABASE_URL");
    if (publicUrl.isEmpty())
        publicUrl = qEnvironmentVariable("NESTOGY_PUBLIC_URL");
    if (tlsCertFile.isEmpty())
        tlsCertFile = qEnvironmentVariable("NESTOGY_TLS_CERT");
    if (tlsKeyFile.isEmpty())
        tlsKeyFile = qEnvironmentVariable("NESTOGY_TLS_KEY");
    if (tlsKeyPassphrase.isEmpty())
        tlsKeyPassphrase = tlsKeyPassphraseFromEnvironment();
    while (publicUrl.endsWith(u'/'))
        publicUrl.chop(1);
    bool ok = false;
    const qint64 body = qEnvironmentVariableIntValue("NESTOGY_MAX_BODY_BYTES", &ok);
    if (ok && body > 0)
        maxBodyBytes = body;
}

QByteArray EngineConfig::tlsKeyPassphraseFromEnvironment()
{
    return qgetenv("NESTOGY_TLS_KEY_PASSPHRASE");
}

QString EngineConfig::scheme() const
{
    return tls() ? QStringLiteral("https") : QStringLiteral("http");
}

QString EngineConfig::listenUrl(quint16 actualPort) const
{
    const QString host = listenHost.contains(u':') ? u'[' + listenHost + u']' : listenHost;
    return QStringLiteral("%1://%2:%3").arg(scheme(), host).arg(actualPort);
}

} // namespace nestogy
