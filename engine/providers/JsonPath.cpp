#include "JsonPath.h"

#include <QJsonArray>
#include <QList>
#include <variant>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

using Step = std::variant<QString, qsizetype>; // a key or an array index (negative counts from the end)

constexpr qsizetype MaxPathLength = 1024;
constexpr qsizetype MaxSteps = 64;

bool isNameChar(QChar c)
{
    return c != u'.' && c != u'[' && c != u']' && !c.isSpace();
}

// Parses into steps; on failure returns false and says where, for the mapping editor to show.
bool parse(const QString &path, QList<Step> *steps, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString p = path.trimmed();
    if (p.isEmpty())
        return fail(u"empty path"_s);
    if (p.size() > MaxPathLength)
        return fail(u"path is too long"_s);

    qsizetype i = 0;
    const qsizetype n = p.size();
    bool needSeparator = false; // a bare path starts with a name, as if "$." had been written
    if (p.at(0) == u'$') {
        i = 1;
        needSeparator = true;
    }
    while (i < n) {
        if (steps->size() >= MaxSteps)
            return fail(u"path has too many steps"_s);
        const QChar c = p.at(i);
        if (c == u'[') {
            qsizetype j = i + 1;
            if (j < n && (p.at(j) == u'\'' || p.at(j) == u'"')) {
                const QChar quote = p.at(j);
                QString key;
                ++j;
                while (j < n && p.at(j) != quote) {
                    if (p.at(j) == u'\\' && j + 1 < n)
                        ++j;
                    key.append(p.at(j));
                    ++j;
                }
                if (j + 1 >= n || p.at(j + 1) != u']')
                    return fail(u"unterminated quoted key at %1"_s.arg(i));
                steps->append(key);
                i = j + 2;
            } else {
                const qsizetype close = p.indexOf(u']', j);
                if (close < 0)
                    return fail(u"missing ']' at %1"_s.arg(i));
                bool ok = false;
                const qsizetype index = p.mid(j, close - j).trimmed().toLongLong(&ok);
                if (!ok)
                    return fail(u"index at %1 is not an integer"_s.arg(i));
                steps->append(index);
                i = close + 1;
            }
            needSeparator = true;
            continue;
        }
        if (needSeparator) {
            if (c != u'.')
                return fail(u"expected '.' or '[' at %1"_s.arg(i));
            ++i;
        }
        const qsizetype start = i;
        while (i < n && isNameChar(p.at(i)))
            ++i;
        if (i == start)
            return fail(u"empty name at %1"_s.arg(start));
        steps->append(p.mid(start, i - start));
        needSeparator = true;
    }
    return true;
}

} // namespace

bool JsonPath::isValid(const QString &path, QString *error)
{
    QList<Step> steps;
    return parse(path, &steps, error);
}

QJsonValue JsonPath::evaluate(const QJsonObject &root, const QString &path)
{
    QList<Step> steps;
    if (!parse(path, &steps, nullptr))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current(root);
    for (const Step &step : std::as_const(steps)) {
        if (const QString *key = std::get_if<QString>(&step)) {
            if (!current.isObject())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toObject().value(*key);
        } else {
            if (!current.isArray())
                return QJsonValue(QJsonValue::Undefined);
            const QJsonArray array = current.toArray();
            qsizetype index = std::get<qsizetype>(step);
            if (index < 0)
                index += array.size();
            if (index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        }
        if (current.isUndefined())
            return current;
    }
    return current;
}

} // namespace nestogy
