#include "SeverityMapper.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

using Words = QHash<QString, Severity>;

const Words &words(SeverityMapper::Table table)
{
    using T = SeverityMapper::Table;
    using S = Severity;
    static const Words connectWise{
        {u"critical"_s, S::Urgent}, {u"high"_s, S::High}, {u"medium"_s, S::Normal}, {u"low"_s, S::Low}};
    static const Words automate{{u"critical"_s, S::Urgent},
                                {u"error"_s, S::High},
                                {u"warning"_s, S::Normal},
                                {u"informational"_s, S::Low}};
    static const Words dattoSeed{{u"critical"_s, S::Urgent}, {u"warning"_s, S::High}, {u"info"_s, S::Normal}};
    static const Words dattoPriority{{u"critical"_s, S::Urgent},
                                     {u"high"_s, S::High},
                                     {u"moderate"_s, S::Normal},
                                     {u"low"_s, S::Low},
                                     {u"information"_s, S::Low}};
    static const Words ninjaSeed{
        {u"critical"_s, S::Urgent}, {u"major"_s, S::High}, {u"minor"_s, S::Normal}, {u"trivial"_s, S::Low}};
    static const Words ninjaSeverity{{u"critical"_s, S::Urgent},
                                     {u"major"_s, S::High},
                                     {u"moderate"_s, S::Normal},
                                     {u"minor"_s, S::Low},
                                     {u"none"_s, S::Low}};
    static const Words ninjaPriority{{u"high"_s, S::High}, {u"medium"_s, S::Normal}, {u"low"_s, S::Low}};
    // Our own words are included so a sender that already speaks them needs no map.
    static const Words generic{
        {u"critical"_s, S::Urgent}, {u"disaster"_s, S::Urgent},   {u"urgent"_s, S::Urgent},
        {u"high"_s, S::High},       {u"error"_s, S::High},        {u"major"_s, S::High},
        {u"warning"_s, S::Normal},  {u"average"_s, S::Normal},    {u"medium"_s, S::Normal},
        {u"moderate"_s, S::Normal}, {u"normal"_s, S::Normal},     {u"info"_s, S::Low},
        {u"information"_s, S::Low}, {u"informational"_s, S::Low}, {u"not classified"_s, S::Low},
        {u"low"_s, S::Low}};
    switch (table) {
    case T::ConnectWise:
        return connectWise;
    case T::Automate:
        return automate;
    case T::DattoSeed:
        return dattoSeed;
    case T::DattoPriority:
        return dattoPriority;
    case T::NinjaSeed:
        return ninjaSeed;
    case T::NinjaSeverity:
        return ninjaSeverity;
    case T::NinjaPriority:
        return ninjaPriority;
    case T::Generic:
        return generic;
    }
    return generic;
}

// An override's target is one of our four words; "critical" or "info" are forgiven through the generic table.
std::optional<Severity> target(const QJsonValue &v)
{
    const QString word = v.toString();
    if (const auto s = severity::fromString(word))
        return s;
    return SeverityMapper::lookup(word, SeverityMapper::Table::Generic);
}

} // namespace

std::optional<Severity> SeverityMapper::lookup(const QString &word, Table table)
{
    const QString key = word.trimmed().toLower();
    if (key.isEmpty())
        return std::nullopt;
    const Words &w = words(table);
    const auto it = w.constFind(key);
    if (it == w.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Severity> SeverityMapper::lookupOverride(const QString &word, const QJsonObject &overrides)
{
    const QString key = word.trimmed();
    if (key.isEmpty() || overrides.isEmpty())
        return std::nullopt;
    const auto exact = overrides.constFind(key);
    if (exact != overrides.constEnd())
        return target(*exact);
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.key().trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return target(it.value());
    }
    return std::nullopt;
}

Severity SeverityMapper::map(const QString &word, Table table, const QJsonObject &overrides,
                             Severity fallback)
{
    if (const auto over = lookupOverride(word, overrides))
        return *over;
    return lookup(word, table).value_or(fallback);
}

} // namespace nestogy
