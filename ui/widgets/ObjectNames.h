#pragma once

#include <QString>
#include <QStringList>

namespace nestogy::objectNames {

// "hmac_secret" -> "hmacSecret", so widgets named after API fields keep the project's camelCase names.
inline QString camel(const QString &apiName)
{
    const QStringList parts = apiName.split(u'_', Qt::SkipEmptyParts);
    QString out = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i)
        out += parts.at(i).left(1).toUpper() + parts.at(i).mid(1);
    return out;
}

// "hmac_secret" -> "HmacSecret", for a name that follows a prefix.
inline QString pascal(const QString &apiName)
{
    const QString c = camel(apiName);
    return c.left(1).toUpper() + c.mid(1);
}

} // namespace nestogy::objectNames
