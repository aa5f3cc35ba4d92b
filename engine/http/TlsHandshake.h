#pragma once

#include <QObject>

#include <functional>

class QSslSocket;
class QTimer;

namespace nestogy {

// Watches one accepted TLS connection until its handshake is done, then hands it on. The first byte decides:
// a TLS ClientHello starts the server handshake; a plain HTTP request is answered 400 ("this port speaks
// HTTPS") and closed; anything else, a failed handshake or one not finished within TimeoutMs is dropped.
// Lives as a child of the socket and deletes itself once the socket is handed on.
class TlsHandshake : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 10 * 1000;

    TlsHandshake(QSslSocket *socket, std::function<void(QSslSocket *)> encrypted);

private:
    void sniff();
    void refusePlainHttp();
    void finish();
    // Closes the connection: at once (abort) from a timer, else when the event loop next runs, since the
    // socket may be inside its own signal.
    void drop(const QString &reason, bool abortNow);

    QSslSocket *m_socket;
    std::function<void(QSslSocket *)> m_encrypted;
    QTimer *m_timeout;
    bool m_dropped = false;
};

} // namespace nestogy
