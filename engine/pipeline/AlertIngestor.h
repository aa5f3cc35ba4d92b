#pragma once

#include "NormalizedAlert.h"
#include "WriteResult.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace nestogy {

// Stores one normalized alert event inside a StorageWriter unit: recognizes exact redeliveries, folds repeats
// of an open alert into it, reopens one resolved within the reopen window, closes on a resolve, else inserts;
// and queues the ProcessRmmAlert job in the same transaction. The database's unique index on open
// fingerprints is the final word when two writers race.
class AlertIngestor
{
public:
    struct Request
    {
        qint64 integrationId = 0;
        std::optional<qint64> integrationClientId;
        NormalizedAlert alert;
        QString fingerprint;
        QByteArray rawPayload;
        QString rawContentType;
        qint64 reopenWindowMs = 3600 * 1000;
        bool autoCreateClients = false;
        qint64 nowMs = 0;
    };

    enum class Outcome { Accepted, Duplicate, Reopened, Resolved, ResolvedUnknown, Redelivery };

    struct Answer
    {
        Outcome outcome = Outcome::Accepted;
        QString alertUuid;
        int occurrences = 1;
        qint64 alertRowId = 0; // rmm_alerts.id, for ChangeNotifier
    };

    static WriteResult ingest(QSqlDatabase &db, const Request &request);
    // Unpacks WriteResult::value of a successful ingest().
    static Answer answerFrom(const WriteResult &result);
    static QString outcomeName(Outcome outcome);
};

} // namespace nestogy
