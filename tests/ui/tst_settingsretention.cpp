// The Settings pane's Retention tab against a real engine, driven by keys and clicks on named widgets: the
// defaults shown before anything was saved, periods stored for every workstation, "Keep forever" as 0, and
// "Purge now" deleting an alert resolved long ago and saying so.
#include "Database.h"
#include "Engine.h"
#include "EngineFixture.h"
#include "EngineHost.h"
#include "SettingsCommands.h"
#include "SettingsStore.h"
#include "panes/SettingsPane.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestSettingsRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void defaultsShownThenSaved();
    void purgeNowDeletesAndSays();

private:
    void open(SettingsPane &pane);
    static void typeValue(QSpinBox *spin, const QString &text);
    QJsonObject stored() const;

    QTemporaryDir m_settingsDir;
    EngineFixture m_fixture;
};

void TestSettingsRetention::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"NestogyTest"_s);
    QCoreApplication::setApplicationName(u"tst_settingsretention"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(m_fixture.start(), QString());
}

void TestSettingsRetention::cleanupTestCase()
{
    m_fixture.stop();
}

void TestSettingsRetention::open(SettingsPane &pane)
{
    pane.setEngine(m_fixture.host()->engine());
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    auto *tabs = pane.findChild<QTabWidget *>(u"settingsTabs"_s);
    auto *form = pane.findChild<QWidget *>(u"settingsRetentionForm"_s);
    QVERIFY(tabs && form);
    const int index = tabs->indexOf(form);
    QVERIFY(index >= 0);
    QCOMPARE(tabs->tabText(index), u"Retention"_s);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

void TestSettingsRetention::typeValue(QSpinBox *spin, const QString &text)
{
    QVERIFY(spin);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
}

QJsonObject TestSettingsRetention::stored() const
{
    QSqlDatabase db = m_fixture.host()->engine()->database()->connection();
    return SettingsStore::read(db, u"retention"_s).value_or(QJsonObject{{u"unreadable"_s, true}});
}

void TestSettingsRetention::defaultsShownThenSaved()
{
    SettingsPane pane;
    open(pane);
    auto *alerts = pane.findChild<QSpinBox *>(u"retentionAlertsSpin"_s);
    auto *jobs = pane.findChild<QSpinBox *>(u"retentionJobsSpin"_s);
    auto *deliveries = pane.findChild<QSpinBox *>(u"retentionDeliveriesSpin"_s);
    QVERIFY(alerts && jobs && deliveries);
    QCOMPARE(alerts->value(), 180);
    QCOMPARE(jobs->value(), 30);
    QCOMPARE(deliveries->value(), 90);
    for (QSpinBox *spin : {alerts, jobs, deliveries})
        QVERIFY(!spin->accessibleName().isEmpty());
    auto *purge = pane.findChild<QPushButton *>(u"purgeNowButton"_s);
    QVERIFY(purge && purge->isEnabled());

    typeValue(alerts, u"45"_s);
    QCOMPARE(alerts->value(), 45);
    typeValue(jobs, u"0"_s); // keep forever
    QCOMPARE(jobs->value(), 0);
    QVERIFY2(!purge->isEnabled(), "Purge now must use saved periods, not edits");
    QTest::keyClick(&pane, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(stored().value(u"resolved_alert_days"_s).toInt(-1), 45);
    QCOMPARE(stored().value(u"finished_job_days"_s).toInt(-1), 0);
    QCOMPARE(stored().value(u"delivery_log_days"_s).toInt(-1), 90);
    auto *status = pane.findChild<QLabel *>(u"settingsStatus"_s);
    QTRY_VERIFY(status->text().contains(u"Retention saved"_s));
    QTRY_VERIFY(purge->isEnabled());

    // Another pane (another workstation) shows what is stored.
    SettingsPane other;
    open(other);
    QCOMPARE(other.findChild<QSpinBox *>(u"retentionAlertsSpin"_s)->value(), 45);
    QCOMPARE(other.findChild<QSpinBox *>(u"retentionJobsSpin"_s)->value(), 0);
    QCOMPARE(other.findChild<QSpinBox *>(u"retentionJobsSpin"_s)->text(), u"Keep forever"_s);
}

void TestSettingsRetention::purgeNowDeletesAndSays()
{
    const auto integration =
        m_fixture.createIntegration({{u"provider"_s, u"datto"_s}, {u"name"_s, u"Datto old"_s}});
    QVERIFY(!integration.isEmpty());
    QSqlDatabase db = m_fixture.host()->engine()->database()->connection();
    QSqlQuery q(db);
    const qint64 old = QDateTime::currentMSecsSinceEpoch() - 400LL * 24 * 3600 * 1000;
    QVERIFY(
        q.exec(u"INSERT INTO rmm_alerts (uuid, integration_id, fingerprint, severity, status, first_seen, "
               "last_seen, resolved_at) SELECT 'gui-old-alert', id, 'fp-gui-old', 'low', 'resolved', %1, "
               "%1, %1 FROM integrations WHERE uuid = '%2'"_s.arg(old)
                   .arg(integration.value(u"id"_s).toString())));

    SettingsPane pane;
    open(pane);
    auto *purge = pane.findChild<QPushButton *>(u"purgeNowButton"_s);
    QVERIFY(purge && purge->isEnabled());
    QTest::mouseClick(purge, Qt::LeftButton);
    auto *result = pane.findChild<QLabel *>(u"purgeResult"_s);
    QTRY_VERIFY2(result->text().startsWith(u"Deleted"_s), qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"1 resolved alert"_s), qPrintable(result->text()));
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM rmm_alerts WHERE uuid = 'gui-old-alert'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_MAIN(TestSettingsRetention)
#include "tst_settingsretention.moc"
