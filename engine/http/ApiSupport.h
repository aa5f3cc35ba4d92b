#pragma once

#include "HttpRequest.h"
#include "HttpResponder.h"
#include "WriteResult.h"

#include <QJsonObject>
#include <optional>

namespace nestogy {

class AdminTokens;

// Request plumbing every management endpoint shares: admin authentication, JSON bodies, error mapping.
namespace api {

// The name of the admin token presented as "Authorization: Bearer ..."; answers 401 and returns nullopt if
// none.
std::optional<QString> requireAdmin(const AdminTokens &tokens, const HttpRequest &req,
                                    const HttpResponder &resp);
// The body as a JSON object; answers 400 (or 415) and returns nullopt otherwise.
std::optional<QJsonObject> jsonObjectBody(const HttpRequest &req, const HttpResponder &resp);
// Answers a failed write with the status its code means.
void sendWriteFailure(const WriteResult &result, const HttpResponder &resp);
// 503 with Retry-After: a read or write of the database failed (`reason` is for the admin API only).
void sendStorageUnavailable(const HttpResponder &resp, const QString &reason);
// 422 naming the field.
void sendInvalid(const HttpResponder &resp, const QString &field, const QString &message);
// ISO 8601 UTC for an epoch-ms value, or null for 0.
QJsonValue isoTime(qint64 ms);
// Reads ?limit= (1..1000) and ?offset= (0..) into *limit and *offset when present; answers 422 and returns
// false when one is not such a number.
bool readPaging(const HttpRequest &req, const HttpResponder &resp, int *limit, int *offset);
// Parses a positive integer id from a path segment.
std::optional<qint64> parseId(const QString &segment);

} // namespace api
} // namespace nestogy
