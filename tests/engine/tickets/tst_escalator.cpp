// SLA escalation driven by explicit times (no waiting): warnings at 75 %, breaches at 100 % raise the
// priority and hand an unanswered ticket to a senior technician, each step once, each written down.
#include "Database.h"
#include "Escalator.h"
#include "SettingsStore.h"
#include "SlaPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'800'000'000'000;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
} // namespace

class TestEscalator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void raisedPriority_data();
    void raisedPriority();
    void responseWarningThenBreach();
    void respondedTicketOnlyWatchesResolution();
    void closedTicketsAreLeftAlone();
    void breachQueuesOneMailForTheManagers();
    void inactivityNotedOncePerQuietSpell();
    void businessHoursPauseTheClockOverTheWeekend();

private:
    qint64 addTicket(const QString &priority, qint64 responseDue, qint64 resolutionDue, qint64 assignee,
                     const QString &status = u"Open"_s, bool responded = false);
    QString field(qint64 id, const QString &column);
    QStringList events(qint64 id);
    int check(qint64 now);
    void setSla(const QByteArray &json);
    int jobs(const QString &kind, const QString &reason);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_junior = 0;
    qint64 m_senior = 0;
    int m_number = 1;
};

void TestEscalator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"e.db"_s)));
    QCOMPARE(m_db->openAndMigrate(), QString());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO technicians (name, capacity, seniority, created_at, updated_at) "
                   "VALUES ('Junior', 10, 1, 0, 0)"_s));
    m_junior = q.lastInsertId().toLongLong();
    QVERIFY(q.exec(u"INSERT INTO technicians (name, capacity, seniority, created_at, updated_at) "
                   "VALUES ('Senior', 10, 5, 0, 0)"_s));
    m_senior = q.lastInsertId().toLongLong();
    // Inactivity has its own test; elsewhere it would add steps the step counts do not expect.
    setSla(R"({"targets": {"Urgent": {"inactivity_minutes": 525600}, "High": {"inactivity_minutes": 525600},
               "Normal": {"inactivity_minutes": 525600}, "Low": {"inactivity_minutes": 525600}}})");
}

void TestEscalator::setSla(const QByteArray &json)
{
    QSqlDatabase db = m_db->connection();
    QVERIFY(SettingsStore::write(db, u"sla"_s, QJsonDocument::fromJson(json).object()));
}

int TestEscalator::jobs(const QString &kind, const QString &reason)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT payload FROM jobs WHERE kind = ?"_s);
    q.addBindValue(kind);
    q.exec();
    int n = 0;
    while (q.next())
        n += QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(u"reason"_s).toString() ==
             reason;
    return n;
}

void TestEscalator::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestEscalator::addTicket(const QString &priority, qint64 responseDue, qint64 resolutionDue,
                                qint64 assignee, const QString &status, bool responded)
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        u"INSERT INTO tickets (number, subject, priority, status, source, assignee_id, response_due, "
        "resolution_due, first_response_at, created_at, updated_at) VALUES (?, 's', ?, ?, 'test', ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(++m_number);
    q.addBindValue(priority);
    q.addBindValue(status);
    q.addBindValue(assignee);
    q.addBindValue(responseDue);
    q.addBindValue(resolutionDue);
    q.addBindValue(responded ? QVariant(T0 + Minute) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(T0);
    q.addBindValue(T0);
    if (!q.exec())
        qFatal("insert failed");
    return q.lastInsertId().toLongLong();
}

QString TestEscalator::field(qint64 id, const QString &column)
{
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT %1 FROM tickets WHERE id = %2"_s.arg(column).arg(id));
    return q.next() ? q.value(0).toString() : QString();
}

QStringList TestEscalator::events(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT kind FROM ticket_events WHERE ticket_id = %1 ORDER BY id"_s.arg(id));
    QStringList kinds;
    while (q.next())
        kinds << q.value(0).toString();
    return kinds;
}

int TestEscalator::check(qint64 now)
{
    QSqlDatabase db = m_db->connection();
    const WriteResult r = Escalator::check(db, now);
    return r.ok() ? r.value.toInt() : -1;
}

void TestEscalator::raisedPriority_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("low") << u"Low"_s << u"Normal"_s;
    QTest::newRow("normal") << u"Normal"_s << u"High"_s;
    QTest::newRow("high") << u"High"_s << u"Urgent"_s;
    QTest::newRow("urgent stays") << u"Urgent"_s << u"Urgent"_s;
}

void TestEscalator::raisedPriority()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QCOMPARE(Escalator::raisedPriority(from), to);
}

void TestEscalator::responseWarningThenBreach()
{
    // Normal: respond within 4 h, resolve within 24 h.
    const qint64 id = addTicket(u"Normal"_s, T0 + 4 * Hour, T0 + 24 * Hour, m_junior);
    QCOMPARE(check(T0 + 2 * Hour), 0);          // 50 %
    QCOMPARE(check(T0 + 3 * Hour + Minute), 1); // past 75 %: warning
    QCOMPARE(events(id), QStringList{u"sla_response_warning"_s});
    QCOMPARE(check(T0 + 3 * Hour + 2 * Minute), 0); // once per level
    QCOMPARE(check(T0 + 4 * Hour), 1);              // 100 %: breach
    QCOMPARE(field(id, u"priority"_s), u"High"_s);
    QCOMPARE(field(id, u"assignee_id"_s).toLongLong(), m_senior); // the assignee never answered
    QCOMPARE(check(T0 + 5 * Hour), 0);
    QCOMPARE(check(T0 + 18 * Hour), 1); // 75 % of the resolution time
    QCOMPARE(check(T0 + 24 * Hour), 1); // resolution breach: one more step up
    QCOMPARE(field(id, u"priority"_s), u"Urgent"_s);
    QCOMPARE(events(id), (QStringList{u"sla_response_warning"_s, u"sla_response_breach"_s,
                                      u"sla_resolution_warning"_s, u"sla_resolution_breach"_s}));
    QCOMPARE(check(T0 + 48 * Hour), 0);
}

void TestEscalator::respondedTicketOnlyWatchesResolution()
{
    const qint64 id = addTicket(u"High"_s, T0 + Hour, T0 + 8 * Hour, m_junior, u"In Progress"_s, true);
    QCOMPARE(check(T0 + 2 * Hour), 0); // response time passed, but someone responded
    QCOMPARE(check(T0 + 8 * Hour), 2); // resolution warning and breach at once
    QCOMPARE(field(id, u"priority"_s), u"Urgent"_s);
    QCOMPARE(field(id, u"assignee_id"_s).toLongLong(), m_junior); // not taken away from who is working on it
}

void TestEscalator::closedTicketsAreLeftAlone()
{
    const qint64 id = addTicket(u"Low"_s, T0 + Hour, T0 + 2 * Hour, m_junior, u"Resolved"_s);
    QCOMPARE(check(T0 + 10 * Hour), 0);
    QVERIFY(events(id).isEmpty());
}

void TestEscalator::breachQueuesOneMailForTheManagers()
{
    const qint64 id = addTicket(u"High"_s, T0 + Hour, T0 + 8 * Hour, m_junior);
    QCOMPARE(check(T0 + Hour), 2); // warning and breach at once
    QCOMPARE(jobs(u"NotifyTechnicians"_s, u"sla_response_breach"_s), 1);
    QCOMPARE(jobs(u"NotifyTechnicians"_s, u"sla_response_warning"_s), 0); // warnings are events only
    QCOMPARE(check(T0 + 2 * Hour), 0);
    QCOMPARE(jobs(u"NotifyTechnicians"_s, u"sla_response_breach"_s), 1);
    QCOMPARE(check(T0 + 8 * Hour), 2);
    QCOMPARE(jobs(u"NotifyTechnicians"_s, u"sla_resolution_breach"_s), 1);
    QVERIFY(events(id).contains(u"sla_resolution_breach"_s));
}

void TestEscalator::inactivityNotedOncePerQuietSpell()
{
    setSla("{}"); // the defaults: Normal tickets must be worked on every 8 h
    const qint64 id =
        addTicket(u"Normal"_s, T0 + 4 * Hour, T0 + 240 * Hour, m_junior, u"In Progress"_s, true);
    const auto inactivity = [&] { return events(id).count(u"sla_inactivity"_s); };
    check(T0 + 7 * Hour);
    QCOMPARE(inactivity(), 0);
    check(T0 + Minute + 8 * Hour); // 8 h after the first response
    QCOMPARE(inactivity(), 1);
    QCOMPARE(jobs(u"NotifyTechnicians"_s, u"sla_inactivity"_s), 1);
    check(T0 + 12 * Hour);
    QCOMPARE(inactivity(), 1); // the same quiet spell
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO ticket_events (ticket_id, kind, actor, message, data, created_at) "
                   "VALUES (%1, 'note', 'dana', 'looking', '{}', %2)"_s.arg(id)
                       .arg(T0 + 13 * Hour)));
    check(T0 + 20 * Hour);
    QCOMPARE(inactivity(), 1); // someone worked on it 7 h ago
    check(T0 + 21 * Hour);
    QCOMPARE(inactivity(), 2); // a new quiet spell
}

void TestEscalator::businessHoursPauseTheClockOverTheWeekend()
{
    // T0 is Friday 2027-01-15 08:00 UTC. Office hours Monday to Friday 08:00-17:00 UTC.
    setSla(R"({"business_hours": {"timezone": "UTC", "hours": {"mon": "08:00-17:00", "tue": "08:00-17:00",
               "wed": "08:00-17:00", "thu": "08:00-17:00", "fri": "08:00-17:00"}},
               "targets": {"Normal": {"inactivity_minutes": 525600}}})");
    QSqlDatabase db = m_db->connection();
    const SlaPolicy policy = SlaPolicy::load(db);
    const qint64 created = T0 + 7 * Hour; // Friday 15:00
    const qint64 due = policy.dueAt(u"Normal"_s, created, 4 * Hour);
    const qint64 monday = T0 + 72 * Hour; // Monday 08:00
    QCOMPARE(due, monday + 2 * Hour);     // two hours on Friday, two on Monday
    QSqlQuery q(db);
    QVERIFY(
        q.exec(u"INSERT INTO tickets (number, subject, priority, status, source, assignee_id, response_due, "
               "resolution_due, created_at, updated_at) VALUES (999, 's', 'Normal', 'Open', 'test', %1, %2, "
               "%3, %4, %4)"_s.arg(m_junior)
                   .arg(due)
                   .arg(policy.dueAt(u"Normal"_s, created, 24 * Hour))
                   .arg(created)));
    const qint64 id = q.lastInsertId().toLongLong();
    check(T0 + 28 * Hour); // Saturday noon: 21 wall-clock hours, but only 2 business hours (50 %)
    QVERIFY(events(id).isEmpty());
    check(monday + 59 * Minute); // 2 h 59 min of business time: under 75 %
    QVERIFY(events(id).isEmpty());
    check(monday + Hour); // 3 h: 75 %
    QCOMPARE(events(id), QStringList{u"sla_response_warning"_s});
    check(monday + 2 * Hour);
    QCOMPARE(events(id), (QStringList{u"sla_response_warning"_s, u"sla_response_breach"_s}));
}

QTEST_GUILESS_MAIN(TestEscalator)
#include "tst_escalator.moc"
