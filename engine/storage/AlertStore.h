#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// Read side of rmm_alerts: filtered, paged listings (newest first) and single alerts, as API-shaped JSON.
class AlertStore
{
public:
    struct Filter
    {
        QString integrationUuid;
        QString status;   // open | acknowledged | resolved
        QString severity; // urgent | high | normal | low
        QString client;   // client id, or part of the client's name
        QString text;     // searched in message, device and alert type
        int limit = 50;
        int offset = 0;
    };

    struct Page
    {
        QList<QJsonObject> items;
        qint64 total = 0;
    };

    static std::optional<Page> list(QSqlDatabase &db, const Filter &filter, QString *error);
    static std::optional<QJsonObject> find(QSqlDatabase &db, const QString &uuid, bool withRaw,
                                           QString *error);
};

} // namespace nestogy
