#include "RmmHttp.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace nestogy {

RmmHttp::RmmHttp(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_timeoutMs(qMax(1, timeoutMs))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RmmHttp::~RmmHttp()
{
    abort();
}

void RmmHttp::abort()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RmmHttp::send(const Request &request, Done done)
{
    abort();
    QNetworkRequest r(request.url);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    r.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->sendCustomRequest(r, request.method, request.body);
    m_reply = reply;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto timedOut = std::make_shared<bool>(false);
    // A server that accepts the connection and then says nothing must not hold a worker: the whole exchange
    // has a deadline, not only the gaps between bytes.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, clock, timedOut, done = std::move(done)] {
        if (m_reply == reply)
            m_reply.clear();
        reply->deleteLater();
        Response response;
        response.durationMs = clock->elapsed();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        response.body = reply->isOpen() ? reply->readAll() : QByteArray();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &[name, value] : pairs)
            response.headers.insert(name.toLower(), value);
        if (*timedOut) {
            response.timedOut = true;
            response.status = 0;
            response.error = u"no answer within %1 s"_s.arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        } else if (response.status == 0) {
            response.error = reply->errorString();
        }
        done(response);
    });
}

} // namespace nestogy
