#pragma once

#include "Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

namespace nestogy {

class GuardedTcpServer;

// The engine's embedded HTTP listener: QtHttpServer's connection handling with our own routing, JSON errors
// for unknown paths (404) and methods (405), a body size limit (413), answers that may be sent after a
// commit, and HTTPS when given a TLS configuration.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);

    Router &router() { return m_router; }

    // Serves HTTPS with this configuration (certificate chain and key); call before listen().
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }

    // Listens on address:port; returns an error text (e.g. "address in use") or an empty string.
    QString listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    // Stops accepting connections; requests already read are still answered.
    void stopListening();

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    int pendingResponses() const { return m_pending; }

Q_SIGNALS:
    void idle(); // no responses pending any more
    void requestFinished(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Router m_router;
    GuardedTcpServer *m_tcp = nullptr;
    std::optional<QSslConfiguration> m_tls;
    qint64 m_maxBodyBytes = 1024 * 1024;
    int m_pending = 0;
};

} // namespace nestogy
