#pragma once

#include "Severity.h"

#include <QJsonObject>
#include <QString>

namespace nestogy {

// One alert event as every provider's normalizer produces it; the pipeline sees nothing provider-specific.
struct NormalizedAlert
{
    enum class Status { Triggered, Resolved };

    QString externalAlertId; // the provider's id of the alert (may equal seriesKey)
    QString seriesKey;       // shared by a trigger and its resolve (NinjaOne seriesUid, Datto alert uid, ...)
    QString providerEventId; // id of this very event/delivery, for exact-redelivery detection; may be empty
    QString deviceId;
    QString deviceName;
    QString clientExternalId; // RMM organization/site id
    QString clientName;       // RMM organization/site name
    QString alertType;        // condition / monitor / category
    Severity severity = Severity::Normal;
    QString severityWord; // the word the payload used, for display and overrides
    Status status = Status::Triggered;
    QString message;
    qint64 occurredAtMs = 0; // UTC epoch ms; 0 when the payload carried no usable time
    QJsonObject extra;       // provider details worth keeping beside the raw payload (device class, params)
};

} // namespace nestogy
