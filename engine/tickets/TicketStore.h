#pragma once

#include "WriteResult.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace nestogy {

// Tickets and their event history: creation, events, status changes, and the API's JSON view. Writes run
// inside a StorageWriter unit; every change is also a ticket_events row saying who and why.
class TicketStore
{
public:
    struct NewTicket
    {
        QString subject;
        QString details;
        std::optional<qint64> clientId;
        std::optional<qint64> assetId;
        QString priority;
        QString category;
        std::optional<qint64> assigneeId;
        QString team;
        qint64 responseDueMs = 0;
        qint64 resolutionDueMs = 0;
    };

    struct Filter
    {
        QString status;
        QString priority;
        std::optional<qint64> assigneeId;
        std::optional<qint64> clientId;
        int limit = 50;
        int offset = 0;
    };

    static const QStringList &statuses();
    static const QStringList &priorities();

    // The value is the new ticket id.
    static WriteResult create(QSqlDatabase &db, const NewTicket &t, qint64 nowMs);
    static bool addEvent(QSqlDatabase &db, qint64 ticketId, const QString &kind, const QString &actor,
                         const QString &message, const QJsonObject &data, qint64 nowMs);
    static bool hasEvent(QSqlDatabase &db, qint64 ticketId, const QString &kind, const QString &dataJson);

    static std::optional<QJsonObject> find(QSqlDatabase &db, qint64 id, bool withEvents, QString *error);
    static std::optional<QPair<QList<QJsonObject>, qint64>> list(QSqlDatabase &db, const Filter &f,
                                                                 QString *error);
};

} // namespace nestogy
