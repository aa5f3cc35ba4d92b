#include "PresetCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

Q_LOGGING_CATEGORY(lcPresets, "nestogy.presets")

QList<Preset> load()
{
    QList<Preset> presets;
    const QDir dir(u":/presets"_s);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcPresets) << "cannot open preset" << file;
            continue;
        }
        const QString id = QFileInfo(file).completeBaseName();
        if (auto preset = PresetCatalog::fromJson(id, f.readAll()))
            presets.append(std::move(*preset));
        else
            qCWarning(lcPresets) << "preset" << file << "is not a valid preset object";
    }
    return presets;
}

} // namespace

std::optional<Preset> PresetCatalog::fromJson(const QString &id, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Preset p;
    p.id = id;
    p.name = o.value(u"name"_s).toString();
    p.description = o.value(u"description"_s).toString();
    p.fieldMappings = o.value(u"field_mappings"_s).toObject();
    p.settings = o.value(u"settings"_s).toObject();
    p.sample = o.value(u"sample"_s).toObject();
    p.bodyTemplate = o.value(u"body_template"_s).toObject();
    if (p.name.isEmpty() || p.fieldMappings.isEmpty())
        return std::nullopt;
    return p;
}

QList<Preset> PresetCatalog::all()
{
    // Resources never change at run time; thread-safe static init reads them once.
    static const QList<Preset> presets = load();
    return presets;
}

std::optional<Preset> PresetCatalog::byId(const QString &id)
{
    const QList<Preset> presets = all();
    for (const Preset &p : presets) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace nestogy
