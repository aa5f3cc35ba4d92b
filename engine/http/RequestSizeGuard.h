#pragma once

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace nestogy {

// Watches one connection's bytes ahead of QtHttpServer, which (in 6.4) buffers a whole body before any
// handler runs: a request whose Content-Length, chunked body or header block is over the limit is answered
// 413 (431 for headers) and the connection closed, before the body is read into memory.
class RequestSizeGuard : public QObject
{
    Q_OBJECT
public:
    RequestSizeGuard(QTcpSocket *socket, qint64 maxBodyBytes);

    static constexpr qint64 MaxHeaderBytes = 64 * 1024;

private:
    void inspect();
    // Answers `status` and closes once `discard` more bytes (the refused body) have been read and dropped:
    // closing at once would make most clients report a broken connection instead of our answer.
    void reject(int status, const QByteArray &message, qint64 discard);
    void finishHeaders(const QByteArray &headers);

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    enum class Mode { Headers, Body, Chunked, Rejected } m_mode = Mode::Headers;
    QByteArray m_headerBytes;
    qint64 m_bodyRemaining = 0;
    qint64 m_chunkedSeen = 0;
    QByteArray m_chunkTail; // last bytes of a chunked body, to see its terminator
    qint64 m_discardRemaining = 0;

    static constexpr qint64 MaxDiscardBytes = 16 * 1024 * 1024;
};

// A QTcpServer that puts a RequestSizeGuard on every connection before QtHttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_maxBody(maxBodyBytes)
    {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBody;
};

} // namespace nestogy
