#include "HttpServer.h"

#include "GuardedTcpServer.h"
#include "HttpResponderState.h"
#include "RequestSizeGuard.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcHttp, "nestogy.http")

namespace nestogy {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(m));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}
} // namespace

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

QString HttpServer::listen(const QHostAddress &address, quint16 port)
{
    // Every connection gets a size guard before QtHttpServer buffers anything of it.
    // QtHttpServer 6.4's own sslSetup() only applies to its listen(), not to a server given to bind(): TLS is
    // done in ours, so the guard keeps working on the decrypted bytes.
    auto *tcp = new GuardedTcpServer(m_maxBodyBytes, this);
    if (m_tls)
        tcp->setTls(*m_tls);
    if (!tcp->listen(address, port)) {
        const QString err = tcp->errorString();
        delete tcp;
        return err;
    }
    m_tcp = tcp;
    bind(tcp);
    return {};
}

quint16 HttpServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void HttpServer::stopListening()
{
    if (m_tcp)
        m_tcp->close();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<RequestSizeGuard *>(QString(), Qt::FindDirectChildrenOnly))
        guard->requestCompleted();
    auto state = std::make_shared<HttpResponder::State>(makeResponder(request, socket), socket);
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.query();
    const auto headers = request.headers();
    for (const auto &h : headers)
        req.headers.insert(h.first.toLower(), h.second);
    req.remoteAddress = request.remoteAddress();
    const auto *tls = qobject_cast<const QSslSocket *>(socket);
    req.secure = tls && tls->isEncrypted();
    state->headOnly = req.method == "HEAD";

    ++m_pending;
    state->onAnswered = [self = QPointer<HttpServer>(this), method = req.method,
                         path = req.path](int status) {
        if (!self)
            return;
        Q_EMIT self->requestFinished(method, path, status);
        if (--self->m_pending == 0)
            Q_EMIT self->idle();
    };
    HttpResponder responder(state);

    // QtHttpServer 6.4 has already buffered the body; refuse it here so handlers never see an oversized one.
    const QByteArray body = request.body();
    if (body.size() > m_maxBodyBytes) {
        responder.sendError(413, QStringLiteral("request body too large"),
                            {{QStringLiteral("limit_bytes"), m_maxBodyBytes},
                             {QStringLiteral("received_bytes"), qint64(body.size())}});
        return true;
    }
    req.body = body;

    const Router::Match m = m_router.match(req.method, req.path);
    if (!m.handler) {
        if (!m.allowed.isEmpty()) {
            responder.sendError(
                405, QStringLiteral("method %1 not allowed here").arg(QString::fromLatin1(req.method)),
                {{QStringLiteral("allowed"), QString::fromLatin1(m.allowed.join(", "))}},
                {{QByteArrayLiteral("Allow"), m.allowed.join(", ")}});
        } else {
            responder.sendError(404, QStringLiteral("no such endpoint"),
                                {{QStringLiteral("path"), req.path}});
        }
        return true;
    }
    req.params = m.params;
    (*m.handler)(req, responder);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only runs for requests QtHttpServer could not hand over.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace nestogy
