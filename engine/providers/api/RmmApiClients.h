#pragma once

#include "Integration.h"
#include "RmmApiClient.h"

#include <QStringList>

#include <memory>

namespace nestogy {

// Which providers have a device API, what an integration needs to call it, and the client for each.
namespace RmmApiClients {

bool hasApi(Provider provider);
// The credential names the provider's token flow needs (empty for generic).
QStringList requiredCredentials(Provider provider);
// What the integration lacks to call its API, as the API names the fields ("api_endpoint",
// "credentials.client_secret"); "provider" alone for a provider without an API. Empty when complete.
QStringList missing(const Integration &integration);
// The client's settings from the integration's endpoint and settings (sync_page_size,
// api_timeout_seconds) with the given plaintext credentials.
RmmApiClient::Settings settingsFor(const Integration &integration,
                                   const QMap<QString, QByteArray> &credentials);
// A client for the provider; nullptr for generic.
std::unique_ptr<RmmApiClient> create(Provider provider, RmmApiClient::Settings settings,
                                     std::shared_ptr<RmmTokenCache> tokens, const Clock &clock);

} // namespace RmmApiClients

} // namespace nestogy
