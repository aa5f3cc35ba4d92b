#include "RmmTokenCache.h"

namespace nestogy {

std::optional<QByteArray> RmmTokenCache::find(const QString &key, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || it->expiresMs - MarginMs <= nowMs)
        return std::nullopt;
    return it->token;
}

void RmmTokenCache::store(const QString &key, const QByteArray &token, qint64 expiresMs)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(key, Entry{token, expiresMs});
}

void RmmTokenCache::drop(const QString &key, const QByteArray &token)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(key);
    if (it != m_entries.end() && it->token == token)
        m_entries.erase(it);
}

} // namespace nestogy
