#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace nestogy {

// The RMM families the engine speaks to; the string form is what URLs, the API and the database use.
enum class Provider { ConnectWise, Datto, Ninja, Generic };

namespace providers {
// Parses a provider name as it appears in URLs and the API ("ninjaone" is accepted for ninja).
std::optional<Provider> fromString(QStringView name);
QString toString(Provider provider);
QStringList names();
// Credential field names an integration of this provider may store in the vault.
QStringList credentialFields(Provider provider);
} // namespace providers

} // namespace nestogy
