#pragma once

#include "WriteResult.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// Maintenance windows: whether one covers an alert now (by integration, client or device; one-off or weekly
// in the window's time zone), and releasing alerts that were held back once their window is over.
namespace MaintenanceWindows {

struct Window
{
    qint64 id = 0;
    QString scope;    // integration | client | device
    QString scopeKey; // integration uuid, client id, or device id
    qint64 startsMs = 0;
    qint64 endsMs = 0;
    QStringList weekdays; // mon..sun (weekly windows)
    QString startTime;    // HH:mm
    QString endTime;      // HH:mm
    QString timezone;
    QString reason;
};

bool covers(const Window &w, qint64 nowMs);
QList<Window> list(QSqlDatabase &db, QString *error);
// The first window covering an alert of this integration/client/device at nowMs.
std::optional<Window> activeFor(QSqlDatabase &db, const QString &integrationUuid,
                                std::optional<qint64> clientId, const QString &deviceId, qint64 nowMs);
// Alerts still open and suppressed whose windows are all over get a ProcessRmmAlert job again. The value is
// how many were released.
WriteResult releaseEnded(QSqlDatabase &db, qint64 nowMs);

// Parses and checks an API body; on error names the field in *field.
std::optional<Window> fromJson(const QJsonObject &body, QString *field, QString *error);
QJsonObject toJson(const Window &w);

} // namespace MaintenanceWindows

} // namespace nestogy
