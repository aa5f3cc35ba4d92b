#include "MasterKeySource.h"

#include "CredentialVault.h"
#include "Crypto.h"

#include <qt6keychain/keychain.h>

namespace nestogy {

MasterKeySource::MasterKeySource(QObject *parent)
    : QObject(parent)
{}

QString MasterKeySource::remedy()
{
    return QStringLiteral(
        "start a Secret Service keyring (for example gnome-keyring) on the session D-Bus, or set "
        "NESTOGY_MASTER_KEY to a base64 32-byte key (openssl rand -base64 32) and keep it safe");
}

void MasterKeySource::load()
{
    if (m_useEnvironment && qEnvironmentVariableIsSet(EnvVar)) {
        const QByteArray text = qgetenv(EnvVar).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != CredentialVault::KeySize) {
            const QString reason = QStringLiteral("NESTOGY_MASTER_KEY must be base64 of exactly 32 bytes "
                                                  "(openssl rand -base64 32)");
            QMetaObject::invokeMethod(
                this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
            return;
        }
        const QByteArray key = decoded.decoded;
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT keyReady(key, QStringLiteral("environment")); }, Qt::QueuedConnection);
        return;
    }
    readFromKeychain();
}

void MasterKeySource::readFromKeychain()
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(Service), this);
    job->setAutoDelete(true);
    job->setKey(m_keyName);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            const QByteArray key = QByteArray::fromBase64(job->binaryData());
            if (key.size() == CredentialVault::KeySize)
                Q_EMIT keyReady(key, QStringLiteral("keychain"));
            else
                Q_EMIT failed(
                    QStringLiteral("the keychain entry %1/%2 is not a 32-byte key; remove it or set "
                                   "NESTOGY_MASTER_KEY")
                        .arg(QString::fromLatin1(Service), m_keyName));
        } else if (job->error() == QKeychain::EntryNotFound && !m_mayCreate) {
            Q_EMIT failed(
                QStringLiteral("the keychain has no master key %1/%2, but the database holds secrets sealed "
                               "with one: restore that keychain entry, or set NESTOGY_MASTER_KEY to the key "
                               "used before")
                    .arg(QString::fromLatin1(Service), m_keyName));
        } else if (job->error() == QKeychain::EntryNotFound) {
            createInKeychain();
        } else {
            Q_EMIT failed(QStringLiteral("the OS keychain is not available (%1); %2")
                              .arg(job->errorString(), remedy()));
        }
    });
    job->start();
}

void MasterKeySource::createInKeychain()
{
    const QByteArray key = crypto::randomBytes(CredentialVault::KeySize);
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(Service), this);
    job->setAutoDelete(true);
    job->setKey(m_keyName);
    job->setBinaryData(key.toBase64());
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT keyReady(key, QStringLiteral("keychain (new key)"));
        else
            Q_EMIT failed(QStringLiteral("could not store a new master key in the OS keychain (%1); %2")
                              .arg(job->errorString(), remedy()));
    });
    job->start();
}

} // namespace nestogy
