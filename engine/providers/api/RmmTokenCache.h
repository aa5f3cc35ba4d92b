#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace nestogy {

// Access tokens of the RMM APIs, kept until shortly before they expire so that consecutive syncs of one
// integration authenticate once. Keyed by whatever the client says identifies endpoint and credentials (a
// digest, never the secrets themselves), so changed credentials never reuse an old token. Thread-safe.
class RmmTokenCache
{
public:
    // A token is given up this long before its stated expiry (clocks differ, requests take time).
    static constexpr qint64 MarginMs = 30 * 1000;

    std::optional<QByteArray> find(const QString &key, qint64 nowMs) const;
    void store(const QString &key, const QByteArray &token, qint64 expiresMs);
    // Forgets `token` (a 401 said it is no longer good); a newer token stored meanwhile stays.
    void drop(const QString &key, const QByteArray &token);

private:
    struct Entry
    {
        QByteArray token;
        qint64 expiresMs = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace nestogy
