#pragma once

#include "HttpResponder.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace nestogy {

// What an HttpResponder shares: QtHttpServer's responder plus a guard on its socket, which QtHttpServer 6.4
// deletes when the client disconnects while the responder still holds a raw pointer to it.
struct HttpResponder::State
{
    State(QHttpServerResponder &&r, QTcpSocket *s)
        : responder(std::move(r))
        , socket(s)
    {}
    // A handler that forgot to answer must not leave the client hanging.
    ~State()
    {
        if (!answered)
            HttpResponder::sendFallback(*this);
    }
    State(const State &) = delete;
    State &operator=(const State &) = delete;

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool answered = false;
    bool headOnly = false; // HEAD: headers as for GET, no body
    int status = 0;
    std::function<void(int)> onAnswered;
};

} // namespace nestogy
