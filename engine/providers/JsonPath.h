#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace nestogy {

// The small JSONPath subset field mappings use: `$.a.b`, `$.a[0]`, `$.items[-1]`, `$['key with space']`.
// A path without the leading `$` is read from the root, so "event.id" equals "$.event.id".
class JsonPath
{
public:
    // The value at the path, or Undefined when any step is missing or has the wrong type.
    static QJsonValue evaluate(const QJsonObject &root, const QString &path);
    static bool isValid(const QString &path, QString *error = nullptr);
};

} // namespace nestogy
