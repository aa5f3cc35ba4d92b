#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace nestogy {

// Counters of the webhook path for health output and the dashboard: answers by kind, per integration the last
// webhook time and error count.
struct WebhookStats
{
    QHash<QString, quint64> byOutcome; // accepted, duplicate, ..., or the HTTP status of a refusal
    struct PerIntegration
    {
        qint64 lastWebhookMs = 0;
        quint64 received = 0;
        quint64 errors = 0;
    };
    QHash<QString, PerIntegration> perIntegration; // by uuid

    void count(const QString &outcome) { ++byOutcome[outcome]; }
    QJsonObject toJson() const;
};

} // namespace nestogy
