#include "Provider.h"

namespace nestogy::providers {

std::optional<Provider> fromString(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"connectwise")
        return Provider::ConnectWise;
    if (n == u"datto")
        return Provider::Datto;
    if (n == u"ninja" || n == u"ninjaone")
        return Provider::Ninja;
    if (n == u"generic")
        return Provider::Generic;
    return std::nullopt;
}

QString toString(Provider provider)
{
    switch (provider) {
    case Provider::ConnectWise:
        return QStringLiteral("connectwise");
    case Provider::Datto:
        return QStringLiteral("datto");
    case Provider::Ninja:
        return QStringLiteral("ninja");
    case Provider::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

QStringList names()
{
    return {QStringLiteral("connectwise"), QStringLiteral("datto"), QStringLiteral("ninja"),
            QStringLiteral("generic")};
}

QStringList credentialFields(Provider provider)
{
    // url_token (the ?token= query secret) is valid for every provider; the rest are the webhook secret
    // and the API credentials each vendor's token flow needs.
    QStringList fields{QStringLiteral("url_token")};
    switch (provider) {
    case Provider::ConnectWise:
        fields << QStringLiteral("api_key") << QStringLiteral("username") << QStringLiteral("password")
               << QStringLiteral("client_id");
        break;
    case Provider::Datto:
        fields << QStringLiteral("shared_secret") << QStringLiteral("api_key")
               << QStringLiteral("api_secret");
        break;
    case Provider::Ninja:
        fields << QStringLiteral("bearer_token") << QStringLiteral("header_name")
               << QStringLiteral("header_value") << QStringLiteral("client_id")
               << QStringLiteral("client_secret");
        break;
    case Provider::Generic:
        fields << QStringLiteral("auth_method") << QStringLiteral("api_key") << QStringLiteral("hmac_secret")
               << QStringLiteral("username") << QStringLiteral("password");
        break;
    }
    return fields;
}

} // namespace nestogy::providers
