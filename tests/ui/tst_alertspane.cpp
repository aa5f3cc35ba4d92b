// The Alerts pane on a real engine, driven like a technician drives it: an alert posted to the webhook shows
// up live, is selected with the mouse and resolved with its shortcut, and its ticket is then resolved as the
// API reports it. Filters, bulk actions with skipped alerts, the snooze dialog, opening a ticket, the live
// detail panel, the saved column layout and the runner's refusals are checked the same way.
#include "AlertTableModel.h"
#include "ChangeNotifier.h"
#include "Engine.h"
#include "EngineFixture.h"
#include "panes/AlertsPane.h"
#include "widgets/AlertActionRunner.h"
#include "widgets/AlertActionSet.h"
#include "widgets/AlertDetailView.h"
#include "widgets/AlertLiveUpdates.h"
#include "widgets/PayloadView.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nestogy;

class TestAlertsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void withoutEngineShowsEmptyState();
    void webhookAlertAppearsLiveAndResolvingClosesItsTicket();
    void detailShowsNormalizedFieldsAndFollowsRepeats();
    void filtersNarrowTheList();
    void bulkAcknowledgeSaysWhatWasSkipped();
    void snoozeAsksForMinutes();
    void openTicketAsksTheTicketsPane();
    void showAlertSelectsItOrShowsItBeside();
    void refusalsAreReported();
    void readerKeepsPlaceWhenAlertsArrive();
    void floodWatchedAtTheTopKeepsABoundedList();
    void liveUpdatesArePacedAndWaitWhileHidden();
    void columnLayoutIsSavedAndRestored();

private:
    // Posts one alert to the generic webhook; returns its uuid.
    QString postAlert(const QJsonObject &body);
    QJsonObject alertJson(const QString &uuid) { return m_engine.api().get(u"/api/alerts/"_s + uuid).json; }
    QJsonObject ticketJson(qint64 id) { return m_engine.api().get(u"/api/tickets/%1"_s.arg(id)).json; }
    // Waits until the pipeline gave the alert its ticket; returns its id (0 on timeout).
    qint64 waitForTicket(const QString &uuid);
    // A shown pane on the engine, active, listing only alerts whose text matches `search`.
    void openPane(const QString &search = {});
    void search(const QString &text);
    int rowOf(const QString &uuid) const;
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});
    void pressInTable(int key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier);
    QString message() const { return m_pane->findChild<QLabel *>(u"alertsMessage"_s)->text(); }
    QTableView *table() const { return m_pane->findChild<QTableView *>(u"alertTable"_s); }

    EngineFixture m_engine;
    QString m_integration;
    std::unique_ptr<AlertsPane> m_pane;
};

void TestAlertsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the saved layout stays out of the real configuration
    QCoreApplication::setOrganizationName(u"NestogyTest"_s);
    QCoreApplication::setApplicationName(u"tst_alertspane"_s);
    QSettings().clear();
    const QString error = m_engine.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_integration = m_engine
                        .createIntegration({{u"name"_s, u"Pane RMM"_s},
                                            {u"provider"_s, u"generic"_s},
                                            {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
                        .value(u"id")
                        .toString();
    QVERIFY(!m_integration.isEmpty());
}

void TestAlertsPane::cleanupTestCase()
{
    m_engine.stop();
    QSettings().clear();
}

void TestAlertsPane::init()
{
    QSettings().remove(QLatin1StringView(AlertsPane::HeaderKey));
}

void TestAlertsPane::cleanup()
{
    if (m_pane)
        m_pane->setEngine(nullptr);
    m_pane.reset();
}

QString TestAlertsPane::postAlert(const QJsonObject &body)
{
    ApiClient anonymous(m_engine.baseUrl());
    const auto r = anonymous.request("POST", u"/api/webhooks/generic/"_s + m_integration,
                                     QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 202 && r.status != 200)
        qWarning() << "webhook answered" << r.status << r.body;
    return r.json.value(u"alert_id").toString();
}

qint64 TestAlertsPane::waitForTicket(const QString &uuid)
{
    qint64 ticket = 0;
    const bool made = QTest::qWaitFor(
        [&] {
            ticket = alertJson(uuid).value(u"ticket_id").toInteger();
            return ticket > 0;
        },
        15000);
    if (!made)
        qWarning() << "no ticket for" << uuid << "after 15 s";
    return ticket;
}

void TestAlertsPane::openPane(const QString &text)
{
    m_pane = std::make_unique<AlertsPane>();
    m_pane->resize(1400, 800);
    m_pane->setEngine(m_engine.host()->engine());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    if (!text.isEmpty())
        search(text);
    table()->setFocus();
}

void TestAlertsPane::search(const QString &text)
{
    // As typed: Ctrl+F, the text, Return.
    pressInTable(Qt::Key_F);
    auto *field = m_pane->findChild<QLineEdit *>(u"alertSearch"_s);
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_pane->model()->filter().text, text);
    table()->setFocus();
}

int TestAlertsPane::rowOf(const QString &uuid) const
{
    const AlertTableModel *model = m_pane->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(AlertTableModel::UuidRole).toString() == uuid)
            return row;
    }
    return -1;
}

void TestAlertsPane::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = m_pane->model()->index(row, AlertTableModel::DeviceColumn);
    table()->scrollTo(index);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, table()->visualRect(index).center());
}

void TestAlertsPane::pressInTable(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : table(), Qt::Key(key), modifiers);
}

void TestAlertsPane::withoutEngineShowsEmptyState()
{
    AlertsPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.findChild<QLabel *>(u"emptyState"_s)->isVisible());
    QVERIFY(!pane.findChild<QWidget *>(u"alertsContent"_s)->isVisible());
    QVERIFY(!pane.model());
    for (QAction *action : pane.actions()->alertActions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        // Reachable from the tool bar, the context menu and the keyboard.
        QVERIFY(pane.findChild<QToolBar *>(u"alertToolBar"_s)->actions().contains(action));
        QVERIFY(pane.findChild<QMenu *>(u"alertContextMenu"_s)->actions().contains(action));
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void TestAlertsPane::webhookAlertAppearsLiveAndResolvingClosesItsTicket()
{
    openPane(u"live-check"_s);
    QCOMPARE(m_pane->model()->rowCount(), 0);

    const QString uuid = postAlert({{u"alert_id"_s, u"live-1"_s},
                                    {u"device_id"_s, u"srv-live"_s},
                                    {u"message"_s, u"live-check: disk full on C:"_s},
                                    {u"severity"_s, u"critical"_s}});
    QVERIFY(!uuid.isEmpty());
    // No refresh: the engine's change notification brings it in.
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(uuid), 0, 5000);
    QCOMPARE(m_pane->model()->index(0, AlertTableModel::SeverityColumn).data().toString(), u"Urgent"_s);

    const qint64 ticketId = waitForTicket(uuid);
    QVERIFY(ticketId > 0);
    QCOMPARE(ticketJson(ticketId).value(u"status").toString(), u"Open"_s);

    clickRow(rowOf(uuid));
    auto *detail = m_pane->findChild<AlertDetailView *>(u"alertDetail"_s);
    QTRY_COMPARE(detail->alertId(), m_pane->model()->index(0, 0).data(PagedTableModel::IdRole).toLongLong());
    // Selecting the alert read its ticket, which the row now shows too.
    QCOMPARE(detail->ticketId(), ticketId);
    QCOMPARE(m_pane->model()->index(0, 0).data(AlertTableModel::TicketIdRole).toLongLong(), ticketId);
    QVERIFY(m_pane->actions()->resolve->isEnabled());
    QVERIFY(m_pane->actions()->resolve->toolTip().contains(u"Ctrl+R"_s));

    pressInTable(Qt::Key_R);
    QTRY_COMPARE_WITH_TIMEOUT(message(), u"Alert resolved."_s, 5000);
    QCOMPARE(m_pane->findChild<QLabel *>(u"alertsMessage"_s)->property("error").toBool(), false);
    QCOMPARE(alertJson(uuid).value(u"status").toString(), u"resolved"_s);
    // Nobody worked the ticket: it is resolved with its alert.
    const QJsonObject ticket = ticketJson(ticketId);
    QCOMPARE(ticket.value(u"status").toString(), u"Resolved"_s);
    const QJsonArray events = ticket.value(u"events").toArray();
    QVERIFY(!events.isEmpty());
    QVERIFY2(events.last()
                 .toObject()
                 .value(u"message")
                 .toString()
                 .startsWith(u"closed: alert resolved by desktop"_s),
             qPrintable(events.last().toObject().value(u"message").toString()));
    // The list shows unresolved alerts: the resolved one leaves it.
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(uuid), -1, 5000);
}

void TestAlertsPane::detailShowsNormalizedFieldsAndFollowsRepeats()
{
    openPane(u"detail-check"_s);
    const QJsonObject body{{u"alert_id"_s, u"detail-1"_s},
                           {u"device_id"_s, u"ws-17"_s},
                           {u"device_name"_s, u"WS-17"_s},
                           {u"alert_type"_s, u"cpu"_s},
                           {u"message"_s, u"detail-check: CPU at 99 %"_s},
                           {u"severity"_s, u"warning"_s}};
    const QString uuid = postAlert(body);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(uuid), 0, 5000);
    clickRow(0);
    auto *detail = m_pane->findChild<AlertDetailView *>(u"alertDetail"_s);
    QTRY_VERIFY(detail->findChild<QWidget *>(u"alertDetailContent"_s)->isVisible());
    QCOMPARE(detail->fieldText(u"Device"_s), u"WS-17 (RMM id ws-17)"_s);
    QCOMPARE(detail->fieldText(u"Type"_s), u"cpu"_s);
    QCOMPARE(detail->fieldText(u"Integration"_s), u"Pane RMM (generic)"_s);
    QCOMPARE(detail->fieldText(u"Occurrences"_s), u"1"_s);
    QCOMPARE(detail->fieldText(u"Uuid"_s), uuid);
    auto *payload = detail->findChild<PayloadView *>(u"payloadView"_s);
    QVERIFY(payload->isReadOnly());
    QVERIFY2(payload->toPlainText().contains(u"\n    \"device_id\": \"ws-17\""_s),
             qPrintable(payload->toPlainText()));

    // The same alert again: the selected row and its detail follow without a click.
    postAlert(body);
    QTRY_COMPARE_WITH_TIMEOUT(detail->fieldText(u"Occurrences"_s), u"2"_s, 5000);
    // The row follows too (the detail reads the alert itself; the list merges the change when it is paced).
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->index(0, AlertTableModel::OccurrencesColumn).data().toInt(), 2,
                              5000);
    QVERIFY(table()->selectionModel()->isRowSelected(0));
}

void TestAlertsPane::filtersNarrowTheList()
{
    const QString urgent = postAlert({{u"alert_id"_s, u"filter-1"_s},
                                      {u"device_id"_s, u"flt-a"_s},
                                      {u"message"_s, u"filter-check one"_s},
                                      {u"severity"_s, u"critical"_s}});
    const QString low = postAlert({{u"alert_id"_s, u"filter-2"_s},
                                   {u"device_id"_s, u"flt-b"_s},
                                   {u"message"_s, u"filter-check two"_s},
                                   {u"severity"_s, u"info"_s}});
    openPane(u"filter-check"_s);
    QCOMPARE(m_pane->model()->rowCount(), 2);

    // Severity by keyboard: one step down from "All severities" is "Urgent".
    auto *severity = m_pane->findChild<QComboBox *>(u"severityFilter"_s);
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Down);
    QCOMPARE(severity->currentText(), u"Urgent"_s);
    QCOMPARE(m_pane->model()->rowCount(), 1);
    QCOMPARE(rowOf(urgent), 0);
    QTest::keyClick(severity, Qt::Key_Up);
    QCOMPARE(m_pane->model()->rowCount(), 2);

    // The integration list offers the engine's integrations.
    auto *integration = m_pane->findChild<QComboBox *>(u"integrationFilter"_s);
    QVERIFY(integration->findText(u"Pane RMM"_s) > 0);

    // Status: the low alert resolved through the API leaves "Unresolved" and shows under "Resolved".
    QCOMPARE(m_engine.api().post(u"/api/alerts/%1/resolve"_s.arg(low), {}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(low), -1, 5000);
    auto *status = m_pane->findChild<QComboBox *>(u"statusFilter"_s);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // Open
    QTest::keyClick(status, Qt::Key_Down); // Acknowledged
    QTest::keyClick(status, Qt::Key_Down); // Resolved
    QCOMPARE(status->currentText(), u"Resolved"_s);
    QCOMPARE(m_pane->model()->rowCount(), 1);
    QCOMPARE(rowOf(low), 0);

    // Typing waits for a pause before it filters.
    auto *field = m_pane->findChild<QLineEdit *>(u"alertSearch"_s);
    field->setFocus();
    QTest::keyClicks(field, u" two"_s);
    QCOMPARE(m_pane->model()->filter().text, u"filter-check"_s);
    QTRY_COMPARE(m_pane->model()->filter().text, u"filter-check two"_s);
    QCOMPARE(rowOf(low), 0);
}

void TestAlertsPane::bulkAcknowledgeSaysWhatWasSkipped()
{
    const QString first = postAlert(
        {{u"alert_id"_s, u"bulk-1"_s}, {u"device_id"_s, u"blk-a"_s}, {u"message"_s, u"bulk-check one"_s}});
    const QString second = postAlert(
        {{u"alert_id"_s, u"bulk-2"_s}, {u"device_id"_s, u"blk-b"_s}, {u"message"_s, u"bulk-check two"_s}});
    QCOMPARE(m_engine.api().post(u"/api/alerts/%1/acknowledge"_s.arg(second), {}).status, 200);
    openPane(u"bulk-check"_s);
    QCOMPARE(m_pane->model()->rowCount(), 2);

    // Select both (Ctrl+A in the list), acknowledge both: one already is.
    pressInTable(Qt::Key_A);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
    QVERIFY(m_pane->actions()->acknowledge->isEnabled());
    QVERIFY(!m_pane->actions()->openTicket->isEnabled()); // only for one alert
    pressInTable(Qt::Key_K);
    QTRY_VERIFY_WITH_TIMEOUT(!message().isEmpty(), 5000);
    QVERIFY2(message().contains(u"1 of 2 skipped: the alert is already acknowledged (1)"_s),
             qPrintable(message()));
    QCOMPARE(alertJson(first).value(u"status").toString(), u"acknowledged"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_pane->model()->index(rowOf(first), 0).data(AlertTableModel::StatusRole).toString(),
        u"acknowledged"_s, 5000);
    // Nothing left to acknowledge in the selection.
    QTRY_VERIFY(!m_pane->actions()->acknowledge->isEnabled());
}

void TestAlertsPane::snoozeAsksForMinutes()
{
    const QString uuid = postAlert(
        {{u"alert_id"_s, u"snooze-1"_s}, {u"device_id"_s, u"snz-dev"_s}, {u"message"_s, u"snooze-check"_s}});
    openPane(u"snooze-check"_s);
    QCOMPARE(rowOf(uuid), 0);
    clickRow(0);
    pressInTable(Qt::Key_M);
    auto *dialog = m_pane->findChild<QInputDialog *>(u"snoozeDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->intValue(), AlertsPane::DefaultSnoozeMinutes);
    dialog->setIntValue(30);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!message().isEmpty(), 5000);
    QCOMPARE(message(), u"Device snoozed for 30 minute(s): its new alerts are held until then."_s);
    const QJsonArray windows =
        m_engine.api().get(u"/api/maintenance-windows"_s).json.value(u"items").toArray();
    bool found = false;
    for (const QJsonValue &w : windows)
        found |= w.toObject().value(u"scope_id"_s).toString() == u"snz-dev"_s;
    QVERIFY2(found, QJsonDocument(windows).toJson().constData());
}

void TestAlertsPane::openTicketAsksTheTicketsPane()
{
    const QString uuid = postAlert(
        {{u"alert_id"_s, u"open-1"_s}, {u"device_id"_s, u"opn-dev"_s}, {u"message"_s, u"open-check"_s}});
    const qint64 ticketId = waitForTicket(uuid);
    QVERIFY(ticketId > 0);
    openPane(u"open-check"_s);
    QSignalSpy opened(m_pane.get(), &AlertsPane::openTicketRequested);
    clickRow(rowOf(uuid));
    QVERIFY(m_pane->actions()->openTicket->isEnabled());
    pressInTable(Qt::Key_O);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), ticketId);
    // Return on the row does the same.
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
}

void TestAlertsPane::showAlertSelectsItOrShowsItBeside()
{
    // As a clicked notification asks: the alert, selected in the list, with its detail.
    const QString older =
        postAlert({{u"alert_id"_s, u"show-1"_s}, {u"device_id"_s, u"shw-1"_s}, {u"message"_s, u"show-me"_s}});
    openPane(u"show-me"_s);
    QTRY_VERIFY(rowOf(older) >= 0);
    const QString newer =
        postAlert({{u"alert_id"_s, u"show-2"_s}, {u"device_id"_s, u"shw-2"_s}, {u"message"_s, u"show-me"_s}});
    auto *detailUuid = m_pane->findChild<QLabel *>(u"detailUuid"_s);
    QVERIFY(detailUuid);
    // Asked before the live update has brought it into the list: it is merged in and selected.
    m_pane->showAlert(newer);
    QVERIFY(rowOf(newer) >= 0);
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(AlertTableModel::UuidRole).toString(), newer);
    QTRY_COMPARE(detailUuid->text(), newer);
    m_pane->showAlert(older);
    QCOMPARE(table()->selectionModel()->selectedRows().value(0).data(AlertTableModel::UuidRole).toString(),
             older);
    QTRY_COMPARE(detailUuid->text(), older);

    // One the search hides: shown beside the list, nothing selected, and the pane says why.
    const QString hidden = postAlert(
        {{u"alert_id"_s, u"show-3"_s}, {u"device_id"_s, u"shw-3"_s}, {u"message"_s, u"elsewhere"_s}});
    m_pane->showAlert(hidden);
    QCOMPARE(rowOf(hidden), -1);
    QVERIFY(table()->selectionModel()->selectedRows().isEmpty());
    QTRY_COMPARE(detailUuid->text(), hidden);
    QVERIFY2(message().contains(u"filters"_s), qPrintable(message()));
    // Selecting a row shows that row again.
    clickRow(rowOf(older));
    QTRY_COMPARE(detailUuid->text(), older);

    m_pane->showAlert(u"00000000-0000-4000-8000-000000000000"_s);
    QCOMPARE(message(), u"That alert no longer exists."_s);
}

void TestAlertsPane::refusalsAreReported()
{
    AlertActionRunner runner;
    QSignalSpy finished(&runner, &AlertActionRunner::finished);
    runner.run(AlertActions::Kind::Resolve, {u"00000000-0000-4000-8000-000000000000"_s});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(),
             u"Could not resolve the alert: the alert receiver is not running"_s);

    runner.setEngine(m_engine.host()->engine());
    runner.run(AlertActions::Kind::Resolve, {u"00000000-0000-4000-8000-000000000000"_s});
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(finished.last().at(1).toString(), u"Could not resolve the alert: alert not found"_s);

    QStringList many;
    for (int i = 0; i <= AlertActions::MaxBulkAlerts; ++i)
        many.append(u"a-%1"_s.arg(i));
    runner.run(AlertActions::Kind::Acknowledge, many);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(finished.last().at(1).toString().endsWith(u"select at most 1000 alerts at a time"_s));

    // In the pane the refusal is shown as an error: resolving an alert resolved meanwhile elsewhere.
    const QString uuid = postAlert(
        {{u"alert_id"_s, u"refuse-1"_s}, {u"device_id"_s, u"ref-dev"_s}, {u"message"_s, u"refuse-check"_s}});
    openPane(u"refuse-check"_s);
    clickRow(rowOf(uuid));
    // Stop the pane hearing of the API's resolve, so its row still offers Resolve.
    ChangeNotifier *changes = m_engine.host()->engine()->changes();
    disconnect(changes, nullptr, m_pane->liveUpdates(), nullptr);
    disconnect(changes, nullptr, m_pane.get(), nullptr);
    QCOMPARE(m_engine.api().post(u"/api/alerts/%1/resolve"_s.arg(uuid), {}).status, 200);
    QVERIFY(m_pane->actions()->resolve->isEnabled());
    pressInTable(Qt::Key_R);
    QTRY_VERIFY_WITH_TIMEOUT(!message().isEmpty(), 5000);
    QCOMPARE(message(), u"Could not resolve the alert: the alert is already resolved"_s);
    QCOMPARE(m_pane->findChild<QLabel *>(u"alertsMessage"_s)->property("error").toBool(), true);
}

void TestAlertsPane::readerKeepsPlaceWhenAlertsArrive()
{
    for (int i = 0; i < 60; ++i)
        QVERIFY(!postAlert({{u"alert_id"_s, u"anchor-%1"_s.arg(i)},
                            {u"device_id"_s, u"anc-%1"_s.arg(i)},
                            {u"message"_s, u"anchor-check %1"_s.arg(i)}})
                     .isEmpty());
    openPane(u"anchor-check"_s);
    QCOMPARE(m_pane->model()->rowCount(), 60);
    QScrollBar *bar = table()->verticalScrollBar();
    QVERIFY(bar->maximum() > 20);
    bar->setValue(20);
    const auto topUuid = [this] {
        return m_pane->model()->index(table()->rowAt(0), 0).data(AlertTableModel::UuidRole).toString();
    };
    const QString reading = topUuid();

    // Someone reading further down keeps their rows where they are.
    const QString newest = postAlert({{u"alert_id"_s, u"anchor-new"_s},
                                      {u"device_id"_s, u"anc-new"_s},
                                      {u"message"_s, u"anchor-check new"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 61, 5000);
    QCOMPARE(rowOf(newest), 0);
    QCOMPARE(topUuid(), reading);

    // At the top the list runs like a feed: the newest alert comes into view.
    bar->setValue(0);
    const QString newer = postAlert({{u"alert_id"_s, u"anchor-newer"_s},
                                     {u"device_id"_s, u"anc-newer"_s},
                                     {u"message"_s, u"anchor-check newer"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 62, 5000);
    QCOMPARE(topUuid(), newer);
}

void TestAlertsPane::floodWatchedAtTheTopKeepsABoundedList()
{
    openPane(u"flood-check"_s);
    m_pane->setFeedRows(30);
    // Fewer rows fit than the feed keeps (a view that is not full reads on by itself).
    m_pane->resize(1400, 400);
    QTRY_VERIFY(table()->viewport()->height() < 25 * table()->verticalHeader()->defaultSectionSize());
    QCOMPARE(m_pane->model()->rowCount(), 0);
    // A selected alert far down is kept, however many arrive above it.
    const QString first = postAlert(
        {{u"alert_id"_s, u"flood-0"_s}, {u"device_id"_s, u"fld-0"_s}, {u"message"_s, u"flood-check 0"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(first), 0, 5000);
    // Selected from the keyboard: a click would make the view scroll to the current row half a second
    // later (Qt's delayed auto-scroll), wherever the flood has moved it by then.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Home);
    QCOMPARE(table()->selectionModel()->selectedRows().value(0).row(), 0);
    QString newest;
    for (int i = 1; i <= 80; ++i)
        newest = postAlert({{u"alert_id"_s, u"flood-%1"_s.arg(i)},
                            {u"device_id"_s, u"fld-%1"_s.arg(i)},
                            {u"message"_s, u"flood-check %1"_s.arg(i)}});
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(newest), 0, 5000);
    QScrollBar *bar = table()->verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(first), 80, 5000); // nothing trimmed above the selection
    QCOMPARE(m_pane->model()->rowCount(), 81);

    // Nothing selected: the list is cut back to the feed's length once more arrive...
    table()->selectionModel()->clear();
    QCOMPARE(bar->value(), 0);
    const QString last = postAlert(
        {{u"alert_id"_s, u"flood-81"_s}, {u"device_id"_s, u"fld-81"_s}, {u"message"_s, u"flood-check 81"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(last), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 30, 5000);
    QCOMPARE(rowOf(first), -1);
    // ... and scrolling down reads the dropped rows again, in order, without gaps or doubles.
    while (m_pane->model()->canFetchMore({}))
        m_pane->model()->fetchMore({});
    QCOMPARE(m_pane->model()->rowCount(), 82);
    QCOMPARE(rowOf(first), 81);
    for (int row = 0; row < 82; ++row)
        QCOMPARE(m_pane->model()->index(row, 0).data(AlertTableModel::UuidRole).toString().isEmpty(), false);
}

void TestAlertsPane::liveUpdatesArePacedAndWaitWhileHidden()
{
    openPane(u"pace-check"_s);
    AlertLiveUpdates *live = m_pane->liveUpdates();
    QVERIFY(live && live->isActive());
    QList<qint64> fullAt;
    QElapsedTimer clock;
    clock.start();
    connect(live, &AlertLiveUpdates::applied, this, [&](const QList<qint64> &, bool all) {
        if (all)
            fullAt.append(clock.elapsed());
    });

    // "Anything may have changed" every 50 ms for 1.5 s: the shown rows are re-read at most once a second.
    ChangeNotifier *changes = m_engine.host()->engine()->changes();
    while (clock.elapsed() < 1500) {
        changes->notify(ChangeNotifier::Topic::Alerts);
        QTest::qWait(50);
    }
    QTest::qWait(AlertLiveUpdates::MinFullRefreshMs + 300); // the one that had to wait
    QVERIFY2(fullAt.size() >= 2 && fullAt.size() <= 3, qPrintable(QString::number(fullAt.size())));
    for (qsizetype i = 1; i < fullAt.size(); ++i)
        QVERIFY2(fullAt.at(i) - fullAt.at(i - 1) >= AlertLiveUpdates::MinFullRefreshMs * 9 / 10,
                 qPrintable(u"re-read %1 ms apart"_s.arg(fullAt.at(i) - fullAt.at(i - 1))));

    // Hidden (another pane is shown), nothing is read; shown again, the list catches up.
    m_pane->hide();
    QVERIFY(!live->isActive());
    const qint64 read = m_pane->model()->rowsFetched();
    const QString uuid = postAlert({{u"alert_id"_s, u"pace-1"_s},
                                    {u"device_id"_s, u"pace-dev"_s},
                                    {u"message"_s, u"pace-check hidden"_s}});
    QTest::qWait(ChangeNotifier::BatchMs + 400);
    QCOMPARE(m_pane->model()->rowsFetched(), read);
    QCOMPARE(rowOf(uuid), -1);
    m_pane->show();
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(uuid), 0, 5000);

    // Too much piled up while hidden: the list starts again from the top instead of merging it all.
    m_pane->hide();
    QList<qint64> many;
    for (qint64 id = 1; id <= AlertLiveUpdates::MaxPendingIds + 1; ++id)
        many.append(id);
    changes->notify(ChangeNotifier::Topic::Alerts, many);
    QTest::qWait(ChangeNotifier::BatchMs + 300);
    QSignalSpy reset(m_pane->model(), &QAbstractItemModel::modelReset);
    m_pane->show();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(rowOf(uuid), 0);
}

void TestAlertsPane::columnLayoutIsSavedAndRestored()
{
    openPane();
    QHeaderView *header = table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(AlertTableModel::FirstSeenColumn)); // the default layout
    header->setSectionHidden(AlertTableModel::FirstSeenColumn, false);
    header->setSectionHidden(AlertTableModel::IntegrationColumn, true);
    header->moveSection(header->visualIndex(AlertTableModel::MessageColumn), 0);
    header->resizeSection(AlertTableModel::DeviceColumn, 222);
    // Sorting by a click on the header is remembered too.
    const int x = header->sectionViewportPosition(AlertTableModel::DeviceColumn) + 20;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_pane->model()->sortColumn(), int(AlertTableModel::DeviceColumn));
    const Qt::SortOrder order = m_pane->model()->sortOrder();
    m_pane.reset();
    QVERIFY(!QSettings().value(QLatin1StringView(AlertsPane::HeaderKey)).toByteArray().isEmpty());

    openPane();
    header = table()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(AlertTableModel::FirstSeenColumn));
    QVERIFY(header->isSectionHidden(AlertTableModel::IntegrationColumn));
    QCOMPARE(header->logicalIndex(0), int(AlertTableModel::MessageColumn));
    QCOMPARE(header->sectionSize(AlertTableModel::DeviceColumn), 222);
    QCOMPARE(m_pane->model()->sortColumn(), int(AlertTableModel::DeviceColumn));
    QCOMPARE(m_pane->model()->sortOrder(), order);
}

QTEST_MAIN(TestAlertsPane)
#include "tst_alertspane.moc"
