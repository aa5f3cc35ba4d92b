#pragma once

#include "SmtpSettings.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace nestogy {

class StorageWriter;
struct MailMessage;

// Sends one message for a job and records the attempt in outbound_deliveries (kind 'email', the recipient in
// the url) before reporting back, so a retried job can ask alreadyDelivered() and never mails anyone twice.
namespace MailDelivery {
// Runs on a thread with an event loop (a worker); `done` gets "" on success or the reason it failed.
void send(const SmtpSettings &settings, const MailMessage &message, qint64 jobId, StorageWriter &writer,
          std::function<void(const QString &error)> done);
// Whether an earlier attempt of this job already delivered to `recipient`.
bool alreadyDelivered(QSqlDatabase &db, qint64 jobId, const QString &recipient);
// What the outbound_deliveries url says for a message to `recipient`.
QString target(const SmtpSettings &settings, const QString &recipient);
} // namespace MailDelivery

} // namespace nestogy
