#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace nestogy {

// Everything the engine needs to start, from the command line and the environment (same for nestogy and
// nestogyd).
struct EngineConfig
{
    QString dataDir;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080;
    QString databaseUrl;     // empty: SQLite at dataDir/nestogy.db
    QString publicUrl;       // base of webhook URLs handed out; empty: the request's Host
    QString keychainKeyName; // empty: the default entry; tests use their own
    qint64 maxBodyBytes = 1024 * 1024;
    // HTTPS: both or neither. The certificate file may hold the chain (server certificate first, then the
    // intermediates); the key may be encrypted with the passphrase in NESTOGY_TLS_KEY_PASSPHRASE.
    QString tlsCertFile;
    QString tlsKeyFile;
    QByteArray tlsKeyPassphrase;

    static QString defaultDataDir();
    // Parses HOST:PORT, [IPv6]:PORT or PORT; returns an error text or "".
    static QString parseListen(const QString &text, QString *host, quint16 *port);
    // Fills the fields not given on the command line from NESTOGY_* variables.
    void applyEnvironment();
    static QByteArray tlsKeyPassphraseFromEnvironment();
    // Whether the listener is meant to serve HTTPS (a certificate or a key is given; Engine::start refuses
    // one without the other).
    bool tls() const { return !tlsCertFile.isEmpty() || !tlsKeyFile.isEmpty(); }
    QString scheme() const;
    QString listenUrl(quint16 actualPort) const;
};

} // namespace nestogy
