#pragma once

#include <QJsonArray>
#include <QString>

#include <optional>

namespace nestogy {

// What the integration's ordered alert_rules decide for one alert (first matching rule wins). Without a
// matching rule: a ticket for every alert, priority from severity (the original auto_create_tickets).
//
// A rule: {"match": {"severity": "urgent" | [..], "client_id": 3, "alert_type": "regex", "device": "regex",
//          "message": "regex"}, "create_ticket": true, "priority": "High", "category": "Backup",
//          "assignee_id": 4, "team": "NOC", "notify_client": true}
struct RoutingDecision
{
    bool createTicket = true;
    QString priority; // Urgent | High | Normal | Low
    QString category;
    std::optional<qint64> assigneeId;
    QString team;
    bool notifyClient = false; // mail the client's contact (if the client opted in)
    int ruleIndex = -1;        // -1: the default
};

struct RoutedAlert
{
    QString severity;
    std::optional<qint64> clientId;
    QString alertType;
    QString deviceName;
    QString message;
};

namespace RoutingRules {
RoutingDecision decide(const QJsonArray &rules, const RoutedAlert &alert);
// Error text for the first rule that cannot work ("" when all are fine), for API validation.
QString validate(const QJsonArray &rules);
QString priorityForSeverity(const QString &severity);
} // namespace RoutingRules

} // namespace nestogy
