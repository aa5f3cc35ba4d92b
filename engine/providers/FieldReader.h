#pragma once

#include "NormalizedAlert.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>
#include <utility>

namespace nestogy {

// Reads loosely typed webhook values the same way for every provider: template leftovers and
// placeholder words count as missing, numbers arrive as text, flags arrive as strings or bools.
class FieldReader
{
public:
    enum class Leniency {
        Strict, // only empty strings and unexpanded templates are missing
        Loose   // also "None", "null", "undefined", "nil": what Tactical-like senders print for nothing
    };

    // Identifiers longer than this are refused rather than cut, so two ids never collide by clipping.
    static constexpr int MaxIdLength = 256;
    static constexpr int MaxNameLength = 256;
    static constexpr int MaxMessageLength = 8000;

    struct Picked
    {
        QString value;
        QString key; // as spelled in the payload: the key that gave the value, else the first present, else
                     // keys[0]
    };

    // A scalar as trimmed text; objects, arrays, null and template leftovers give an empty string.
    static QString text(const QJsonValue &v, Leniency leniency = Leniency::Strict);
    // The first candidate key with a usable value; exact spelling first, then case-insensitively.
    static Picked pick(const QJsonObject &o, const QStringList &keys, Leniency leniency = Leniency::Strict);
    static QString first(const QJsonObject &o, const QStringList &keys, Leniency leniency = Leniency::Strict)
    {
        return pick(o, keys, leniency).value;
    }
    // The value under a key, spelled exactly or case-insensitively; Undefined if absent.
    // actualKey, when given, receives the payload's own spelling.
    static QJsonValue value(const QJsonObject &o, const QString &key, QString *actualKey = nullptr);
    static QJsonObject object(const QJsonValue &v) { return v.isObject() ? v.toObject() : QJsonObject(); }
    // "true"/"1"/"yes" and friends; nullopt when the value says nothing.
    static std::optional<bool> flag(const QJsonValue &v);
    // "[alert_uid]" (Datto) or "{{alert.id}}" (Tactical): a variable the sender did not fill in.
    static bool isTemplate(const QString &s);
    static QString clip(const QString &s, int max);
    // The payload name of the first (name, id) pair whose id is longer than MaxIdLength; empty if all fit.
    static QString overlong(std::initializer_list<std::pair<QString, QString>> namedIds);
    // Cuts names, types and the message to sizes a ticket can hold; ids are checked, never cut.
    static void clipTexts(NormalizedAlert &a);
};

} // namespace nestogy
