#include "FieldReader.h"

#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

QString numberText(double d)
{
    // Ids often arrive as JSON numbers; 3307 must read "3307", never "3307.0" or "3.307e+03".
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 15);
}

bool isPlaceholderWord(const QString &s)
{
    return s.compare(u"none"_s, Qt::CaseInsensitive) == 0 || s.compare(u"null"_s, Qt::CaseInsensitive) == 0 ||
           s.compare(u"undefined"_s, Qt::CaseInsensitive) == 0 ||
           s.compare(u"nil"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

bool FieldReader::isTemplate(const QString &s)
{
    static const QRegularExpression datto(u"^\\[[A-Za-z0-9_. -]+\\]$"_s);
    static const QRegularExpression mustache(u"\\{\\{\\s*[A-Za-z0-9_.\\[\\]]+\\s*\\}\\}"_s);
    return datto.match(s).hasMatch() || mustache.match(s).hasMatch();
}

QString FieldReader::text(const QJsonValue &v, Leniency leniency)
{
    switch (v.type()) {
    case QJsonValue::String: {
        const QString s = v.toString().trimmed();
        if (s.isEmpty() || isTemplate(s))
            return {};
        if (leniency == Leniency::Loose && isPlaceholderWord(s))
            return {};
        return s;
    }
    case QJsonValue::Double:
        return numberText(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

QJsonValue FieldReader::value(const QJsonObject &o, const QString &key, QString *actualKey)
{
    const auto exact = o.constFind(key);
    if (exact != o.constEnd()) {
        if (actualKey)
            *actualKey = key;
        return *exact;
    }
    // Automate scripts and Datto templates are typed by hand: "computerId" means "ComputerID".
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            if (actualKey)
                *actualKey = it.key();
            return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

FieldReader::Picked FieldReader::pick(const QJsonObject &o, const QStringList &keys, Leniency leniency)
{
    QString firstPresent;
    for (const QString &key : keys) {
        QString spelled;
        const QJsonValue v = value(o, key, &spelled);
        if (v.isUndefined())
            continue;
        if (firstPresent.isEmpty())
            firstPresent = spelled;
        const QString s = text(v, leniency);
        if (!s.isEmpty())
            return {s, spelled};
    }
    return {{}, firstPresent.isEmpty() && !keys.isEmpty() ? keys.first() : firstPresent};
}

std::optional<bool> FieldReader::flag(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0.0;
    const QString s = text(v).toLower();
    if (s == u"true" || s == u"1" || s == u"yes" || s == u"y" || s == u"on")
        return true;
    if (s == u"false" || s == u"0" || s == u"no" || s == u"n" || s == u"off")
        return false;
    return std::nullopt;
}

QString FieldReader::clip(const QString &s, int max)
{
    if (s.size() <= max)
        return s;
    // Do not cut a surrogate pair in half: the result must stay valid UTF-16.
    int end = max - 1;
    if (end > 0 && s.at(end - 1).isHighSurrogate())
        --end;
    return s.left(end) + QChar(0x2026);
}

QString FieldReader::overlong(std::initializer_list<std::pair<QString, QString>> namedIds)
{
    for (const auto &[name, id] : namedIds) {
        if (id.size() > MaxIdLength)
            return name;
    }
    return {};
}

void FieldReader::clipTexts(NormalizedAlert &a)
{
    a.deviceName = clip(a.deviceName, MaxNameLength);
    a.clientName = clip(a.clientName, MaxNameLength);
    a.alertType = clip(a.alertType, MaxNameLength);
    a.severityWord = clip(a.severityWord, MaxNameLength);
    a.message = clip(a.message, MaxMessageLength);
}

} // namespace nestogy
