#pragma once

#include <QObject>

namespace nestogy {

// Finds the vault's 32-byte master key: NESTOGY_MASTER_KEY (base64) if set, else the OS keychain through
// QtKeychain (service org.nestogy.desk), creating and storing a new random key there on first use.
// Answers asynchronously with exactly one of keyReady() or failed().
class MasterKeySource : public QObject
{
    Q_OBJECT
public:
    static constexpr auto Service = "org.nestogy.desk";
    static constexpr auto KeyName = "master-key";
    static constexpr auto EnvVar = "NESTOGY_MASTER_KEY";

    explicit MasterKeySource(QObject *parent = nullptr);

    // Keychain entry name; tests use their own so they never touch a real user's key.
    void setKeyName(const QString &name) { m_keyName = name; }
    void setUseEnvironment(bool use) { m_useEnvironment = use; }
    // Whether a missing keychain entry may be answered with a new key. Not when secrets sealed under an
    // earlier key exist: a new key would silently make all of them unreadable.
    void setMayCreate(bool may) { m_mayCreate = may; }

    void load();

    // How to fix a missing key, for messages shown to the admin.
    static QString remedy();

Q_SIGNALS:
    void keyReady(const QByteArray &key, const QString &origin);
    void failed(const QString &reason);

private:
    void readFromKeychain();
    void createInKeychain();

    QString m_keyName = QString::fromLatin1(KeyName);
    bool m_useEnvironment = true;
    bool m_mayCreate = true;
};

} // namespace nestogy
