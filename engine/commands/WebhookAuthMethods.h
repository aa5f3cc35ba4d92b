#pragma once

#include "Provider.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nestogy {

// The ways each provider's sender can prove itself on the webhook (WebhookAuthenticator), which credentials
// each way needs, and which credentials are for the provider's API instead. The desktop's integration
// dialog offers exactly these; the engine checks a draft against them.
class WebhookAuthMethods
{
public:
    struct Method
    {
        QString id;         // "bearer", "header", "hmac", "api_key", "basic", "url_token", "none"
        QStringList fields; // credentials this way needs, all of them
    };

    static QList<Method> forProvider(Provider provider);
    static std::optional<Method> find(Provider provider, const QString &id);
    // Every credential some webhook method of the provider uses.
    static QStringList webhookFields(Provider provider);
    // Credentials for calling the provider's API (OAuth client, API key pair, ...), not for webhooks.
    static QStringList apiFields(Provider provider);
    // Whether a random value is a good choice for this credential (a token we hand to the sender), as
    // opposed to one the vendor or the admin chooses (API keys, user names, header names).
    static bool isGeneratable(Provider provider, const QString &field);

    // What a generic integration stores as its auth_method credential for a method id.
    static QString storedAuthMethod(const QString &methodId);
    // The method an integration uses now: the first whose credentials are all set (generic: by its stored
    // auth_method). Empty when none is complete.
    static QString detect(Provider provider, const QStringList &credentialsSet,
                          const QString &storedAuthMethod);
    // Webhook credentials set now that `methodId` does not use: a switch of method removes them, so an old
    // secret does not keep working unnoticed.
    static QStringList staleFields(Provider provider, const QString &methodId,
                                   const QStringList &credentialsSet);
};

} // namespace nestogy
