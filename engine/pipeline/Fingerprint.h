#pragma once

#include "NormalizedAlert.h"

#include <QStringList>

namespace nestogy {

// The dedup key of an alert: a hash of the integration and the chosen normalized fields. The default fields
// are the original design's key: device + alert type + message.
namespace Fingerprint {
QStringList defaultFields();
// Field names a user may choose from (settings "fingerprint_fields").
QStringList knownFields();
QString compute(qint64 integrationId, const NormalizedAlert &alert, const QStringList &fields);
} // namespace Fingerprint

} // namespace nestogy
