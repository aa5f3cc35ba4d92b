#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace nestogy {

// How long finished records are kept before the engine deletes them (the "retention" settings section).
// Each period is whole days; 0 keeps those records forever. Open alerts, alerts whose ticket is still open,
// queued/running/dead jobs, tickets and the audit log are never purged.
struct RetentionPolicy
{
    static constexpr int MaxDays = 3650;

    int resolvedAlertDays = 180; // resolved alerts (with their raw payloads and provider event ids)
    int finishedJobDays = 30;    // jobs that finished successfully
    int deliveryLogDays = 90;    // the outbound delivery log (calls to RMM APIs, chat, mail)

    // Missing keys keep their defaults. Returns nullopt and fills *problems (field, message) when a value is
    // not a whole number from 0 to MaxDays or a key is unknown.
    static std::optional<RetentionPolicy> fromJson(const QJsonObject &json,
                                                   QList<QPair<QString, QString>> *problems);
    QJsonObject toJson() const;

    // Epoch milliseconds before which such records go, or -1 when kept forever.
    static qint64 cutoffMs(int days, qint64 nowMs);
};

} // namespace nestogy
