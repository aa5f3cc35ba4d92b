// The dashboard pane offscreen on a seeded database and a ManualClock: the severity tiles, the hourly chart,
// the SLA list with its countdowns and breaches, integration health and noisy devices show the right figures;
// it refreshes on engine changes (coalesced), on its countdown timer, and catches up when shown again.
#include "ChangeNotifier.h"
#include "Clock.h"
#include "Database.h"
#include "panes/DashboardPane.h"
#include "widgets/AlertsPerHourChart.h"
#include "widgets/SeverityTile.h"
#include "widgets/SlaRiskList.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nestogy;

namespace {
constexpr qint64 Min = 60'000;
constexpr qint64 Hour = 60 * Min;
} // namespace

class TestDashboardPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutSourcesShowsEmptyState();
    void showsTheFigures();
    void refreshesOnChangesAtMostOncePerInterval();
    void countdownTimerMovesTheSla();
    void hiddenPaneCatchesUpWhenShown();
    void unreadableDatabaseSaysSo();

private:
    qint64 now() const { return m_clock.nowMs(); }
    qint64 insert(const QString &sql, const QVariantList &binds);
    qint64 addAlert(qint64 integration, const QString &device, const QString &severity, const QString &status,
                    qint64 firstAgo, qint64 lastAgo, int occurrences);
    void seed();
    // A pane on the seeded database, shown, after its first read.
    std::unique_ptr<DashboardPane> openPane();
    template<typename T>
    static T *child(const QWidget &parent, const QString &name)
    {
        auto *found = parent.findChild<T *>(name);
        if (!found)
            qWarning("no child named %s", qPrintable(name));
        return found;
    }
    static QString tileText(const DashboardPane &pane, const QString &tile, const QString &label)
    {
        auto *t = child<SeverityTile>(pane, tile);
        return t ? child<QLabel>(*t, label)->text() : QString();
    }

    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(12, 30), QTimeZone::utc())};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_changes;
    qint64 m_alpha = 0;
    int m_alerts = 0;
};

void TestDashboardPane::init()
{
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(12, 30), QTimeZone::utc()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"dash.db"_s)));
    const QString error = m_db->openAndMigrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_changes = std::make_unique<ChangeNotifier>();
    m_alerts = 0;
    seed();
}

void TestDashboardPane::cleanup()
{
    m_changes.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestDashboardPane::insert(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << "seeding failed:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 TestDashboardPane::addAlert(qint64 integration, const QString &device, const QString &severity,
                                   const QString &status, qint64 firstAgo, qint64 lastAgo, int occurrences)
{
    const int n = ++m_alerts;
    return insert(
        u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, device_id, device_name, severity, "
        "status, occurrences, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {u"a-%1"_s.arg(n), integration, u"fp-%1"_s.arg(n), device, device.toUpper(), severity, status,
         occurrences, now() - firstAgo, now() - lastAgo});
}

void TestDashboardPane::seed()
{
    const auto integration = [&](const QString &name, bool active) {
        return insert(
            u"INSERT INTO integrations (uuid, provider, name, is_active, created_at, updated_at) VALUES "
            "(?, 'generic', ?, ?, ?, ?)"_s,
            {QString(name + u"-uuid"_s), name, active ? 1 : 0, now(), now()});
    };
    m_alpha = integration(u"Alpha"_s, true);
    const qint64 beta = integration(u"Beta"_s, false);
    addAlert(m_alpha, u"srv-1"_s, u"urgent"_s, u"open"_s, 10 * Min, Min, 4);
    addAlert(m_alpha, u"srv-1"_s, u"urgent"_s, u"acknowledged"_s, 2 * Hour, 2 * Hour, 2);
    addAlert(m_alpha, u"srv-2"_s, u"high"_s, u"open"_s, 3 * Hour, 3 * Hour, 1);
    addAlert(beta, u"ws-1"_s, u"low"_s, u"resolved"_s, 30 * Min, 30 * Min, 9);
    QCOMPARE(m_alerts, 4);
    const auto ticket = [&](int n, const QString &priority, const QString &status,
                            const QVariant &responseDue, const QVariant &resolutionDue, bool responded) {
        return insert(
            u"INSERT INTO tickets (number, subject, priority, status, source, response_due, resolution_due, "
            "first_response_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'RMM Integration', ?, ?, ?, "
            "?, ?)"_s,
            {1000 + n, u"ticket %1"_s.arg(n), priority, status, responseDue, resolutionDue,
             responded ? QVariant(now() - Min) : QVariant(QMetaType::fromType<qint64>()), now() - Hour,
             now() - Hour});
    };
    const QVariant none(QMetaType::fromType<qint64>());
    QVERIFY(ticket(1, u"Urgent"_s, u"Open"_s, now() - 5 * Min, now() + 3 * Hour, false));
    QVERIFY(ticket(2, u"High"_s, u"Open"_s, none, now() + 30 * Min, false));
    QVERIFY(ticket(3, u"Normal"_s, u"In Progress"_s, now() - Hour, now() + 5 * Hour, true));
    QVERIFY(ticket(4, u"Low"_s, u"Closed"_s, now() - Hour, now() - Min, false));
}

std::unique_ptr<DashboardPane> TestDashboardPane::openPane()
{
    auto pane = std::make_unique<DashboardPane>();
    pane->resize(1200, 800);
    QSignalSpy refreshed(pane.get(), &DashboardPane::refreshed);
    pane->setSources(m_db.get(), m_changes.get(), &m_clock);
    pane->show();
    if (!refreshed.wait(5000))
        qWarning("the dashboard did not read its figures");
    return pane;
}

void TestDashboardPane::withoutSourcesShowsEmptyState()
{
    DashboardPane pane;
    pane.show();
    QVERIFY(child<QLabel>(pane, u"emptyState"_s)->isVisible());
    QVERIFY(!child<QWidget>(pane, u"dashboardContent"_s)->isVisible());
}

void TestDashboardPane::showsTheFigures()
{
    const auto pane = openPane();
    QVERIFY(!child<QLabel>(*pane, u"emptyState"_s)->isVisible());
    QVERIFY(child<QWidget>(*pane, u"dashboardContent"_s)->isVisible());
    QVERIFY(!child<QLabel>(*pane, u"dashboardError"_s)->isVisible());

    // Tiles: unresolved alerts per severity, and how many of them are acknowledged.
    QCOMPARE(tileText(*pane, u"severityTileUrgent"_s, u"count"_s), u"2"_s);
    QCOMPARE(tileText(*pane, u"severityTileUrgent"_s, u"detail"_s), u"1 acknowledged"_s);
    QCOMPARE(tileText(*pane, u"severityTileHigh"_s, u"count"_s), u"1"_s);
    QCOMPARE(tileText(*pane, u"severityTileNormal"_s, u"count"_s), u"0"_s);
    QCOMPARE(tileText(*pane, u"severityTileLow"_s, u"count"_s), u"0"_s); // resolved alerts do not count
    auto *urgent = child<SeverityTile>(*pane, u"severityTileUrgent"_s);
    QCOMPARE(urgent->accessibleName(), u"Urgent alerts"_s);
    QCOMPARE(urgent->accessibleDescription(), u"2 unresolved, 1 of them acknowledged"_s);

    // New alerts per hour: 09:30, 10:30, 12:00 and 12:20 today.
    auto *chart = child<AlertsPerHourChart>(*pane, u"alertsPerHourChart"_s);
    QList<int> hourly(24, 0);
    hourly[20] = 1;
    hourly[21] = 1;
    hourly[23] = 2;
    QCOMPARE(chart->counts(), hourly);
    QVERIFY2(chart->accessibleDescription().startsWith(u"4 new alerts in the last 24 hours"_s),
             qPrintable(chart->accessibleDescription()));
    QVERIFY(!chart->grab().isNull()); // paints without a chart library

    // SLA: soonest first, the breach in red and in words.
    QCOMPARE(child<QLabel>(*pane, u"slaSummary"_s)->text(),
             u"3 open tickets with a running SLA target, 1 breached"_s);
    auto *sla = child<SlaRiskList>(*pane, u"slaRiskList"_s);
    QCOMPARE(sla->topLevelItemCount(), 3);
    const QTreeWidgetItem *first = sla->topLevelItem(0);
    QCOMPARE(first->text(SlaRiskList::NumberColumn), u"#1001"_s);
    QCOMPARE(first->text(SlaRiskList::TargetColumn), u"Response"_s);
    QCOMPARE(first->text(SlaRiskList::DueColumn), u"breached 5 min ago"_s);
    QCOMPARE(first->foreground(SlaRiskList::DueColumn).color(), sla->breachedColor());
    const QTreeWidgetItem *second = sla->topLevelItem(1);
    QCOMPARE(second->text(SlaRiskList::NumberColumn), u"#1002"_s);
    QCOMPARE(second->text(SlaRiskList::DueColumn), u"in 30 min"_s);
    QVERIFY(second->foreground(SlaRiskList::DueColumn).color() != sla->breachedColor());
    QCOMPARE(sla->topLevelItem(2)->text(SlaRiskList::DueColumn), u"in 5 h"_s);
    QCOMPARE(sla->topLevelItem(2)->text(SlaRiskList::TargetColumn), u"Resolution"_s);

    // Integration health.
    auto *health = child<QTreeWidget>(*pane, u"integrationHealthList"_s);
    QCOMPARE(health->topLevelItemCount(), 2);
    QCOMPARE(health->topLevelItem(0)->text(0), u"Alpha"_s);
    QCOMPARE(health->topLevelItem(0)->text(1), u"1 min ago"_s);
    QCOMPARE(health->topLevelItem(0)->text(2), u"3"_s);
    QCOMPARE(health->topLevelItem(0)->text(3), u"no calls"_s);
    QCOMPARE(health->topLevelItem(0)->text(5), u"never"_s);
    QCOMPARE(health->topLevelItem(1)->text(0), u"Beta (inactive)"_s);
    QCOMPARE(health->topLevelItem(1)->text(1), u"30 min ago"_s);

    // Noisy devices: by occurrences in the last day, resolved alerts included.
    auto *noisy = child<QTreeWidget>(*pane, u"noisyDevicesList"_s);
    QCOMPARE(noisy->topLevelItemCount(), 3);
    QCOMPARE(noisy->topLevelItem(0)->text(0), u"WS-1"_s);
    QCOMPARE(noisy->topLevelItem(0)->text(3), u"9"_s);
    QCOMPARE(noisy->topLevelItem(1)->text(0), u"SRV-1"_s);
    QCOMPARE(noisy->topLevelItem(1)->text(3), u"6"_s);
    QCOMPARE(noisy->topLevelItem(1)->text(4), u"2"_s);
}

void TestDashboardPane::refreshesOnChangesAtMostOncePerInterval()
{
    const auto pane = openPane();
    constexpr int IntervalMs = 500;
    pane->setIntervals(IntervalMs, 60'000);
    QList<qint64> refreshedAt;
    QElapsedTimer clock;
    clock.start();
    connect(pane.get(), &DashboardPane::refreshed, this, [&] { refreshedAt.append(clock.elapsed()); });

    const qint64 id = addAlert(m_alpha, u"srv-3"_s, u"urgent"_s, u"open"_s, Min, Min, 1);
    // A steady stream of changes for 1.6 s: signals every ~150 ms.
    while (clock.elapsed() < 1600) {
        m_changes->notify(ChangeNotifier::Topic::Alerts, id);
        QTest::qWait(50);
    }
    QTRY_COMPARE_WITH_TIMEOUT(tileText(*pane, u"severityTileUrgent"_s, u"count"_s), u"3"_s, 3000);
    QTest::qWait(IntervalMs + 200); // the last change's refresh
    QVERIFY2(refreshedAt.size() >= 2 && refreshedAt.size() <= 5,
             qPrintable(QString::number(refreshedAt.size())));
    for (qsizetype i = 1; i < refreshedAt.size(); ++i)
        QVERIFY2(refreshedAt.at(i) - refreshedAt.at(i - 1) >=
                     IntervalMs * 9 / 10, // coarse timers may fire 5 % early
                 qPrintable(u"refreshes %1 ms apart"_s.arg(refreshedAt.at(i) - refreshedAt.at(i - 1))));
}

void TestDashboardPane::countdownTimerMovesTheSla()
{
    const auto pane = openPane();
    pane->setIntervals(DashboardPane::MinRefreshMs, 100);
    m_clock.advance(31 * Min); // no change notification: only the clock moved
    auto *sla = child<SlaRiskList>(*pane, u"slaRiskList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sla->topLevelItem(1)->text(SlaRiskList::DueColumn), u"breached 1 min ago"_s,
                              3000);
    QCOMPARE(sla->topLevelItem(0)->text(SlaRiskList::DueColumn), u"breached 36 min ago"_s);
    QCOMPARE(sla->topLevelItem(1)->foreground(SlaRiskList::DueColumn).color(), sla->breachedColor());
    QCOMPARE(child<QLabel>(*pane, u"slaSummary"_s)->text(),
             u"3 open tickets with a running SLA target, 2 breached"_s);
}

void TestDashboardPane::hiddenPaneCatchesUpWhenShown()
{
    const auto pane = openPane();
    pane->setIntervals(100, 60'000);
    pane->hide();
    QSignalSpy refreshed(pane.get(), &DashboardPane::refreshed);
    const qint64 id = addAlert(m_alpha, u"srv-4"_s, u"high"_s, u"open"_s, Min, Min, 1);
    m_changes->notify(ChangeNotifier::Topic::Alerts, id);
    QTest::qWait(ChangeNotifier::BatchMs + 400);
    QCOMPARE(refreshed.count(), 0); // nobody looks: no reads
    pane->show();
    QVERIFY(refreshed.wait(3000));
    QCOMPARE(tileText(*pane, u"severityTileHigh"_s, u"count"_s), u"2"_s);
}

void TestDashboardPane::unreadableDatabaseSaysSo()
{
    Database missing(DatabaseConfig::sqlite(m_dir->filePath(u"no/such/dir/x.db"_s)));
    DashboardPane pane;
    QSignalSpy refreshed(&pane, &DashboardPane::refreshed);
    pane.setSources(&missing, nullptr, &m_clock);
    pane.show();
    QVERIFY(refreshed.wait(3000));
    auto *error = child<QLabel>(pane, u"dashboardError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"The dashboard could not be read from the database: "_s),
             qPrintable(error->text()));
}

QTEST_MAIN(TestDashboardPane)
#include "tst_dashboardpane.moc"
