// The Jobs pane offscreen against a real engine: chat posts to a closed port fail for real and become dead
// letters, listed under the "Gave up" filter with their error and payload; Retry from the keyboard (after the
// integration points at a live endpoint) runs the job again to done, Discard asks first and deletes; the
// outbound delivery log lists the refused posts and the delivered one, newest first.
#include "EngineFixture.h"
#include "EngineHost.h"
#include "HttpServer.h"
#include "JobTableModel.h"
#include "OutboundDeliveryTableModel.h"
#include "panes/JobsPane.h"
#include "widgets/OutboundDeliveryLog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestJobsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deadLettersAreRetriedAndDiscarded();

private:
    template<typename T>
    T *child(const QString &name) const;
    QJsonArray chatJobs(const QString &state);
    // Test seam: jobs enqueued by the pipeline get three attempts 30 and 60 s apart whatever
    // NESTOGY_RMM_RETRY_ATTEMPTS says; this makes the chat jobs waiting for a retry due now with it as their
    // last attempt, so the engine's own failure path dead-letters them in seconds.
    void useUpAttempts();
    void postAlert(const QString &alertId);
    void select(QTableView *table, qint64 id);
    static void chooseByKeyboard(QComboBox *combo, const QString &text);

    QTemporaryDir m_settingsDir;
    HttpServer m_hooks;
    int m_received = 0;
    EngineFixture m_engine;
    QString m_integration;
    std::unique_ptr<JobsPane> m_pane;
};

template<typename T>
T *TestJobsPane::child(const QString &name) const
{
    auto *found = m_pane->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

void TestJobsPane::initTestCase()
{
    QCoreApplication::setOrganizationName(u"nestogy-tests"_s);
    QCoreApplication::setApplicationName(u"tst_jobspane"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());

    m_hooks.router().add("POST", u"/hook"_s, [this](const HttpRequest &, const HttpResponder &resp) {
        ++m_received;
        resp.send(200, "ok", "text/plain");
    });
    QCOMPARE(m_hooks.listen(QHostAddress::LocalHost, 0), QString());
    // A port nobody listens on: the chat post is refused at once.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }

    QVERIFY(m_engine.start().isEmpty());
    m_integration =
        m_engine
            .createIntegration({{u"name"_s, u"chat"_s},
                                {u"provider"_s, u"generic"_s},
                                {u"settings"_s, QJsonObject{{u"notify_webhook_url"_s,
                                                             u"http://127.0.0.1:%1/hook"_s.arg(closedPort)}}},
                                {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
            .value(u"id")
            .toString();
    QVERIFY(!m_integration.isEmpty());
}

void TestJobsPane::cleanupTestCase()
{
    if (m_pane)
        m_pane->setEngine(nullptr);
    m_pane.reset();
    m_engine.stop();
}

QJsonArray TestJobsPane::chatJobs(const QString &state)
{
    return m_engine.api()
        .get(u"/api/jobs?kind=NotifyChatWebhook&state="_s + state)
        .json.value(u"items")
        .toArray();
}

void TestJobsPane::useUpAttempts()
{
    const QString name = u"tst_jobspane_seam"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"UPDATE jobs SET max_attempts = attempts + 1, run_at = 0 "
                        "WHERE kind = 'NotifyChatWebhook' AND state = 'failed'"_s),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 2);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestJobsPane::postAlert(const QString &alertId)
{
    ApiClient anonymous(m_engine.baseUrl());
    const auto r = anonymous.request("POST", u"/api/webhooks/generic/"_s + m_integration,
                                     QJsonDocument(QJsonObject{{u"alert_id"_s, alertId},
                                                               {u"device_id"_s, QString(u"fw-"_s + alertId)},
                                                               {u"alert_type"_s, u"VPN"_s},
                                                               {u"message"_s, u"tunnel down"_s},
                                                               {u"severity"_s, u"warning"_s}})
                                         .toJson(QJsonDocument::Compact));
    QCOMPARE(r.status, 202);
}

void TestJobsPane::select(QTableView *table, qint64 id)
{
    auto *model = qobject_cast<JobTableModel *>(table->model());
    QVERIFY(model);
    const int row = model->rowOfId(id);
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row, JobTableModel::KindColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(m_pane->currentJobId(), id);
}

void TestJobsPane::chooseByKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void TestJobsPane::deadLettersAreRetriedAndDiscarded()
{
    m_pane = std::make_unique<JobsPane>();
    m_pane->resize(1400, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QVERIFY(!child<QTabWidget>(u"jobsTabs"_s)->isVisible());
    m_pane->setEngine(m_engine.host()->engine());
    QVERIFY(child<QTabWidget>(u"jobsTabs"_s)->isVisible());

    postAlert(u"d1"_s);
    postAlert(u"d2"_s);
    // Each post is refused; the job waits 30 s for its next attempt.
    QTRY_COMPARE_WITH_TIMEOUT(chatJobs(u"failed"_s).size(), 2, 20000);
    useUpAttempts();
    // The second attempt is refused too, and the queue dead-letters the job.
    QTRY_COMPARE_WITH_TIMEOUT(chatJobs(u"dead"_s).size(), 2, 20000);
    const qint64 retried = chatJobs(u"dead"_s).at(1).toObject().value(u"id").toInteger();
    const qint64 discarded = chatJobs(u"dead"_s).at(0).toObject().value(u"id").toInteger();
    QVERIFY(retried > 0 && discarded > 0 && retried != discarded);

    // The dead letters under their filter, without any reload by hand.
    JobTableModel *model = m_pane->model();
    chooseByKeyboard(child<QComboBox>(u"jobStateFilter"_s), JobTableModel::stateText(u"dead"_s));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(retried) >= 0 && model->rowOfId(discarded) >= 0, 10000);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(JobTableModel::StateRole).toString(), u"dead"_s);

    auto *table = child<QTableView>(u"jobTable"_s);
    auto *retry = child<QPushButton>(u"retryJobButton"_s);
    auto *discard = child<QPushButton>(u"discardJobButton"_s);
    QVERIFY(!retry->isEnabled());
    select(table, retried);
    QVERIFY(retry->isEnabled());
    QVERIFY(discard->isEnabled());
    QVERIFY2(child<QPlainTextEdit>(u"jobLastError"_s)->toPlainText().contains(u"chat webhook"_s),
             qPrintable(child<QPlainTextEdit>(u"jobLastError"_s)->toPlainText()));
    QVERIFY(child<QPlainTextEdit>(u"jobPayload"_s)->toPlainText().contains(u"\"alert_id\""_s));
    QCOMPARE(child<QLabel>(u"jobAttempts"_s)->text(), u"2 of 2"_s);

    // The endpoint works now; Ctrl+R retries, the job runs again and is delivered.
    QCOMPARE(m_engine.api()
                 .request("PATCH", u"/api/integrations/"_s + m_integration,
                          QJsonDocument(
                              QJsonObject{{u"settings"_s,
                                           QJsonObject{{u"notify_webhook_url"_s,
                                                        u"http://127.0.0.1:%1/hook"_s.arg(m_hooks.port())}}}})
                              .toJson(QJsonDocument::Compact))
                 .status,
             200);
    QSignalSpy finished(m_pane.get(), &JobsPane::actionFinished);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(finished.at(0).at(0).toLongLong(), retried);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_received, 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto &j : chatJobs(u"done"_s)) {
                if (j.toObject().value(u"id").toInteger() == retried)
                    return true;
            }
            return false;
        }(),
        10000);
    // No longer dead: it leaves the "Gave up" list.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOfId(retried), -1, 10000);

    // Discard asks first; Cancel keeps the job.
    select(table, discarded);
    QTest::mouseClick(discard, Qt::LeftButton);
    auto *confirm = m_pane->findChild<QMessageBox *>(u"discardJobConfirmation"_s);
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_pane->findChild<QMessageBox *>(u"discardJobConfirmation"_s));
    QCOMPARE(chatJobs(u"dead"_s).size(), 1);
    QCOMPARE(finished.count(), 1);
    // The Delete key asks the same; Discard deletes. (Offscreen, closing the box does not hand activation
    // back to the pane as a window manager would.)
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    confirm = m_pane->findChild<QMessageBox *>(u"discardJobConfirmation"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QVERIFY(finished.at(1).at(1).toBool());
    QCOMPARE(chatJobs(u"dead"_s).size(), 0);
    QCOMPARE(m_engine.api().get(u"/api/jobs?kind=NotifyChatWebhook"_s).json.value(u"total").toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 5000);
    QCOMPARE(m_pane->currentJobId(), 0);
    QVERIFY(!retry->isEnabled() && !discard->isEnabled());

    // Only dead jobs can be retried or discarded.
    chooseByKeyboard(child<QComboBox>(u"jobStateFilter"_s), JobTableModel::stateText(u"done"_s));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(retried) >= 0, 5000);
    select(table, retried);
    QVERIFY(!retry->isEnabled());
    QVERIFY(!discard->isEnabled());
    QVERIFY(!m_pane->findChild<QAction *>(u"jobsRetryAction"_s)->isEnabled());
    QVERIFY(!m_pane->findChild<QAction *>(u"jobsDiscardAction"_s)->isEnabled());

    // The delivery log: the four refused posts and the delivered one, newest first.
    auto *tabs = child<QTabWidget>(u"jobsTabs"_s);
    tabs->setCurrentIndex(JobsPane::DeliveriesTab);
    OutboundDeliveryTableModel *log = m_pane->deliveries()->model();
    QVERIFY(log);
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 5, 10000);
    QCOMPARE(log->index(0, OutboundDeliveryTableModel::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(log->index(0, OutboundDeliveryTableModel::JobColumn).data().toLongLong(), retried);
    QCOMPARE(log->index(0, OutboundDeliveryTableModel::TargetColumn).data().toString(),
             u"POST http://127.0.0.1:%1/…"_s.arg(m_hooks.port()));
    for (int row = 1; row < 5; ++row)
        QVERIFY(log->index(row, 0).data(OutboundDeliveryTableModel::FailedRole).toBool());
    auto *failedOnly = child<QCheckBox>(u"deliveriesFailedOnly"_s);
    failedOnly->setFocus();
    QTest::keyClick(failedOnly, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 4, 2000);
}

QTEST_MAIN(TestJobsPane)
#include "tst_jobspane.moc"
