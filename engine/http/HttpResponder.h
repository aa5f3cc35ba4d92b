#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>

class QJsonDocument;

namespace nestogy {

// A copyable handle to one pending HTTP response. It can be answered later (after a commit), exactly once; if
// the client went away meanwhile, answering does nothing.
class HttpResponder
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct State;

    explicit HttpResponder(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}

    void send(int status, const QByteArray &body, const QByteArray &contentType,
              const Headers &extra = {}) const;
    void sendJson(int status, const QJsonObject &body, const Headers &extra = {}) const;
    void sendJson(int status, const QJsonDocument &body, const Headers &extra = {}) const;
    // {"error": message, ...detail}: the shape of every error the API returns.
    void sendError(int status, const QString &message, const QJsonObject &detail = {},
                   const Headers &extra = {}) const;

    bool isAnswered() const;
    // Answers 500 through `state` directly; used when the last handle is dropped unanswered.
    static void sendFallback(State &state);
    int status() const;

private:
    std::shared_ptr<State> m_state;
};

} // namespace nestogy
