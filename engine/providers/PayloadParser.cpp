#include "PayloadParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

enum class Format { Json, Xml, Form, Sniff, Unsupported };

// Deeper XML than this is not an alert but an attack on the recursion below.
constexpr int MaxXmlDepth = 64;

Format formatOf(const QByteArray &contentType)
{
    QByteArray type = contentType;
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed().toLower();
    if (type.isEmpty() || type == "text/plain")
        return Format::Sniff;
    if (type == "application/json" || type == "text/json" || type.endsWith("+json"))
        return Format::Json;
    if (type == "application/xml" || type == "text/xml" || type.endsWith("+xml"))
        return Format::Xml;
    if (type == "application/x-www-form-urlencoded")
        return Format::Form;
    return Format::Unsupported;
}

QByteArray withoutBom(const QByteArray &body)
{
    return body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body;
}

Format sniff(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{' || c == '[')
            return Format::Json;
        if (c == '<')
            return Format::Xml;
        break;
    }
    return body.contains('=') ? Format::Form : Format::Unsupported;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(bytes);
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

PayloadParser::Result failure(int status, const QString &error, const QString &format = {})
{
    PayloadParser::Result r;
    r.status = status;
    r.error = error;
    r.format = format;
    return r;
}

PayloadParser::Result parseJson(const QByteArray &body)
{
    if (!isValidUtf8(body))
        return failure(400, u"body is not valid UTF-8"_s, u"json"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(400, u"invalid JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString()),
                       u"json"_s);
    if (!doc.isObject())
        return failure(400, u"JSON body must be an object"_s, u"json"_s);
    return {doc.object(), 0, {}, u"json"_s};
}

// Collects key/value pairs where a key may repeat, then builds the object once: appending to a QJsonArray
// inside a QJsonObject copies the array each time, which made 200,000 repeats take minutes.
class RepeatedKeys
{
public:
    void add(const QString &key, const QJsonValue &value)
    {
        auto it = m_values.find(key);
        if (it == m_values.end()) {
            m_order.append(key);
            it = m_values.insert(key, {});
        }
        it->append(value);
        ++m_count;
    }
    qsizetype count() const { return m_count; }
    bool isEmpty() const { return m_order.isEmpty(); }
    void insertInto(QJsonObject &object) const
    {
        for (const QString &key : m_order) {
            const QList<QJsonValue> &values = m_values[key];
            if (values.size() == 1) {
                object.insert(key, values.first());
            } else {
                QJsonArray array;
                for (const QJsonValue &v : values)
                    array.append(v);
                object.insert(key, array);
            }
        }
    }

private:
    QStringList m_order;
    QHash<QString, QList<QJsonValue>> m_values;
    qsizetype m_count = 0;
};

// A webhook has tens of fields; a body with more than this is an attack or a mistake, refused early.
constexpr qsizetype MaxFields = 10000;

// Reads the element the reader is positioned on. Leaves with text become strings; elements with child
// elements become objects (their attributes as "@name"); a childless element with only attributes becomes
// an object of "@name" keys. Attributes of text leaves are dropped so <uid type="s">x</uid> still reads "x".
bool readElement(QXmlStreamReader &xml, int depth, QJsonValue *out, QString *error, qsizetype *elementCount)
{
    if (depth > MaxXmlDepth) {
        *error = u"XML nested deeper than %1 levels"_s.arg(MaxXmlDepth);
        return false;
    }
    QJsonObject children;
    for (const QXmlStreamAttribute &a : xml.attributes())
        children.insert(u'@' + a.name().toString(), a.value().toString());
    const bool hasAttributes = !children.isEmpty();
    RepeatedKeys elements;
    bool hasChildElements = false;
    QString text;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString name = xml.name().toString();
            QJsonValue child;
            if (!readElement(xml, depth + 1, &child, error, elementCount))
                return false;
            elements.add(name, child);
            if (++*elementCount > MaxFields) {
                *error = u"XML has more than %1 elements"_s.arg(MaxFields);
                return false;
            }
            hasChildElements = true;
            break;
        }
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            elements.insertInto(children);
            if (hasChildElements || (hasAttributes && text.trimmed().isEmpty()))
                *out = children;
            else
                *out = text.trimmed();
            return true;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            *error = u"XML with DOCTYPE or entity declarations is refused"_s;
            return false;
        default:
            break;
        }
    }
    *error = xml.hasError() ? xml.errorString() : u"unexpected end of XML"_s;
    return false;
}

PayloadParser::Result parseXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QJsonValue root;
    bool haveRoot = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            // No DTD means no entity expansion and no external fetches: the whole XXE class is closed here.
            return failure(400, u"XML with DOCTYPE or entity declarations is refused"_s, u"xml"_s);
        case QXmlStreamReader::StartElement: {
            if (haveRoot)
                return failure(400, u"XML has more than one root element"_s, u"xml"_s);
            QString error;
            qsizetype elementCount = 0;
            if (!readElement(xml, 1, &root, &error, &elementCount))
                return failure(400, error, u"xml"_s);
            haveRoot = true;
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        return failure(400, u"invalid XML at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString()),
                       u"xml"_s);
    if (!haveRoot || !root.isObject() || root.toObject().isEmpty())
        return failure(400, u"XML root element has no child elements"_s, u"xml"_s);
    return {root.toObject(), 0, {}, u"xml"_s};
}

PayloadParser::Result parseForm(const QByteArray &body)
{
    if (!isValidUtf8(body))
        return failure(400, u"body is not valid UTF-8"_s, u"form"_s);
    // Split by hand: form encoding writes spaces as '+', and QUrlQuery is slow on many repeated keys.
    RepeatedKeys fields;
    const QList<QByteArray> pairs = body.trimmed().split('&');
    if (pairs.size() > MaxFields)
        return failure(400, u"form body has more than %1 fields"_s.arg(MaxFields), u"form"_s);
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    for (const QByteArray &pair : pairs) {
        const auto eq = pair.indexOf('=');
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        if (!key.isEmpty())
            fields.add(key, eq < 0 ? QString() : decode(pair.mid(eq + 1)));
    }
    QJsonObject object;
    fields.insertInto(object);
    if (object.isEmpty())
        return failure(400, u"form body has no fields"_s, u"form"_s);
    return {object, 0, {}, u"form"_s};
}

} // namespace

PayloadParser::Result PayloadParser::parse(const QByteArray &rawBody, const QByteArray &contentType)
{
    const QByteArray body = withoutBom(rawBody);
    Format format = formatOf(contentType);
    if (format == Format::Unsupported)
        return failure(415,
                       u"unsupported Content-Type: %1"_s.arg(QString::fromLatin1(contentType.left(100))));
    if (body.trimmed().isEmpty())
        return failure(400, u"empty body"_s);
    if (format == Format::Sniff) {
        format = sniff(body);
        if (format == Format::Unsupported)
            return failure(400, u"body is neither JSON, XML nor form-encoded"_s);
    }
    switch (format) {
    case Format::Json:
        return parseJson(body);
    case Format::Xml:
        return parseXml(body);
    case Format::Form:
        return parseForm(body);
    case Format::Sniff:
    case Format::Unsupported:
        break;
    }
    return failure(400, u"body is neither JSON, XML nor form-encoded"_s);
}

} // namespace nestogy
