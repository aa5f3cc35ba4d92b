#pragma once

#include <QString>
#include <optional>

namespace nestogy {

// Internal alert severity; every provider's words map onto these four (PROVIDERS.md table).
enum class Severity { Urgent, High, Normal, Low };

namespace severity {
QString toString(Severity s); // "urgent", "high", "normal", "low"
std::optional<Severity> fromString(QStringView s);
// Ticket priority for a severity: Urgent, High, Normal, Low.
QString priorityName(Severity s);
} // namespace severity

} // namespace nestogy
