#include "AdminTokens.h"

#include "Crypto.h"

#include <openssl/crypto.h>

namespace nestogy {

QByteArray AdminTokens::hash(const QByteArray &token)
{
    return crypto::sha256(token).toHex();
}

QByteArray AdminTokens::generate()
{
    return crypto::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void AdminTokens::addPlain(const QString &name, const QByteArray &token)
{
    add(name, hash(token));
}

QString AdminTokens::authenticate(const QByteArray &presented) const
{
    if (presented.isEmpty())
        return {};
    const QByteArray h = hash(presented);
    QString match;
    for (const Entry &e : m_entries) {
        // Hashes have a fixed length, so CRYPTO_memcmp over them leaks nothing about the token.
        if (e.hash.size() == h.size() &&
            CRYPTO_memcmp(e.hash.constData(), h.constData(), size_t(h.size())) == 0)
            match = e.name;
    }
    return match;
}

} // namespace nestogy
