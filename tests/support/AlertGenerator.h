#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Fills rmm_alerts with generated alerts, fast, for the tests that open a list on a million of them. Header
// only, so test directories can share it without a library of their own.
//
// Alert i (1..rows): uuid a-%07d, integration `tenthIntegration` for every tenth else `integration`, client
// `evenClient` for even i else none, device device-(i % 5000), type type-(i % 20), severity by i % 4 (urgent,
// high, normal, low), resolved when i % 3 == 0 else open, message "Message number i", seen at
// firstSeenMs + i * 1000 (the newest is the last).
class AlertGenerator
{
public:
    struct Spec
    {
        qint64 rows = 1'000'000;
        qint64 firstSeenMs = 1'700'000'000'000;
        qint64 integration = 0;
        qint64 tenthIntegration = 0;
        qint64 evenClient = 0;
    };

    // Returns an error text, or "" once the rows are committed.
    static QString fill(QSqlDatabase &db, const Spec &spec)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA cache_size=-100000")))
            return q.lastError().text();
        if (!db.transaction())
            return db.lastError().text();
        // One statement, one transaction: SQLite makes the rows itself. Zero-padded keys keep the unique
        // indexes appending instead of splitting pages all over.
        const bool generated = q.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, device_name, client_id, "
                "alert_type, severity, status, message, occurrences, first_seen, last_seen) "
                "SELECT printf('a-%07d', i), CASE WHEN i % 10 = 0 THEN %2 ELSE %3 END, printf('fp-%07d', i), "
                "'device-' || (i % 5000), CASE WHEN i % 2 = 0 THEN %4 END, 'type-' || (i % 20), "
                "CASE i % 4 WHEN 0 THEN 'urgent' WHEN 1 THEN 'high' WHEN 2 THEN 'normal' ELSE 'low' END, "
                "CASE WHEN i % 3 = 0 THEN 'resolved' ELSE 'open' END, 'Message number ' || i, 1, "
                "%5 + i * 1000, %5 + i * 1000 FROM n")
                .arg(spec.rows)
                .arg(spec.tenthIntegration)
                .arg(spec.integration)
                .arg(spec.evenClient)
                .arg(spec.firstSeenMs));
        if (!generated) {
            const QString error = q.lastError().text();
            db.rollback();
            return error;
        }
        if (!db.commit())
            return db.lastError().text();
        if (!q.exec(QStringLiteral("PRAGMA cache_size=-16000")))
            return q.lastError().text();
        return {};
    }
};
