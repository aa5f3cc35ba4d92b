#include "WebhookStats.h"

#include "ApiSupport.h"

namespace nestogy {

QJsonObject WebhookStats::toJson() const
{
    QJsonObject outcomes;
    for (auto it = byOutcome.cbegin(); it != byOutcome.cend(); ++it)
        outcomes.insert(it.key(), qint64(it.value()));
    QJsonObject integrations;
    for (auto it = perIntegration.cbegin(); it != perIntegration.cend(); ++it) {
        integrations.insert(it.key(),
                            QJsonObject{{QStringLiteral("last_webhook"), api::isoTime(it->lastWebhookMs)},
                                        {QStringLiteral("received"), qint64(it->received)},
                                        {QStringLiteral("errors"), qint64(it->errors)}});
    }
    return {{QStringLiteral("outcomes"), outcomes}, {QStringLiteral("integrations"), integrations}};
}

} // namespace nestogy
