#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace nestogy {

// Holds the management API's bearer tokens as SHA-256 hashes only, and tells who presented a token.
class AdminTokens
{
public:
    struct Entry
    {
        QString name;
        QByteArray hash;
    };

    void add(const QString &name, const QByteArray &hash) { m_entries.append({name, hash}); }
    void addPlain(const QString &name, const QByteArray &token);
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The name of the token that matches, or an empty string. Every entry is compared, in constant time.
    QString authenticate(const QByteArray &presented) const;

    static QByteArray hash(const QByteArray &token);
    // A new random token: 32 bytes, base64url without padding.
    static QByteArray generate();

private:
    QList<Entry> m_entries;
};

} // namespace nestogy
