#pragma once

#include "Preset.h"

#include <QList>
#include <optional>

namespace nestogy {

// The presets compiled into the engine as Qt resources under :/presets, read once and kept.
class PresetCatalog
{
public:
    // Sorted by id; a preset file that does not parse is left out (tst_presets keeps that from shipping).
    static QList<Preset> all();
    static std::optional<Preset> byId(const QString &id);
    // Parses one preset file's contents; nullopt unless it is an object with name and field_mappings.
    static std::optional<Preset> fromJson(const QString &id, const QByteArray &json);
};

} // namespace nestogy
