#include "RmmApiClients.h"

#include "ConnectWiseApiClient.h"
#include "DattoApiClient.h"
#include "NinjaApiClient.h"
#include "RmmFields.h"

using namespace Qt::StringLiterals;

namespace nestogy::RmmApiClients {

bool hasApi(Provider provider)
{
    return provider != Provider::Generic;
}

QStringList requiredCredentials(Provider provider)
{
    switch (provider) {
    case Provider::Ninja:
        return NinjaApiClient::requiredCredentials();
    case Provider::Datto:
        return DattoApiClient::requiredCredentials();
    case Provider::ConnectWise:
        return ConnectWiseApiClient::requiredCredentials();
    case Provider::Generic:
        break;
    }
    return {};
}

QStringList missing(const Integration &integration)
{
    if (!hasApi(integration.provider))
        return {u"provider"_s};
    QStringList out;
    if (integration.apiEndpoint.trimmed().isEmpty())
        out << u"api_endpoint"_s;
    const QStringList required = requiredCredentials(integration.provider);
    for (const QString &name : required) {
        if (!integration.credentialsSet.contains(name))
            out << u"credentials."_s + name;
    }
    return out;
}

RmmApiClient::Settings settingsFor(const Integration &integration,
                                   const QMap<QString, QByteArray> &credentials)
{
    RmmApiClient::Settings s;
    s.endpoint = QUrl(integration.apiEndpoint.trimmed());
    const QStringList required = requiredCredentials(integration.provider);
    for (const QString &name : required)
        s.credentials.insert(name, credentials.value(name));
    if (const auto size = RmmFields::integer(integration.settings.value(u"sync_page_size"));
        size && *size > 0)
        s.pageSize = int(*size);
    if (const auto timeout = RmmFields::integer(integration.settings.value(u"api_timeout_seconds"));
        timeout && *timeout > 0)
        s.timeoutMs = int(*timeout * 1000);
    s.tokenScope = integration.uuid;
    return s;
}

std::unique_ptr<RmmApiClient> create(Provider provider, RmmApiClient::Settings settings,
                                     std::shared_ptr<RmmTokenCache> tokens, const Clock &clock)
{
    switch (provider) {
    case Provider::Ninja:
        return std::make_unique<NinjaApiClient>(std::move(settings), std::move(tokens), clock);
    case Provider::Datto:
        return std::make_unique<DattoApiClient>(std::move(settings), std::move(tokens), clock);
    case Provider::ConnectWise:
        return std::make_unique<ConnectWiseApiClient>(std::move(settings), std::move(tokens), clock);
    case Provider::Generic:
        break;
    }
    return nullptr;
}

} // namespace nestogy::RmmApiClients
