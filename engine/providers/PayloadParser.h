#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nestogy {

// Turns a webhook body (JSON, XML or form-encoded, by Content-Type or by sniffing) into one JSON object,
// so normalizers never see the wire format.
class PayloadParser
{
public:
    struct Result
    {
        QJsonObject object;
        int status = 0; // 0 ok, 400 unparsable, 415 unsupported Content-Type
        QString error;
        QString format; // "json" | "xml" | "form"; empty when the type was refused
        bool ok() const { return status == 0; }
    };

    // A missing or text/plain Content-Type is sniffed: Tactical RMM sends none unless the admin adds one.
    static Result parse(const QByteArray &body, const QByteArray &contentType);
};

} // namespace nestogy
