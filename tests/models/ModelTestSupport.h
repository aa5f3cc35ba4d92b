#pragma once

#include "Database.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>
#include <optional>

// A migrated database for model and query tests, with helpers that insert rows directly. (Only tests write
// like this; the application writes through StorageWriter.) Inserts return the new id, or 0 after a
// warning.
class TestDatabase
{
public:
    // A fresh SQLite file in a temp dir; nullptr and *error on failure.
    static std::unique_ptr<TestDatabase> sqlite(QString *error);
    // An empty schema of its own on the server named by url (PGOPTIONS points the search_path there, so other
    // tests using the same database are not disturbed).
    static std::unique_ptr<TestDatabase> postgres(const QString &url, const QString &schema, QString *error);
    // NESTOGY_TEST_PG_URL, or empty. *required is true when NESTOGY_REQUIRE_SERVICES=1 (fail, do not skip).
    static QString postgresUrl(bool *required);

    nestogy::Database &db() { return *m_db; }
    QSqlDatabase connection() { return m_db->connection(); }

    bool exec(const QString &sql, const QVariantList &binds = {});
    // Runs an INSERT with RETURNING id (SQLite 3.35+ and PostgreSQL alike).
    qint64 insert(const QString &sql, const QVariantList &binds = {});

    qint64 addClient(const QString &name);
    qint64 addIntegration(const QString &name, const QString &provider = QStringLiteral("ninja"),
                          bool active = true);
    qint64 addTechnician(const QString &name);

    struct Alert
    {
        qint64 integrationId = 0;
        QString severity = QStringLiteral("normal");
        QString status = QStringLiteral("open");
        QString device = QStringLiteral("pc-1");
        QString type = QStringLiteral("disk");
        QString message = QStringLiteral("Disk almost full");
        std::optional<qint64> clientId;
        QString clientName;   // the name the RMM sent (used when no client is resolved)
        qint64 firstSeen = 0; // 0: same as lastSeen
        qint64 lastSeen = 1'800'000'000'000;
        int occurrences = 1;
        std::optional<qint64> ticketId;
        bool suppressed = false;
    };
    qint64 addAlert(const Alert &alert);

    struct Ticket
    {
        QString subject = QStringLiteral("Disk almost full");
        QString priority = QStringLiteral("Normal");
        QString status = QStringLiteral("Open");
        std::optional<qint64> assigneeId;
        std::optional<qint64> clientId;
        qint64 responseDue = 0; // 0: none
        qint64 resolutionDue = 0;
        qint64 created = 1'800'000'000'000;
    };
    qint64 addTicket(const Ticket &ticket);

    struct Job
    {
        QString kind = QStringLiteral("ProcessRmmAlert");
        QString queue = QStringLiteral("rmm-alerts");
        QString state = QStringLiteral("queued");
        int attempts = 0;
        qint64 runAt = 1'800'000'000'000;
        QString lastError;
    };
    qint64 addJob(const Job &job);

    struct Device
    {
        qint64 integrationId = 0;
        QString rmmId;
        QString name; // empty: NULL
        QString hostname;
        std::optional<qint64> clientId;
        qint64 lastSeen = 0; // 0: NULL
        bool stale = false;
    };
    qint64 addDevice(const Device &device);

private:
    TestDatabase() = default;
    static QVariant nullable(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<nestogy::Database> m_db;
    int m_serial = 0;
};

class QAbstractItemModel;

namespace modeltest {
// Calls fetchMore until the model has read everything.
void fetchAll(QAbstractItemModel &model);
// The IdRole of every row, top to bottom.
QList<qint64> ids(const QAbstractItemModel &model);
} // namespace modeltest
