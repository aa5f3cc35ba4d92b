#pragma once

#include "Severity.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace nestogy {

// Maps a provider's severity word to our four severities, per provider family (PROVIDERS.md table),
// after the integration's own "severity_map" overrides.
class SeverityMapper
{
public:
    // The same word means different things per family: NinjaOne seed "Minor" is normal, its API "MINOR" low;
    // Datto seed "warning" is high.
    enum class Table {
        ConnectWise,   // Critical | High | Medium | Low
        Automate,      // Critical | Error | Warning | Informational
        DattoSeed,     // critical | warning | info
        DattoPriority, // Critical | High | Moderate | Low, Information
        NinjaSeed,     // Critical | Major | Minor | Trivial
        NinjaSeverity, // CRITICAL | MAJOR | MODERATE | MINOR, NONE
        NinjaPriority, // HIGH | MEDIUM | LOW (inference: NONE says nothing, so it falls back)
        Generic        // critical/disaster, high/error/major, warning/average/medium/moderate, info/low
    };

    // Overrides first (keys matched case-insensitively, values "urgent|high|normal|low"), then the table,
    // then the fallback.
    static Severity map(const QString &word, Table table, const QJsonObject &overrides = {},
                        Severity fallback = Severity::Normal);
    // The table alone; nullopt for an unknown or empty word.
    static std::optional<Severity> lookup(const QString &word, Table table);
    static std::optional<Severity> lookupOverride(const QString &word, const QJsonObject &overrides);
};

} // namespace nestogy
