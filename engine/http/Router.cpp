#include "Router.h"

namespace nestogy {

namespace {
QStringList split(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({method, split(pattern), std::move(handler)});
}

bool Router::matches(const QStringList &pattern, const QStringList &path, QStringList *params)
{
    if (pattern.size() != path.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u"{}")
            found.append(path[i]);
        else if (pattern[i] != path[i])
            return false;
    }
    *params = found;
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = split(path);
    Match m;
    for (const Route &r : m_routes) {
        QStringList params;
        if (!matches(r.segments, segments, &params))
            continue;
        if (r.method == method || (method == "HEAD" && r.method == "GET")) {
            m.handler = &r.handler;
            m.params = params;
            m.allowed.clear();
            return m;
        }
        if (!m.allowed.contains(r.method))
            m.allowed.append(r.method);
    }
    return m;
}

} // namespace nestogy
