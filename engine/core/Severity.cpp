#include "Severity.h"

namespace nestogy::severity {

QString toString(Severity s)
{
    switch (s) {
    case Severity::Urgent:
        return QStringLiteral("urgent");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Normal:
        return QStringLiteral("normal");
    case Severity::Low:
        return QStringLiteral("low");
    }
    return QStringLiteral("normal");
}

std::optional<Severity> fromString(QStringView s)
{
    const QString n = s.trimmed().toString().toLower();
    if (n == u"urgent")
        return Severity::Urgent;
    if (n == u"high")
        return Severity::High;
    if (n == u"normal")
        return Severity::Normal;
    if (n == u"low")
        return Severity::Low;
    return std::nullopt;
}

QString priorityName(Severity s)
{
    QString name = toString(s);
    name[0] = name[0].toUpper();
    return name;
}

} // namespace nestogy::severity
