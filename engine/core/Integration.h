#pragma once

#include "Provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nestogy {

// One configured RMM sender/API: how to authenticate it, map its payloads and route its alerts.
struct Integration
{
    qint64 id = 0;
    QString uuid;
    Provider provider = Provider::Generic;
    QString name;
    QString apiEndpoint;
    std::optional<qint64> clientId;
    QJsonObject fieldMappings;
    QJsonArray alertRules;
    QJsonObject settings;
    bool active = true;
    QStringList credentialsSet; // names of the secrets stored in the vault; never their values
    qint64 lastSyncMs = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

} // namespace nestogy
