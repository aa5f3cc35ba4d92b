#include "RequestSizeGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace nestogy {

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, qint64 maxBodyBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_idle(new QTimer(this))
    , m_maxBody(maxBodyBytes)
{
    // Connected before QtHttpServer's own readyRead handler, so it runs first and sees every new byte.
    connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::inspect);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
    m_idle->start(IdleTimeoutMs);
}

void RequestSizeGuard::requestCompleted()
{
    m_alreadySeen = m_socket->bytesAvailable();
    m_idle->start(IdleTimeoutMs);
}

void RequestSizeGuard::reject(int status, const QByteArray &message, qint64 discard)
{
    m_mode = Mode::Rejected;
    m_discardRemaining = qMin(discard, MaxDiscardBytes);
    QJsonObject detail;
    if (status == 413)
        detail.insert(QStringLiteral("limit_bytes"), m_maxBody);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(message)},
                                                      {QStringLiteral("detail"), detail}})
                                .toJson(QJsonDocument::Compact);
    static const QHash<int, QByteArray> reasons{{400, "Bad Request"},
                                                {411, "Length Required"},
                                                {413, "Payload Too Large"},
                                                {431, "Request Header Fields Too Large"}};
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status) +
                    "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // QtHttpServer must not parse what we refused.
    m_discardRemaining -= m_socket->readAll().size();
    if (m_discardRemaining <= 0)
        m_socket->disconnectFromHost();
    else // a sender that stalls is not waited for long
        m_idle->start(5000);
}

void RequestSizeGuard::finishHeaders(const QByteArray &headers)
{
    const QList<QByteArray> lines = headers.split('\n');
    int lengthHeaders = 0;
    qint64 length = 0;
    bool transferEncoding = false;
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray &raw = lines[i];
        if (!raw.isEmpty() && (raw.at(0) == ' ' || raw.at(0) == '\t'))
            return reject(400, "folded header lines are not accepted", 0);
        const QByteArray line = raw.trimmed().toLower();
        if (line.startsWith("content-length:")) {
            bool ok = false;
            length = line.mid(15).trimmed().toLongLong(&ok);
            if (!ok || length < 0)
                return reject(400, "invalid Content-Length", 0);
            ++lengthHeaders;
        } else if (line.startsWith("transfer-encoding:")) {
            transferEncoding = true;
        }
    }
    if (lengthHeaders > 1 || (lengthHeaders == 1 && transferEncoding))
        return reject(400, "ambiguous request framing (repeated Content-Length or Transfer-Encoding with it)",
                      0);
    if (transferEncoding)
        return reject(411, "send the body with a Content-Length, not chunked", 0);
    if (length > m_maxBody)
        return reject(413, "request body too large", length);
    if (length > 0) {
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
    // QtHttpServer consumes all bytes of the request it is reading on each readyRead; what is left after a
    // complete request was seen here before (see requestCompleted), so only the rest is new.
    QByteArray data = m_socket->peek(m_socket->bytesAvailable()).mid(m_alreadySeen);
    m_alreadySeen = 0;
    if (!data.isEmpty())
        m_idle->start(IdleTimeoutMs);
    while (!data.isEmpty() && m_mode != Mode::Rejected) {
        if (m_mode == Mode::Headers) {
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
        } else {
            const qint64 take = qMin<qint64>(m_bodyRemaining, data.size());
            m_bodyRemaining -= take;
            data = data.mid(take);
            if (m_bodyRemaining == 0)
                m_mode = Mode::Headers;
        }
    }
}

} // namespace nestogy
