#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// What deserves a desktop notification since the last look: urgent alerts that arrived and tickets that
// breached an SLA target (their sla_response_breach / sla_resolution_breach event). Keeps no state: the
// caller holds the Cursor (the last row ids looked at) and passes it back. Row ids rather than times, so the
// clocks of other processes sharing the database do not matter. Alerts that are already resolved, or held by
// a maintenance window, are not worth a notification. Read-only.
class NotableEvents
{
public:
    struct Cursor
    {
        qint64 alertId = 0;       // rmm_alerts.id looked at up to here
        qint64 ticketEventId = 0; // ticket_events.id looked at up to here
        bool operator==(const Cursor &) const = default;
    };

    struct UrgentAlert
    {
        qint64 id = 0;
        QString uuid;
        QString deviceName;
        QString clientName; // the client's name, else the name the RMM sent
        QString alertType;
        QString message;
        bool operator==(const UrgentAlert &) const = default;
    };

    struct SlaBreach
    {
        qint64 eventId = 0;
        qint64 ticketId = 0;
        qint64 ticketNumber = 0;
        QString subject;
        bool resolution = false; // the resolution target; else the response target
        bool operator==(const SlaBreach &) const = default;
    };

    struct Found
    {
        int urgentAlertCount = 0;  // all of them, even beyond the limit
        QList<UrgentAlert> alerts; // newest first, at most the limit
        int breachedTicketCount = 0;
        QList<SlaBreach> breaches; // newest first, one per ticket (its latest breach), at most the limit
        Cursor next;               // pass this to the next call
        bool isEmpty() const { return urgentAlertCount == 0 && breachedTicketCount == 0; }
    };

    // The cursor of "now": start from here so that what happened earlier is not announced.
    static std::optional<Cursor> latest(QSqlDatabase &db, QString *error);
    // What happened after `cursor`; nullopt with *error when the database cannot be read.
    static std::optional<Found> since(QSqlDatabase &db, const Cursor &cursor, int limit, QString *error);
};

} // namespace nestogy
