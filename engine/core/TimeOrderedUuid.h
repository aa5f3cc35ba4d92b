#pragma once

#include <QString>

namespace nestogy {

// UUIDs whose first 48 bits are the creation time in ms (the UUIDv7 layout, RFC 9562), so rows keyed by them
// are appended to the end of their unique index instead of touching a random page on every insert.
namespace TimeOrderedUuid {
QString create(qint64 nowMs);
}

} // namespace nestogy
