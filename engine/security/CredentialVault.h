#pragma once

#include <QByteArray>
#include <QString>

namespace nestogy {

// Encrypts integration secrets with AES-256-GCM under a 32-byte master key; never stores or returns plaintext
// to anything but the caller that asked to decrypt.
//
// Sealed format (base64 of): 0x01 | 12-byte random nonce | ciphertext | 16-byte tag. The integration uuid and
// the field name are the associated data, so a ciphertext moved to another integration or field fails.
class CredentialVault
{
public:
    struct Result
    {
        QByteArray data; // the sealed text (encrypt) or the plaintext (decrypt)
        QString error;   // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    CredentialVault() = default;

    // Installs the master key; anything but 32 bytes leaves the vault unavailable with a reason.
    void setMasterKey(const QByteArray &key);
    // Marks the vault as unusable and remembers why (shown to whoever tries to store a secret).
    void setUnavailable(const QString &reason);

    bool isReady() const { return m_key.size() == KeySize; }
    QString unavailableReason() const { return m_reason; }

    Result seal(const QString &integrationUuid, const QString &field, const QByteArray &plaintext) const;
    Result open(const QString &integrationUuid, const QString &field, const QByteArray &sealed) const;

    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;

private:
    static QByteArray associatedData(const QString &integrationUuid, const QString &field);

    QByteArray m_key;
    QString m_reason = QStringLiteral("the credential vault has no master key yet");
};

} // namespace nestogy
