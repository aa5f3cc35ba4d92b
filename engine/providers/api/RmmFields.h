#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace nestogy {

// Reads the loosely typed values of RMM API answers the same way for every vendor: null or absent is
// missing, numbers may arrive as strings and the other way round, lists may arrive as one value.
namespace RmmFields {

// A scalar as trimmed text ("" for null, objects and arrays); ids written as numbers read "3307".
QString text(const QJsonValue &value);
// The first key of `keys` with a usable text.
QString first(const QJsonObject &object, std::initializer_list<const char *> keys);
// `object.key` as an object (empty when absent, null or not an object).
QJsonObject object(const QJsonObject &object, const char *key);
// Texts of an array (null and non-scalar items skipped), or of a single scalar; duplicates removed.
QStringList texts(const QJsonValue &value);
// A MAC address in one spelling (upper case, ':'), or "" when it is not one.
QString mac(const QString &text);
QStringList macs(const QJsonValue &value);
// true / false from a bool, 0/1, or words like "true", "Online"; nullopt when it says nothing.
std::optional<bool> flag(const QJsonValue &value);
// A whole number from a number or a numeric string; nullopt otherwise.
std::optional<qint64> integer(const QJsonValue &value);
// The JSON type of a value, for error messages ("an object", "a string", ...).
QString typeName(const QJsonValue &value);

} // namespace RmmFields

} // namespace nestogy
