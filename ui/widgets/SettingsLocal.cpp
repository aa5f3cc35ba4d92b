#include "SettingsLocal.h"

#include "DatabaseConfig.h"
#include "EngineConfig.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

SettingsLocal::Values SettingsLocal::load()
{
    const QSettings s;
    Values v;
    v.listenHost = s.value(key(ListenHostKey)).toString();
    const uint port = s.value(key(ListenPortKey), 0).toUInt();
    v.listenPort = port <= 65535 ? quint16(port) : 0;
    v.databaseUrl = s.value(key(DatabaseUrlKey)).toString();
    v.tlsCertFile = s.value(key(TlsCertFileKey)).toString();
    v.tlsKeyFile = s.value(key(TlsKeyFileKey)).toString();
    v.rateLimitPerMinute = qMax(0, s.value(key(RateLimitKey), 0).toInt());
    v.language = s.value(key(LanguageKey)).toString();
    v.startMinimized = s.value(key(StartMinimizedKey), false).toBool();
    v.notifications = s.value(key(NotificationsKey), true).toBool();
    return v;
}

void SettingsLocal::save(const Values &v)
{
    QSettings s;
    const auto put = [&s](const char *name, const QVariant &value, bool isDefault) {
        // Defaults are not written, so a later change of the built-in default reaches this workstation.
        if (isDefault)
            s.remove(key(name));
        else
            s.setValue(key(name), value);
    };
    put(ListenHostKey, v.listenHost, v.listenHost.isEmpty());
    put(ListenPortKey, v.listenPort, v.listenPort == 0);
    put(DatabaseUrlKey, v.databaseUrl, v.databaseUrl.isEmpty());
    put(TlsCertFileKey, v.tlsCertFile, v.tlsCertFile.isEmpty());
    put(TlsKeyFileKey, v.tlsKeyFile, v.tlsKeyFile.isEmpty());
    put(RateLimitKey, v.rateLimitPerMinute, v.rateLimitPerMinute <= 0);
    put(LanguageKey, v.language, v.language.isEmpty());
    s.setValue(key(StartMinimizedKey), v.startMinimized);
    s.setValue(key(NotificationsKey), v.notifications);
    s.sync();
}

QString SettingsLocal::applyTo(EngineConfig &config, bool listenGiven)
{
    const Values v = load();
    QStringList problems;
    if (!listenGiven && (!v.listenHost.isEmpty() || v.listenPort != 0)) {
        const QString host = v.listenHost.isEmpty() ? config.listenHost : v.listenHost;
        const quint16 port = v.listenPort != 0 ? v.listenPort : config.listenPort;
        const QString text = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
        if (const QString error = EngineConfig::parseListen(text, &config.listenHost, &config.listenPort);
            !error.isEmpty())
            problems.append(u"stored listen address: %1"_s.arg(error));
    }
    if (config.databaseUrl.isEmpty() && !v.databaseUrl.isEmpty()) {
        QString error;
        if (DatabaseConfig::fromUrl(v.databaseUrl, &error))
            config.databaseUrl = v.databaseUrl;
        else
            problems.append(u"stored database: %1"_s.arg(error));
    }
    if (!config.tls()) {
        config.tlsCertFile = v.tlsCertFile;
        config.tlsKeyFile = v.tlsKeyFile;
    }
    if (v.rateLimitPerMinute > 0 && qEnvironmentVariableIsEmpty("NESTOGY_RMM_RATE_LIMIT"))
        qputenv("NESTOGY_RMM_RATE_LIMIT", QByteArray::number(v.rateLimitPerMinute));
    return problems.join(u"; ");
}

} // namespace nestogy
