#pragma once

#include <QString>
#include <QVariant>

namespace nestogy {

// One line of the outbound delivery log: a call the engine made to the outside (a chat webhook post, a mail).
// Times in UTC epoch ms.
struct OutboundDeliveryRow
{
    qint64 id = 0;
    QString kind;       // chat_webhook | email | ...
    QString method;     // POST, SMTP, ...
    QString url;        // as recorded: without user info or query; a chat webhook's path is still a secret
    int statusCode = 0; // HTTP status, 250 for an accepted mail; 0 when there was no answer
    QString error;      // empty when the call succeeded
    qint64 durationMs = 0;
    qint64 integrationId = 0; // 0: none (mail to a technician)
    QString integrationName;
    qint64 jobId = 0; // 0: the job is gone
    qint64 createdMs = 0;
    QVariant sortKey; // the value the list is sorted by (see ReadKey)

    bool failed() const { return !error.isEmpty(); }
    bool operator==(const OutboundDeliveryRow &) const = default;
};

} // namespace nestogy
