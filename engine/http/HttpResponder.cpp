#include "HttpResponder.h"

#include "HttpResponderState.h"

#include <QJsonDocument>

namespace nestogy {

void HttpResponder::send(int status, const QByteArray &body, const QByteArray &contentType,
                         const Headers &extra) const
{
    if (!m_state || m_state->answered)
        return;
    m_state->answered = true;
    m_state->status = status;
    if (m_state->onAnswered)
        m_state->onAnswered(status);
    if (!m_state->socket || !m_state->socket->isOpen())
        return; // the client is gone; nothing to write to
    auto &r = m_state->responder;
    r.writeStatusLine(QHttpServerResponder::StatusCode(status));
    r.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    r.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    for (const auto &h : extra)
        r.writeHeader(h.first, h.second);
    r.writeBody(m_state->headOnly ? QByteArray() : body);
}

void HttpResponder::sendJson(int status, const QJsonObject &body, const Headers &extra) const
{
    sendJson(status, QJsonDocument(body), extra);
}

void HttpResponder::sendJson(int status, const QJsonDocument &body, const Headers &extra) const
{
    send(status, body.toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), extra);
}

void HttpResponder::sendError(int status, const QString &message, const QJsonObject &detail,
                              const Headers &extra) const
{
    QJsonObject body{{QStringLiteral("error"), message}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    sendJson(status, body, extra);
}

void HttpResponder::sendFallback(State &state)
{
    // Build a non-owning handle over the dying state (aliasing constructor with an empty owner).
    HttpResponder(std::shared_ptr<State>(std::shared_ptr<State>(), &state))
        .sendError(500, QStringLiteral("internal error: the request was not answered"));
}

bool HttpResponder::isAnswered() const
{
    return m_state && m_state->answered;
}

int HttpResponder::status() const
{
    return m_state ? m_state->status : 0;
}

} // namespace nestogy
