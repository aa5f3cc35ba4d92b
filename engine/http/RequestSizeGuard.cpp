#include "RequestSizeGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace nestogy {

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, qint64 maxBodyBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBody(maxBodyBytes)
{
    // Connected before QtHttpServer's own readyRead handler, so it runs first and sees every new byte.
    connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::inspect);
}

void RequestSizeGuard::reject(int status, const QByteArray &message, qint64 discard)
{
    m_mode = Mode::Rejected;
    m_discardRemaining = qMin(discard, MaxDiscardBytes);
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("error"), QString::fromLatin1(message)},
                        {QStringLiteral("detail"), QJsonObject{{QStringLiteral("limit_bytes"), m_maxBody}}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray reason = status == 413 ? "Payload Too Large" : "Request Header Fields Too Large";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // QtHttpServer must not parse what we refused.
    m_discardRemaining -= m_socket->readAll().size();
    if (m_discardRemaining <= 0)
        m_socket->disconnectFromHost();
    else // a sender that stalls is not waited for long
        QTimer::singleShot(5000, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

void RequestSizeGuard::finishHeaders(const QByteArray &headers)
{
    const QList<QByteArray> lines = headers.split('\n');
    qint64 length = 0;
    bool chunked = false;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed().toLower();
        if (line.startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
        else if (line.startsWith("transfer-encoding:") && line.contains("chunked"))
            chunked = true;
    }
    if (length > m_maxBody) {
        reject(413, "request body too large", length);
        return;
    }
    if (chunked) {
        m_mode = Mode::Chunked;
        m_chunkedSeen = 0;
        m_chunkTail.clear();
    } else if (length > 0) {
        m_mode = Mode::Body;
        m_bodyRemaining = length;
    }
}

void RequestSizeGuard::inspect()
{
    if (m_mode == Mode::Rejected) {
        m_discardRemaining -= m_socket->readAll().size();
        if (m_discardRemaining <= 0)
            m_socket->disconnectFromHost();
        return;
    }
    // QtHttpServer consumes everything on each readyRead, so what we can peek now is exactly the new bytes.
    QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    while (!data.isEmpty() && m_mode != Mode::Rejected) {
        switch (m_mode) {
        case Mode::Headers: {
            const qsizetype before = m_headerBytes.size();
            m_headerBytes += data;
            const auto end = m_headerBytes.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_headerBytes.size() > MaxHeaderBytes)
                    reject(431, "request headers too large", 0);
                return;
            }
            const qsizetype consumed = end + 4 - before;
            const QByteArray headers = m_headerBytes.left(end);
            m_headerBytes.clear();
            data = data.mid(consumed);
            finishHeaders(headers);
            break;
        }
        case Mode::Body: {
            const qint64 take = qMin<qint64>(m_bodyRemaining, data.size());
            m_bodyRemaining -= take;
            data = data.mid(take);
            if (m_bodyRemaining == 0)
                m_mode = Mode::Headers;
            break;
        }
        case Mode::Chunked: {
            m_chunkedSeen += data.size();
            m_chunkTail = QByteArray(m_chunkTail + data).right(5);
            if (m_chunkedSeen > m_maxBody + 64 * 1024) {
                reject(413, "request body too large", 0);
                return;
            }
            if (m_chunkTail == "0\r\n\r\n")
                m_mode = Mode::Headers;
            data.clear();
            break;
        }
        case Mode::Rejected:
            return;
        }
    }
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new RequestSizeGuard(socket, m_maxBody);
    addPendingConnection(socket);
}

} // namespace nestogy
