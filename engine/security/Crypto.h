#pragma once

#include <QByteArray>

// Small wrappers over OpenSSL that the rest of the engine uses instead of touching EVP directly.
namespace nestogy::crypto {

// Cryptographically secure random bytes (OpenSSL RAND_bytes); aborts the process if the RNG fails.
QByteArray randomBytes(int count);
QByteArray sha256(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
// Compares in time that depends only on the lengths, never on where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace nestogy::crypto
