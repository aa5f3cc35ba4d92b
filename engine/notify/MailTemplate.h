#pragma once

#include <QHash>
#include <QString>

namespace nestogy {

// Fills {name} placeholders in an admin-written mail template. Unknown placeholders stay as written, so a
// typo shows in the mail instead of silently vanishing; values are inserted verbatim (mail is plain text).
namespace MailTemplate {
QString render(const QString &text, const QHash<QString, QString> &values);
// The names a template may use, for validation messages.
QStringList unknownPlaceholders(const QString &text, const QStringList &known);
} // namespace MailTemplate

} // namespace nestogy
