#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QStringList>
#include <QUrlQuery>

namespace nestogy {

// A request as the handlers see it: copied out of QHttpServerRequest, so it stays valid while a response
// waits for the storage writer (QtHttpServer 6.4 reuses its request object for the next request on the
// connection).
struct HttpRequest
{
    QByteArray method; // upper case, e.g. "POST"
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress remoteAddress;
    bool secure = false; // came over TLS
    QStringList params;  // the {} segments of the matched route, in order

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString param(int i) const { return params.value(i); }
};

} // namespace nestogy
