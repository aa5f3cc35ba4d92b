#pragma once

#include <QObject>

class QTcpSocket;
class QTimer;

namespace nestogy {

// Watches one connection's bytes ahead of QtHttpServer, which (in 6.4) buffers a whole body before any
// handler runs. From each request's header block it refuses, before the body is read into memory: a
// Content-Length over the limit (413), header blocks over 64 KiB (431), chunked bodies (411: webhooks have a
// known length, and a chunked body cannot be bounded up front), and ambiguous framing that two parsers could
// read differently — repeated Content-Length, folded header lines, Content-Length with Transfer-Encoding
// (400). It also closes connections that stay silent or half-sent for too long.
class RequestSizeGuard : public QObject
{
    Q_OBJECT
public:
    RequestSizeGuard(QTcpSocket *socket, qint64 maxBodyBytes);

    static constexpr qint64 MaxHeaderBytes = 64 * 1024;
    static constexpr int IdleTimeoutMs = 60 * 1000;

    // QtHttpServer finished parsing one request; bytes still unread were inspected already and will be
    // signalled again (Qt re-emits readyRead for them), so they must not be counted twice.
    void requestCompleted();

private:
    void inspect();
    // Answers `status` and closes once `discard` more bytes (the refused body) have been read and dropped:
    // closing at once would make most clients report a broken connection instead of our answer.
    void reject(int status, const QByteArray &message, qint64 discard);
    void finishHeaders(const QByteArray &headers);

    QTcpSocket *m_socket;
    QTimer *m_idle;
    qint64 m_maxBody;
    enum class Mode { Headers, Body, Rejected } m_mode = Mode::Headers;
    QByteArray m_headerBytes;
    qint64 m_bodyRemaining = 0;
    qint64 m_alreadySeen = 0;
    qint64 m_discardRemaining = 0;

    static constexpr qint64 MaxDiscardBytes = 16 * 1024 * 1024;
};

} // namespace nestogy
