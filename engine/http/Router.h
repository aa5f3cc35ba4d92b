#pragma once

#include "HttpRequest.h"
#include "HttpResponder.h"

#include <QList>
#include <QString>

#include <functional>

namespace nestogy {

// Maps (method, path) to a handler. Patterns are literal segments plus "{}" for one path parameter, e.g.
// "/api/integrations/{}". A known path with an unknown method is told apart from an unknown path (405 vs
// 404).
class Router
{
public:
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr;
        QStringList params;
        QList<QByteArray> allowed; // methods the path supports, when the method did not match
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const QStringList &pattern, const QStringList &path, QStringList *params);

    QList<Route> m_routes;
};

} // namespace nestogy
