#pragma once

#include <QPlainTextEdit>

namespace nestogy {

// An alert's raw payload as the RMM sent it, read-only in a monospace font: JSON pretty-printed, XML
// indented, form bodies one field a line; anything unparseable exactly as received.
class PayloadView : public QPlainTextEdit
{
    Q_OBJECT

public:
    // Payloads larger than this are shown as received, cut here: formatting them would stall the GUI.
    static constexpr qsizetype MaxFormattedChars = 512 * 1024;

    explicit PayloadView(QWidget *parent = nullptr);

    // contentType is the stored format ("json", "xml", "form"); an empty or unknown one is sniffed.
    void setPayload(const QString &raw, const QString &contentType);

    // The text setPayload shows.
    static QString formatted(const QString &raw, const QString &contentType);
    static QString prettyJson(const QString &raw, bool *ok);
    static QString indentedXml(const QString &raw, bool *ok);
    static QString formFields(const QString &raw);
};

} // namespace nestogy
