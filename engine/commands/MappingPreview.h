#pragma once

#include "NormalizedAlert.h"
#include "Provider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nestogy {

// Runs a pasted sample payload through the real PayloadParser and the provider's normalizer with a draft
// mapping, so an admin sees what a webhook would become (or exactly why it would be refused) before saving.
class MappingPreview
{
public:
    struct Result
    {
        enum class Kind {
            Alert,      // `alert` is what the pipeline would store
            Ignored,    // accepted but not an alert (`error` says why)
            BadMapping, // the mapping itself is unusable (`error` lists every problem)
            BadPayload, // the parser refused the sample (`error` is the parser's message)
            Invalid     // the normalizer refused it (`error`, and `field` as named in the payload)
        };
        Kind kind = Kind::BadPayload;
        NormalizedAlert alert;
        QString error;
        QString field;
        QString format; // "json" | "xml" | "form" once parsed
        bool ok() const { return kind == Kind::Alert; }
    };

    // An empty content type sniffs the format, as the webhook does for senders that send none.
    static Result run(Provider provider, const QJsonObject &fieldMappings, const QJsonObject &settings,
                      const QByteArray &sample, const QByteArray &contentType = {});
};

} // namespace nestogy
