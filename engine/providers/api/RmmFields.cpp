#include "RmmFields.h"

#include "FieldReader.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nestogy::RmmFields {

QString text(const QJsonValue &value)
{
    if (value.isBool())
        return {};
    return FieldReader::text(value);
}

QString first(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString t = text(o.value(QLatin1StringView(key)));
        if (!t.isEmpty())
            return t;
    }
    return {};
}

QJsonObject object(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    return v.isObject() ? v.toObject() : QJsonObject();
}

QStringList texts(const QJsonValue &value)
{
    QStringList out;
    const auto add = [&out](const QJsonValue &v) {
        const QString t = text(v);
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    };
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue &v : items)
            add(v);
    } else {
        add(value);
    }
    return out;
}

QString mac(const QString &text)
{
    QString hex = text.trimmed().toUpper();
    hex.remove(u':').remove(u'-').remove(u'.');
    static const QRegularExpression twelveHex(u"^[0-9A-F]{12}$"_s);
    if (!twelveHex.match(hex).hasMatch())
        return {};
    QStringList pairs;
    for (int i = 0; i < 12; i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(u':');
}

QStringList macs(const QJsonValue &value)
{
    QStringList out;
    const QStringList raw = texts(value);
    for (const QString &t : raw) {
        // Some agents send several addresses in one string.
        const QStringList parts = t.split(QRegularExpression(u"[,; ]+"_s), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString m = mac(part);
            if (!m.isEmpty() && !out.contains(m))
                out.append(m);
        }
    }
    return out;
}

std::optional<bool> flag(const QJsonValue &value)
{
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == u"online" || s == u"connected")
            return true;
        if (s == u"offline" || s == u"disconnected")
            return false;
    }
    return FieldReader::flag(value);
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return qint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        return u"missing"_s;
    }
    return u"unknown"_s;
}

} // namespace nestogy::RmmFields
