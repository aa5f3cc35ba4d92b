#pragma once

#include "RmmApiClient.h"

namespace nestogy {

class StorageWriter;

// Records every exchange of an RMM API client in outbound_deliveries (kind rmm_api), for the Jobs pane's
// delivery log: method, URL, status, error, duration; never headers, bodies or tokens. Each record is its
// own small writer unit, queued behind nothing the caller waits for.
namespace ApiDeliveryLog {

constexpr auto Kind = "rmm_api";

// An exchange log for a client working for the integration (0: an unsaved one) and the job (0: none).
RmmApiClient::ExchangeLog into(StorageWriter &writer, qint64 integrationId, qint64 jobId);

} // namespace ApiDeliveryLog

} // namespace nestogy
