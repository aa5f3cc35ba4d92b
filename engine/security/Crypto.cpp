#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <QtGlobal>
#include <cstdlib>

namespace nestogy::crypto {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure randomness available");
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len,
               EVP_sha256(), nullptr);
    out.resize(int(len));
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
         reinterpret_cast<unsigned char *>(out.data()), &len);
    out.resize(int(len));
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Hash both sides first so the comparison length never reveals the secret's length either.
    const QByteArray ha = sha256(a);
    const QByteArray hb = sha256(b);
    return CRYPTO_memcmp(ha.constData(), hb.constData(), size_t(ha.size())) == 0;
}

} // namespace nestogy::crypto
