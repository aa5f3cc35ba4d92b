#include "ModelTestSupport.h"

#include "../support/TestPostgres.h"
#include "PagedTableModel.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

using namespace Qt::StringLiterals;
using nestogy::Database;
using nestogy::DatabaseConfig;

std::unique_ptr<TestDatabase> TestDatabase::sqlite(QString *error)
{
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    if (!t->m_dir.isValid()) {
        *error = u"no temp dir"_s;
        return nullptr;
    }
    t->m_db = std::make_unique<Database>(DatabaseConfig::sqlite(t->m_dir.filePath(u"models.db"_s)));
    *error = t->m_db->openAndMigrate();
    return error->isEmpty() ? std::move(t) : nullptr;
}

QString TestDatabase::postgresUrl(bool *required)
{
    return TestPostgres::url(required);
}

std::unique_ptr<TestDatabase> TestDatabase::postgres(const QString &url, const QString &schema,
                                                     QString *error)
{
    const auto config = TestPostgres::freshSchema(url, schema, error);
    if (!config)
        return nullptr;
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    t->m_db = std::make_unique<Database>(*config);
    *error = t->m_db->openAndMigrate();
    return error->isEmpty() ? std::move(t) : nullptr;
}

bool TestDatabase::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning().noquote() << "test SQL failed:" << q.lastError().text() << "in" << sql;
        return false;
    }
    return true;
}

qint64 TestDatabase::insert(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(connection());
    q.prepare(sql + u" RETURNING id"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning().noquote() << "test insert failed:" << q.lastError().text() << "in" << sql;
        return 0;
    }
    return q.value(0).toLongLong();
}

QVariant TestDatabase::nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

namespace {
QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

qint64 TestDatabase::addClient(const QString &name)
{
    return insert(u"INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"_s, {name});
}

qint64 TestDatabase::addIntegration(const QString &name, const QString &provider, bool active)
{
    return insert(u"INSERT INTO integrations (uuid, provider, name, is_active, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, 0, 0)"_s,
                  {u"integration-%1"_s.arg(++m_serial), provider, name, active ? 1 : 0});
}

qint64 TestDatabase::addTechnician(const QString &name)
{
    return insert(u"INSERT INTO technicians (name, created_at, updated_at) VALUES (?, 0, 0)"_s, {name});
}

qint64 TestDatabase::addAlert(const Alert &a)
{
    const int n = ++m_serial;
    return insert(
        u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, device_name, client_id, client_name, "
        "alert_type, severity, status, message, occurrences, suppressed, first_seen, last_seen, ticket_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {u"alert-%1"_s.arg(n), a.integrationId, u"fp-%1"_s.arg(n), nullable(a.device), optionalId(a.clientId),
         nullable(a.clientName), nullable(a.type), a.severity, a.status, nullable(a.message), a.occurrences,
         a.suppressed ? 1 : 0, a.firstSeen > 0 ? a.firstSeen : a.lastSeen, a.lastSeen,
         optionalId(a.ticketId)});
}

qint64 TestDatabase::addTicket(const Ticket &t)
{
    const auto due = [](qint64 ms) {
        return ms > 0 ? QVariant(ms) : QVariant(QMetaType::fromType<qint64>());
    };
    return insert(u"INSERT INTO tickets (number, subject, priority, status, source, assignee_id, client_id, "
                  "response_due, resolution_due, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, 'test', ?, ?, ?, ?, ?, ?)"_s,
                  {1000 + ++m_serial, t.subject, t.priority, t.status, optionalId(t.assigneeId),
                   optionalId(t.clientId), due(t.responseDue), due(t.resolutionDue), t.created, t.created});
}

qint64 TestDatabase::addJob(const Job &j)
{
    return insert(
        u"INSERT INTO jobs (kind, queue, state, attempts, run_at, last_error, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {j.kind, j.queue, j.state, j.attempts, j.runAt, nullable(j.lastError), j.runAt, j.runAt});
}

qint64 TestDatabase::addDevice(const Device &d)
{
    return insert(
        u"INSERT INTO device_mappings (integration_id, rmm_device_id, client_id, device_name, hostname, "
        "last_seen, stale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)"_s,
        {d.integrationId, d.rmmId, optionalId(d.clientId), nullable(d.name), nullable(d.hostname),
         d.lastSeen > 0 ? QVariant(d.lastSeen) : QVariant(QMetaType::fromType<qint64>()), d.stale ? 1 : 0});
}

void modeltest::fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QList<qint64> modeltest::ids(const QAbstractItemModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(nestogy::PagedTableModel::IdRole).toLongLong());
    return out;
}
