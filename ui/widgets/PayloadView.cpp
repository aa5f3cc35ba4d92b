#include "PayloadView.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace nestogy {

PayloadView::PayloadView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read-only, but the keyboard can still move through it and select text to copy.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Raw payload"));
    setPlaceholderText(tr("No payload was stored for this alert."));
}

void PayloadView::setPayload(const QString &raw, const QString &contentType)
{
    setPlainText(formatted(raw, contentType));
}

QString PayloadView::formatted(const QString &raw, const QString &contentType)
{
    if (raw.size() > MaxFormattedChars)
        return raw.left(MaxFormattedChars) + u"\n\n"_s +
               tr("(%1 more characters not shown)").arg(raw.size() - MaxFormattedChars);
    const QString type = contentType.toLower();
    const QStringView start = QStringView(raw).trimmed().left(1);
    bool ok = false;
    if (type == u"json" || (type != u"xml" && type != u"form" && (start == u"{" || start == u"["))) {
        const QString json = prettyJson(raw, &ok);
        if (ok)
            return json;
    }
    if (type == u"xml" || (type != u"json" && type != u"form" && start == u"<")) {
        const QString xml = indentedXml(raw, &ok);
        if (ok)
            return xml;
    }
    if (type == u"form")
        return formFields(raw);
    return raw;
}

QString PayloadView::prettyJson(const QString &raw, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && !doc.isNull();
    return *ok ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed() : QString();
}

QString PayloadView::indentedXml(const QString &raw, bool *ok)
{
    QXmlStreamReader reader(raw);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        // Whitespace between elements is the sender's layout; the writer lays the elements out again.
        if (reader.isWhitespace())
            continue;
        if (reader.tokenType() == QXmlStreamReader::StartDocument)
            continue;
        writer.writeCurrentToken(reader);
    }
    *ok = !reader.hasError();
    return *ok ? out.trimmed() : QString();
}

QString PayloadView::formFields(const QString &raw)
{
    QStringList lines;
    const auto pairs = QUrlQuery(QString(raw).replace(u'+', u' ')).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : pairs)
        lines.append(key + u" = "_s + value);
    return lines.isEmpty() ? raw : lines.join(u'\n');
}

} // namespace nestogy
