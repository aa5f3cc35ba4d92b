#include "RoutingRules.h"

#include "Severity.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace nestogy::RoutingRules {

namespace {
const QStringList &priorities()
{
    static const QStringList p{QStringLiteral("Urgent"), QStringLiteral("High"), QStringLiteral("Normal"),
                               QStringLiteral("Low")};
    return p;
}

bool regexMatches(const QJsonValue &pattern, const QString &text)
{
    if (pattern.isUndefined())
        return true;
    const QRegularExpression re(pattern.toString(), QRegularExpression::CaseInsensitiveOption);
    return re.isValid() && re.match(text).hasMatch();
}

bool matches(const QJsonObject &match, const RoutedAlert &a)
{
    if (match.contains(u"severity")) {
        const QJsonValue s = match.value(u"severity");
        const QJsonArray list = s.isArray() ? s.toArray() : QJsonArray{s};
        bool any = false;
        for (const QJsonValue &v : list)
            any = any || v.toString().compare(a.severity, Qt::CaseInsensitive) == 0;
        if (!any)
            return false;
    }
    if (match.contains(u"client_id") &&
        (!a.clientId || qint64(match.value(u"client_id").toDouble()) != *a.clientId))
        return false;
    return regexMatches(match.value(u"alert_type"), a.alertType) &&
           regexMatches(match.value(u"device"), a.deviceName) &&
           regexMatches(match.value(u"message"), a.message);
}
} // namespace

QString priorityForSeverity(const QString &severity)
{
    return severity::priorityName(severity::fromString(severity).value_or(Severity::Normal));
}

RoutingDecision decide(const QJsonArray &rules, const RoutedAlert &alert)
{
    RoutingDecision d;
    d.priority = priorityForSeverity(alert.severity);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        if (!matches(rule.value(u"match").toObject(), alert))
            continue;
        d.ruleIndex = int(i);
        d.createTicket = rule.value(u"create_ticket").toBool(true);
        if (priorities().contains(rule.value(u"priority").toString()))
            d.priority = rule.value(u"priority").toString();
        d.category = rule.value(u"category").toString();
        if (rule.value(u"assignee_id").isDouble())
            d.assigneeId = qint64(rule.value(u"assignee_id").toDouble());
        d.team = rule.value(u"team").toString();
        d.notifyClient = rule.value(u"notify_client").toBool(false);
        break;
    }
    return d;
}

QString validate(const QJsonArray &rules)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString where = QStringLiteral("rule %1: ").arg(i + 1);
        if (!rules.at(i).isObject())
            return where + QStringLiteral("must be an object");
        const QJsonObject rule = rules.at(i).toObject();
        if (rule.contains(u"match") && !rule.value(u"match").isObject())
            return where + QStringLiteral("match must be an object");
        const QJsonObject match = rule.value(u"match").toObject();
        for (const char *key : {"alert_type", "device", "message"}) {
            const QJsonValue v = match.value(QLatin1String(key));
            if (!v.isUndefined() && (!v.isString() || !QRegularExpression(v.toString()).isValid()))
                return where +
                       QStringLiteral("match.%1 must be a valid regular expression").arg(QLatin1String(key));
        }
        if (rule.contains(u"priority") && !priorities().contains(rule.value(u"priority").toString()))
            return where + QStringLiteral("priority must be one of %1").arg(priorities().join(u", "));
        if (rule.contains(u"create_ticket") && !rule.value(u"create_ticket").isBool())
            return where + QStringLiteral("create_ticket must be true or false");
    }
    return {};
}

} // namespace nestogy::RoutingRules
