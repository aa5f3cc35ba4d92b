#include "TlsHandshake.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

// Debug only: every port scanner on the internet would otherwise fill the log.
Q_LOGGING_CATEGORY(lcTls, "nestogy.http.tls", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
constexpr char TlsHandshakeRecord = 0x16;
constexpr int PlainAnswerGraceMs = 2000;
} // namespace

TlsHandshake::TlsHandshake(QSslSocket *socket, std::function<void(QSslSocket *)> encrypted)
    : QObject(socket)
    , m_socket(socket)
    , m_encrypted(std::move(encrypted))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { drop(u"no TLS handshake within %1 s"_s.arg(TimeoutMs / 1000), true); });
    m_timeout->start(TimeoutMs);
    connect(socket, &QSslSocket::readyRead, this, &TlsHandshake::sniff);
    connect(socket, &QSslSocket::encrypted, this, &TlsHandshake::finish);
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this] { drop(u"TLS handshake failed: %1"_s.arg(m_socket->errorString()), false); });
    connect(socket, &QAbstractSocket::disconnected, this,
            [this] { drop(u"closed before the TLS handshake was done"_s, false); });
}

void TlsHandshake::sniff()
{
    char first = 0;
    if (m_socket->mode() != QSslSocket::UnencryptedMode || m_socket->peek(&first, 1) != 1)
        return;
    // Only the first byte is ours to look at; from here on the bytes belong to the handshake.
    disconnect(m_socket, &QSslSocket::readyRead, this, &TlsHandshake::sniff);
    if (first == TlsHandshakeRecord) {
        m_socket->startServerEncryption();
        return;
    }
    if (first >= 'A' && first <= 'Z') {
        refusePlainHttp();
        return;
    }
    drop(u"neither TLS nor HTTP"_s, false);
}

void TlsHandshake::refusePlainHttp()
{
    // Answered in plain text, so whoever set up the sender sees why in its log instead of a reset connection.
    const QByteArray body =
        QByteArrayLiteral(R"({"error":"this port speaks HTTPS: use an https:// URL","detail":{}})");
    m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->readAll();
    m_socket->disconnectFromHost();
    qCDebug(lcTls).noquote() << "plain HTTP from" << m_socket->peerAddress().toString()
                             << "on the TLS port: answered 400";
    m_timeout->start(PlainAnswerGraceMs);
}

void TlsHandshake::finish()
{
    m_timeout->stop();
    m_socket->disconnect(this);
    QSslSocket *socket = m_socket;
    const auto encrypted = std::move(m_encrypted);
    deleteLater();
    encrypted(socket);
}

void TlsHandshake::drop(const QString &reason, bool abortNow)
{
    if (m_dropped)
        return;
    m_dropped = true;
    m_timeout->stop();
    qCDebug(lcTls).noquote() << "dropped a connection from" << m_socket->peerAddress().toString() << ":"
                             << reason;
    if (abortNow)
        m_socket->abort();
    m_socket->deleteLater();
}

} // namespace nestogy
