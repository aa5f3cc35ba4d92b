#include "CredentialVault.h"

#include "Crypto.h"

#include <openssl/evp.h>

#include <memory>

namespace nestogy {

namespace {
constexpr char FormatVersion = 0x01;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
} // namespace

void CredentialVault::setMasterKey(const QByteArray &key)
{
    if (key.size() != KeySize) {
        m_key.clear();
        m_reason = QStringLiteral("the master key must be %1 bytes, got %2").arg(KeySize).arg(key.size());
        return;
    }
    m_key = key;
    m_reason.clear();
}

void CredentialVault::setUnavailable(const QString &reason)
{
    m_key.fill('\0');
    m_key.clear();
    m_reason = reason;
}

QByteArray CredentialVault::associatedData(const QString &integrationUuid, const QString &field)
{
    return integrationUuid.toUtf8() + '\0' + field.toUtf8();
}

CredentialVault::Result CredentialVault::seal(const QString &integrationUuid, const QString &field,
                                              const QByteArray &plaintext) const
{
    if (!isReady())
        return {{}, m_reason};
    const QByteArray nonce = crypto::randomBytes(NonceSize);
    const QByteArray aad = associatedData(integrationUuid, field);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray cipher(plaintext.size() + 16, Qt::Uninitialized);
    QByteArray tag(TagSize, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1 &&
              EVP_EncryptUpdate(ctx.get(), bytes(cipher), &len, bytes(plaintext), int(plaintext.size())) == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), bytes(cipher) + total, &len) == 1;
    total += len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag.data()) == 1;
    if (!ok)
        return {{}, QStringLiteral("encryption failed (OpenSSL AES-256-GCM)")};
    cipher.resize(total);
    QByteArray sealed;
    sealed.reserve(1 + NonceSize + total + TagSize);
    sealed.append(FormatVersion).append(nonce).append(cipher).append(tag);
    return {sealed.toBase64(), {}};
}

CredentialVault::Result CredentialVault::open(const QString &integrationUuid, const QString &field,
                                              const QByteArray &sealedText) const
{
    if (!isReady())
        return {{}, m_reason};
    const auto decoded = QByteArray::fromBase64Encoding(sealedText, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray sealed = decoded.decoded;
    if (!decoded || sealed.size() < 1 + NonceSize + TagSize || sealed.at(0) != FormatVersion)
        return {{}, QStringLiteral("stored secret %1 is not in a format this version can read").arg(field)};
    const QByteArray nonce = sealed.mid(1, NonceSize);
    const QByteArray cipher = sealed.mid(1 + NonceSize, sealed.size() - 1 - NonceSize - TagSize);
    QByteArray tag = sealed.right(TagSize);
    const QByteArray aad = associatedData(integrationUuid, field);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(cipher.size() + 16, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) == 1 &&
              EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1 &&
              EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, bytes(cipher), int(cipher.size())) == 1;
    total = len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
         EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + total, &len) == 1;
    if (!ok) {
        plain.fill('\0');
        return {{},
                QStringLiteral("stored secret %1 could not be decrypted: wrong master key or tampered data")
                    .arg(field)};
    }
    total += len;
    plain.resize(total);
    return {plain, {}};
}

} // namespace nestogy
