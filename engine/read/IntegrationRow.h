#pragma once

#include <QString>
#include <QVariant>

namespace nestogy {

// One line of the integration list (no secrets, no mappings). Times in UTC epoch ms; 0 means never.
struct IntegrationRow
{
    qint64 id = 0;
    QString uuid; // part of the webhook URL
    QString provider;
    QString name;
    bool active = false;
    qint64 clientId = 0;
    QString clientName;
    qint64 lastWebhookMs = 0; // when its latest alert was last received
    qint64 lastSyncMs = 0;
    qint64 createdMs = 0;
    QVariant sortKey; // the value the list is sorted by (see ReadKey)

    bool operator==(const IntegrationRow &) const = default;
};

} // namespace nestogy
