#include "WebhookAuthMethods.h"

using namespace Qt::StringLiterals;

namespace nestogy {

QList<WebhookAuthMethods::Method> WebhookAuthMethods::forProvider(Provider provider)
{
    // The query token works for every provider (WebhookAuthenticator checks it first); it is what Datto's
    // and NinjaOne's own UIs can send.
    const Method urlToken{u"url_token"_s, {u"url_token"_s}};
    switch (provider) {
    case Provider::Ninja:
        return {{u"bearer"_s, {u"bearer_token"_s}},
                {u"header"_s, {u"header_name"_s, u"header_value"_s}},
                urlToken};
    case Provider::Datto:
        return {{u"hmac"_s, {u"shared_secret"_s}}, urlToken};
    case Provider::ConnectWise:
        return {{u"api_key"_s, {u"api_key"_s}}, urlToken};
    case Provider::Generic:
        return {{u"api_key"_s, {u"api_key"_s}},
                {u"hmac"_s, {u"hmac_secret"_s}},
                {u"basic"_s, {u"username"_s, u"password"_s}},
                urlToken,
                {u"none"_s, {}}};
    }
    return {urlToken};
}

std::optional<WebhookAuthMethods::Method> WebhookAuthMethods::find(Provider provider, const QString &id)
{
    const QList<Method> methods = forProvider(provider);
    for (const Method &m : methods) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

QStringList WebhookAuthMethods::webhookFields(Provider provider)
{
    QStringList fields;
    const QList<Method> methods = forProvider(provider);
    for (const Method &m : methods) {
        for (const QString &f : m.fields) {
            if (!fields.contains(f))
                fields.append(f);
        }
    }
    return fields;
}

QStringList WebhookAuthMethods::apiFields(Provider provider)
{
    QStringList fields;
    const QStringList webhook = webhookFields(provider);
    const QStringList all = providers::credentialFields(provider);
    for (const QString &f : all) {
        if (!webhook.contains(f) && f != u"auth_method")
            fields.append(f);
    }
    return fields;
}

bool WebhookAuthMethods::isGeneratable(Provider provider, const QString &field)
{
    return webhookFields(provider).contains(field) && field != u"header_name" && field != u"username";
}

QString WebhookAuthMethods::storedAuthMethod(const QString &methodId)
{
    // The generic authenticator checks the URL token before its method; "api_key" without a key then
    // accepts only the token.
    if (methodId == u"url_token")
        return u"api_key"_s;
    return methodId;
}

QString WebhookAuthMethods::detect(Provider provider, const QStringList &credentialsSet,
                                   const QString &storedAuthMethod)
{
    const auto complete = [&](const Method &m) {
        for (const QString &f : m.fields) {
            if (!credentialsSet.contains(f))
                return false;
        }
        return true;
    };
    const QList<Method> methods = forProvider(provider);
    if (provider == Provider::Generic) {
        const QString stored = storedAuthMethod.isEmpty() ? u"api_key"_s : storedAuthMethod;
        if (stored == u"api_key" && !credentialsSet.contains(u"api_key"_s))
            return credentialsSet.contains(u"url_token"_s) ? u"url_token"_s : QString();
        const auto m = find(provider, stored);
        return m && complete(*m) ? m->id : QString();
    }
    for (const Method &m : methods) {
        if (!m.fields.isEmpty() && complete(m))
            return m.id;
    }
    return {};
}

QStringList WebhookAuthMethods::staleFields(Provider provider, const QString &methodId,
                                            const QStringList &credentialsSet)
{
    const auto method = find(provider, methodId);
    QStringList stale;
    const QStringList webhook = webhookFields(provider);
    for (const QString &f : webhook) {
        if (credentialsSet.contains(f) && (!method || !method->fields.contains(f)))
            stale.append(f);
    }
    return stale;
}

} // namespace nestogy
