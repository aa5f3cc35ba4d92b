#pragma once

#include "Integration.h"

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace nestogy {

class CredentialVault;

// Opens the current value of each stored credential of an integration, for a call to its RMM API. The
// plaintext lives only as long as the caller keeps it.
namespace ApiCredentials {

// nullopt with *error saying why (storage failed, or the vault cannot open a secret).
std::optional<QMap<QString, QByteArray>> open(QSqlDatabase &db, const CredentialVault &vault,
                                              const Integration &integration, QString *error);

} // namespace ApiCredentials

} // namespace nestogy
