#include "MappingPreview.h"

#include "GenericNormalizer.h"
#include "NormalizerRegistry.h"
#include "PayloadParser.h"

using namespace Qt::StringLiterals;

namespace nestogy {

MappingPreview::Result MappingPreview::run(Provider provider, const QJsonObject &fieldMappings,
                                           const QJsonObject &settings, const QByteArray &sample,
                                           const QByteArray &contentType)
{
    Result r;
    if (provider == Provider::Generic) {
        // The normalizer reports only the first bad path it meets; the admin should see all of them.
        const QStringList problems = GenericNormalizer::validateMappings(fieldMappings);
        if (!problems.isEmpty()) {
            r.kind = Result::Kind::BadMapping;
            r.error = problems.join(u"; "_s);
            return r;
        }
    }
    const PayloadParser::Result parsed = PayloadParser::parse(sample, contentType);
    r.format = parsed.format;
    if (!parsed.ok()) {
        r.kind = Result::Kind::BadPayload;
        r.error = parsed.error;
        return r;
    }
    const Normalizer::Result normalized =
        NormalizerRegistry::forProvider(provider).normalize(parsed.object, {fieldMappings, settings});
    switch (normalized.kind) {
    case Normalizer::Result::Kind::Alert:
        r.kind = Result::Kind::Alert;
        r.alert = normalized.alert;
        break;
    case Normalizer::Result::Kind::Ignored:
        r.kind = Result::Kind::Ignored;
        r.error = normalized.reason;
        break;
    case Normalizer::Result::Kind::Invalid:
        r.kind = Result::Kind::Invalid;
        r.error = normalized.reason;
        r.field = normalized.field;
        break;
    }
    return r;
}

} // namespace nestogy
