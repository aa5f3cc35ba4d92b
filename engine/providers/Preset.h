#pragma once

#include <QJsonObject>
#include <QString>

namespace nestogy {

// A ready-made generic integration for a sender users ask for (Tactical RMM, Zabbix, ...), shipped as JSON.
struct Preset
{
    QString id; // the file's base name, e.g. "tactical-rmm"
    QString name;
    QString description;
    QJsonObject fieldMappings; // goes to the integration's field mappings unchanged
    QJsonObject settings;      // suggested integration settings (auth method, ...)
    QJsonObject sample;        // a realistic payload, shown in the editor and checked by the tests
    QJsonObject bodyTemplate;  // for senders with body templates: what to paste into the sender; may be empty
};

} // namespace nestogy
