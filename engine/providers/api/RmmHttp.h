#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace nestogy {

// Sends one request at a time to an RMM API and hands back the whole answer, or why there was none (a
// connection error, or no answer within the timeout). Redirects are not followed: a bearer token must never
// travel to a host the admin did not name. Lives on a thread with an event loop (a job worker, the engine or
// the GUI thread); never blocks it.
class RmmHttp : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method = QByteArrayLiteral("GET");
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray contentType;
    };
    struct Response
    {
        int status = 0; // 0: no HTTP answer (see error)
        QByteArray reason;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QString error;                         // set when no answer came: connection trouble or timeout
        bool timedOut = false;
        qint64 durationMs = 0;
        bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
        QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    };
    using Done = std::function<void(const Response &)>;

    explicit RmmHttp(int timeoutMs, QObject *parent = nullptr);
    ~RmmHttp() override;

    int timeoutMs() const { return m_timeoutMs; }
    // Calls `done` once, later, on this object's thread (not at all after abort()).
    void send(const Request &request, Done done);
    // Drops the request in flight without answering it.
    void abort();

private:
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs;
};

} // namespace nestogy
