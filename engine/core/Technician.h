#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nestogy {

// A person tickets are assigned to: skills to match alert types, capacity for open tickets, seniority for
// escalations, working hours for on-shift checks.
struct Technician
{
    qint64 id = 0;
    QString name;
    QString email;
    QStringList skills;
    int capacity = 10;
    int seniority = 1;
    QJsonObject workingHours;
    QString timezone;
    bool active = true;
    QString role = QStringLiteral("technician"); // technician | manager (managers hear of SLA breaches)
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

} // namespace nestogy
