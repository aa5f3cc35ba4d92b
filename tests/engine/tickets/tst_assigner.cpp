// Auto-assignment scoring on a real database: capacity, skills, familiarity, shifts, seniority for Urgent,
// round-robin ties, and a clear reason when nobody can take the ticket.
#include "Assigner.h"
#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
// Monday 2026-12-07 10:00 UTC.
const qint64 Now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
} // namespace

class TestAssigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nobodyActive();
    void nobodyWithSpareCapacity();
    void skillMatchWins();
    void spareCapacityCounts();
    void familiarityWithClientCounts();
    void offShiftLoses();
    void seniorityOnlyForUrgent();
    void tiesGoRoundRobin();
    void onShift_data();
    void onShift();

private:
    qint64 addTechnician(const QString &name, const QString &skills, int capacity, int seniority = 1,
                         const QString &hours = u"{}"_s, bool active = true);
    void addTicket(qint64 assignee, const QString &status, qint64 clientId = 0, qint64 createdMs = Now);
    QSqlDatabase db() { return m_db->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_number = 1000;
};

void TestAssigner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"a.db"_s)));
    QCOMPARE(m_db->openAndMigrate(), QString());
    QSqlQuery q(db());
    QVERIFY(q.exec(u"INSERT INTO clients (id, name, created_at, updated_at) VALUES (7, 'Acme', 0, 0)"_s));
}

void TestAssigner::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestAssigner::addTechnician(const QString &name, const QString &skills, int capacity, int seniority,
                                   const QString &hours, bool active)
{
    QSqlQuery q(db());
    q.prepare(
        u"INSERT INTO technicians (name, skills, capacity, seniority, working_hours, active, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)"_s);
    q.addBindValue(name);
    q.addBindValue(skills);
    q.addBindValue(capacity);
    q.addBindValue(seniority);
    q.addBindValue(hours);
    q.addBindValue(active ? 1 : 0);
    if (!q.exec())
        qFatal("insert technician failed");
    return q.lastInsertId().toLongLong();
}

void TestAssigner::addTicket(qint64 assignee, const QString &status, qint64 clientId, qint64 createdMs)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO tickets (number, subject, priority, status, source, assignee_id, client_id, "
              u"created_at, "
              "updated_at) VALUES (?, 's', 'Normal', ?, 'test', ?, ?, ?, ?)"_s);
    q.addBindValue(++m_number);
    q.addBindValue(status);
    q.addBindValue(assignee);
    q.addBindValue(clientId > 0 ? QVariant(clientId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(createdMs);
    q.addBindValue(createdMs);
    if (!q.exec())
        qFatal("insert ticket failed");
}

void TestAssigner::nobodyActive()
{
    addTechnician(u"Gone"_s, u"[]"_s, 5, 1, u"{}"_s, false);
    QSqlDatabase d = db();
    const auto c = Assigner::choose(d, {7, u"Disk"_s, {}, u"Normal"_s, Now});
    QVERIFY(!c.technicianId);
    QCOMPARE(c.reason, u"left unassigned: no active technician"_s);
}

void TestAssigner::nobodyWithSpareCapacity()
{
    const qint64 full = addTechnician(u"Full"_s, u"[]"_s, 1);
    addTicket(full, u"Open"_s);
    addTicket(full, u"Resolved"_s); // closed tickets do not count against capacity
    QSqlDatabase d = db();
    const auto c = Assigner::choose(d, {7, u"Disk"_s, {}, u"Normal"_s, Now});
    QVERIFY(!c.technicianId);
    QVERIFY(c.reason.contains(u"spare capacity"_s));
}

void TestAssigner::skillMatchWins()
{
    addTechnician(u"Sam"_s, u"[]"_s, 6);
    const qint64 dana = addTechnician(u"Dana"_s, u"[\"backup\"]"_s, 6);
    QSqlDatabase d = db();
    const auto c = Assigner::choose(d, {7, u"Backup failed"_s, {}, u"Normal"_s, Now});
    QCOMPARE(c.technicianId, std::optional<qint64>(dana));
    QVERIFY2(c.reason.startsWith(u"assigned to Dana"_s), qPrintable(c.reason));
    QVERIFY2(c.reason.contains(u"skill 'backup' matched"_s), qPrintable(c.reason));
    QVERIFY2(c.reason.contains(u"spare capacity 6 of 6"_s), qPrintable(c.reason));
}

void TestAssigner::spareCapacityCounts()
{
    const qint64 busy = addTechnician(u"Busy"_s, u"[]"_s, 10);
    const qint64 free = addTechnician(u"Free"_s, u"[]"_s, 10);
    for (int i = 0; i < 8; ++i)
        addTicket(busy, u"In Progress"_s);
    QSqlDatabase d = db();
    QCOMPARE(Assigner::choose(d, {7, u"Disk"_s, {}, u"Normal"_s, Now}).technicianId,
             std::optional<qint64>(free));
}

void TestAssigner::familiarityWithClientCounts()
{
    const qint64 known = addTechnician(u"Known"_s, u"[]"_s, 10);
    const qint64 other = addTechnician(u"Other"_s, u"[]"_s, 12); // more spare capacity (+4) than Known
    for (int i = 0; i < 3; ++i)
        addTicket(known, u"Closed"_s, 7, Now - 10LL * 24 * 3600 * 1000);
    addTicket(other, u"Closed"_s, 7, Now - 120LL * 24 * 3600 * 1000); // older than 90 days: does not count
    QSqlDatabase d = db();
    const auto c = Assigner::choose(d, {7, u"Disk"_s, {}, u"Normal"_s, Now});
    QCOMPARE(c.technicianId, std::optional<qint64>(known));
    QVERIFY2(c.reason.contains(u"3 ticket(s) for this client"_s), qPrintable(c.reason));
}

void TestAssigner::offShiftLoses()
{
    addTechnician(u"Night"_s, u"[]"_s, 10, 1, uR"({"mon":"20:00-23:59"})"_s);
    const qint64 day = addTechnician(u"Day"_s, u"[]"_s, 10, 1, uR"({"mon":"08:00-17:00"})"_s);
    QSqlDatabase d = db();
    const auto c = Assigner::choose(d, {7, u"Disk"_s, {}, u"Normal"_s, Now});
    QCOMPARE(c.technicianId, std::optional<qint64>(day));
    QVERIFY(c.reason.contains(u"on shift"_s));
}

void TestAssigner::seniorityOnlyForUrgent()
{
    const qint64 junior = addTechnician(u"Junior"_s, u"[]"_s, 10, 1);
    const qint64 senior = addTechnician(u"Senior"_s, u"[]"_s, 10, 5);
    addTicket(junior, u"Closed"_s); // Junior was assigned more recently than Senior (never)
    QSqlDatabase d = db();
    QCOMPARE(Assigner::choose(d, {7, u"Disk"_s, {}, u"Urgent"_s, Now}).technicianId,
             std::optional<qint64>(senior));
    // For Normal they tie, and round-robin picks whoever waited longest: Senior, never assigned.
    addTicket(senior, u"Closed"_s);
    QCOMPARE(Assigner::choose(d, {7, u"Disk"_s, {}, u"Normal"_s, Now}).technicianId,
             std::optional<qint64>(junior));
}

void TestAssigner::tiesGoRoundRobin()
{
    const qint64 a = addTechnician(u"A"_s, u"[]"_s, 10);
    const qint64 b = addTechnician(u"B"_s, u"[]"_s, 10);
    QSqlDatabase d = db();
    const auto first = Assigner::choose(d, {std::nullopt, u"Disk"_s, {}, u"Normal"_s, Now}).technicianId;
    QVERIFY(first == a || first == b);
    addTicket(*first, u"Closed"_s);
    const auto second = Assigner::choose(d, {std::nullopt, u"Disk"_s, {}, u"Normal"_s, Now}).technicianId;
    QVERIFY(second && *second != *first);
}

void TestAssigner::onShift_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<bool>("expected");
    QTest::newRow("no hours: always") << u"{}"_s << QString() << true;
    QTest::newRow("inside") << uR"({"mon":"09:00-17:00"})"_s << QString() << true;
    QTest::newRow("before") << uR"({"mon":"11:00-17:00"})"_s << QString() << false;
    QTest::newRow("day off") << uR"({"tue":"09:00-17:00"})"_s << QString() << false;
    // 10:00 UTC is 11:00 in Berlin (CET) and 02:00 in Los Angeles.
    QTest::newRow("berlin") << uR"({"mon":"10:30-12:00"})"_s << u"Europe/Berlin"_s << true;
    QTest::newRow("los angeles") << uR"({"mon":"08:00-17:00"})"_s << u"America/Los_Angeles"_s << false;
}

void TestAssigner::onShift()
{
    QFETCH(QString, hours);
    QFETCH(QString, timezone);
    QFETCH(bool, expected);
    QCOMPARE(Assigner::onShift(hours, timezone, Now), expected);
}

QTEST_GUILESS_MAIN(TestAssigner)
#include "tst_assigner.moc"
