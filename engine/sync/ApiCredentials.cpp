#include "ApiCredentials.h"

#include "CredentialVault.h"
#include "IntegrationStore.h"

using namespace Qt::StringLiterals;

namespace nestogy::ApiCredentials {

std::optional<QMap<QString, QByteArray>> open(QSqlDatabase &db, const CredentialVault &vault,
                                              const Integration &integration, QString *error)
{
    QString readError;
    const auto sealed = IntegrationStore::secrets(db, integration.id, &readError);
    if (!readError.isEmpty()) {
        *error = u"cannot read the credentials: %1"_s.arg(readError);
        return std::nullopt;
    }
    QMap<QString, QByteArray> out;
    for (const auto &s : sealed) {
        if (s.slot != u"current")
            continue;
        const auto opened = vault.open(integration.uuid, s.field, s.sealed);
        if (!opened.ok()) {
            *error = u"credential %1 cannot be opened: %2"_s.arg(s.field, opened.error);
            return std::nullopt;
        }
        out.insert(s.field, opened.data);
    }
    return out;
}

} // namespace nestogy::ApiCredentials
