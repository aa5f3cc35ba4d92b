#pragma once

#include "Integration.h"
#include "WriteResult.h"

#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace nestogy {

// Reads and writes integrations and their sealed secrets. Reads run on any thread's connection; the write
// functions are meant to run inside a StorageWriter unit.
class IntegrationStore
{
public:
    struct SealedSecret
    {
        QString field;
        QString slot; // "current" or "previous"
        QByteArray sealed;
        qint64 expiresMs = 0; // 0: no expiry
    };

    static std::optional<Integration> findByUuid(QSqlDatabase &db, const QString &uuid,
                                                 QString *error = nullptr);
    static QList<Integration> list(QSqlDatabase &db, QString *error = nullptr);
    static QList<SealedSecret> secrets(QSqlDatabase &db, qint64 integrationId, QString *error = nullptr);

    // Inserts `integration` (its uuid set by the caller) with its sealed secrets; the value is the new row
    // id.
    static WriteResult insert(QSqlDatabase &db, const Integration &integration,
                              const QMap<QString, QByteArray> &sealedSecrets, qint64 nowMs);
    // Replaces the row's fields and the given secrets. A replaced secret stays valid as "previous" until
    // nowMs + graceMs, so senders can be switched over (0: no grace). Names in `removeSecrets` are deleted.
    static WriteResult update(QSqlDatabase &db, const Integration &integration,
                              const QMap<QString, QByteArray> &sealedSecrets,
                              const QStringList &removeSecrets, qint64 graceMs, qint64 nowMs);
    static WriteResult remove(QSqlDatabase &db, const QString &uuid);
};

} // namespace nestogy
