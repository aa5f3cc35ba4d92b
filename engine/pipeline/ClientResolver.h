#pragma once

#include "NormalizedAlert.h"

#include <QSqlDatabase>
#include <optional>

namespace nestogy {

// Maps an alert's RMM organization/site onto one of our clients, inside the ingest transaction: a known
// alias, else a client of the same name (remembered as an alias), else a new client when the integration
// allows it, else the integration's own client. Never fails the webhook: a lookup error just leaves the
// client empty.
class ClientResolver
{
public:
    struct Options
    {
        qint64 integrationId = 0;
        std::optional<qint64> integrationClientId;
        bool autoCreate = false;
        qint64 nowMs = 0;
    };

    static std::optional<qint64> resolve(QSqlDatabase &db, const NormalizedAlert &alert,
                                         const Options &options);
};

} // namespace nestogy
