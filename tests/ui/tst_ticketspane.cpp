// The Tickets pane offscreen against a real engine (own data dir, real SQLite, workers running): an alert
// posted to the webhook becomes a ticket that appears in the list by itself, with its SLA countdown and the
// assigner's reason; status and a note changed from the keyboard are saved like the API's PATCH (the ticket
// is human_touched and its history names the technician); assignee and priority changes, the filters,
// showTicket(), refused changes and the remembered column layout.
#include "EngineFixture.h"
#include "EngineHost.h"
#include "TicketTableModel.h"
#include "panes/TicketsPane.h"
#include "widgets/DesktopActor.h"
#include "widgets/TicketDetailView.h"
#include "widgets/TicketPatchRunner.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestTicketsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void emptyStateWithoutEngine();
    void everyControlIsNamedAndLabelled();
    void alertBecomesTicketAndIsWorkedFromTheKeyboard();
    void assigneeAndPriorityChangesAndFilters();
    void showTicketAndRefusedChanges();
    void columnLayoutIsRemembered();

private:
    template<typename T>
    T *child(const QString &name) const;
    void openPane();
    // Posts an alert to the generic webhook; returns its uuid.
    QString postAlert(const QString &alertId, const QString &device);
    // Waits for the alert's ticket (the workers create it after the webhook's 2xx); 0 when none came.
    qint64 ticketOf(const QString &alertUuid);
    QJsonObject ticket(qint64 id) { return m_engine.api().get(u"/api/tickets/%1"_s.arg(id)).json; }
    void select(qint64 ticketId);
    static void chooseByKeyboard(QComboBox *combo, const QString &text);

    QTemporaryDir m_settingsDir;
    EngineFixture m_engine;
    QString m_integration;
    qint64 m_dana = 0;
    std::unique_ptr<TicketsPane> m_pane;
};

template<typename T>
T *TestTicketsPane::child(const QString &name) const
{
    auto *found = m_pane->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

void TestTicketsPane::initTestCase()
{
    QCoreApplication::setOrganizationName(u"nestogy-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ticketspane"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());

    QVERIFY(m_engine.start().isEmpty());
    m_integration = m_engine
                        .createIntegration({{u"name"_s, u"desk"_s},
                                            {u"provider"_s, u"generic"_s},
                                            {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
                        .value(u"id")
                        .toString();
    QVERIFY(!m_integration.isEmpty());
    const auto dana = m_engine.api().post(
        u"/api/technicians"_s,
        {{u"name"_s, u"Dana"_s}, {u"skills"_s, QJsonArray{u"disk"_s}}, {u"capacity"_s, 50}});
    QCOMPARE(dana.status, 201);
    m_dana = dana.json.value(u"id").toInteger();
    QVERIFY(m_dana > 0);
}

void TestTicketsPane::cleanupTestCase()
{
    m_engine.stop();
}

void TestTicketsPane::init()
{
    m_pane = std::make_unique<TicketsPane>();
    m_pane->resize(1400, 900);
}

void TestTicketsPane::cleanup()
{
    // As MainWindow does: the pane lets go of the engine before it goes away.
    if (m_pane)
        m_pane->setEngine(nullptr);
    m_pane.reset();
}

void TestTicketsPane::openPane()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->setEngine(m_engine.host()->engine());
    QVERIFY(m_pane->model());
}

QString TestTicketsPane::postAlert(const QString &alertId, const QString &device)
{
    ApiClient anonymous(m_engine.baseUrl());
    const auto r = anonymous.request("POST", u"/api/webhooks/generic/"_s + m_integration,
                                     QJsonDocument(QJsonObject{{u"alert_id"_s, alertId},
                                                               {u"device_id"_s, device.toLower()},
                                                               {u"device_name"_s, device},
                                                               {u"alert_type"_s, u"Disk"_s},
                                                               {u"message"_s, u"C: 95% full"_s},
                                                               {u"severity"_s, u"warning"_s}})
                                         .toJson(QJsonDocument::Compact));
    if (r.status != 202)
        qWarning() << "webhook answered" << r.status << r.body;
    return r.json.value(u"alert_id").toString();
}

qint64 TestTicketsPane::ticketOf(const QString &alertUuid)
{
    qint64 id = 0;
    const bool found = QTest::qWaitFor(
        [&] {
            id = m_engine.api().get(u"/api/alerts/"_s + alertUuid).json.value(u"ticket_id").toInteger();
            return id > 0;
        },
        15000);
    if (!found)
        qWarning() << "no ticket for alert" << alertUuid << "within 15 s";
    return id;
}

void TestTicketsPane::select(qint64 ticketId)
{
    auto *table = child<QTableView>(u"ticketTable"_s);
    QVERIFY(table);
    const int row = m_pane->model()->rowOfId(ticketId);
    QVERIFY(row >= 0);
    const QModelIndex index = m_pane->model()->index(row, TicketTableModel::SubjectColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(m_pane->currentTicketId(), ticketId);
}

void TestTicketsPane::chooseByKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void TestTicketsPane::emptyStateWithoutEngine()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QVERIFY(!child<QWidget>(u"ticketsContent"_s)->isVisible());
    QVERIFY(!m_pane->model());
    m_pane->setEngine(m_engine.host()->engine());
    QVERIFY(child<QWidget>(u"ticketsContent"_s)->isVisible());
    m_pane->setEngine(nullptr);
    QVERIFY(!child<QWidget>(u"ticketsContent"_s)->isVisible());
    QVERIFY(!m_pane->model());
    // Nothing to show without an engine, and nothing breaks.
    m_pane->showTicket(1);
    QCOMPARE(m_pane->currentTicketId(), 0);
}

void TestTicketsPane::everyControlIsNamedAndLabelled()
{
    openPane();
    int checked = 0;
    const auto widgets = m_pane->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                             qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w) ||
                             qobject_cast<QAbstractItemView *>(w) ||
                             (qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w->parentWidget()));
        if (!control || qobject_cast<QHeaderView *>(w))
            continue;
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        const bool labelled =
            !w->accessibleName().isEmpty() ||
            (qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractButton *>(w)->text().isEmpty());
        QVERIFY2(labelled, qPrintable(w->objectName()));
    }
    QVERIFY(checked >= 10);
    for (const QString &action :
         {u"ticketsFindAction"_s, u"ticketsRefreshAction"_s, u"ticketsApplyAction"_s}) {
        auto *a = m_pane->findChild<QAction *>(action);
        QVERIFY2(a && !a->shortcut().isEmpty(), qPrintable(action));
    }
}

void TestTicketsPane::alertBecomesTicketAndIsWorkedFromTheKeyboard()
{
    openPane();
    const QString alert = postAlert(u"k1"_s, u"SRV-7"_s);
    QVERIFY(!alert.isEmpty());
    const qint64 id = ticketOf(alert);
    QVERIFY(id > 0);

    // The pipeline's ticket shows up in the list by itself, with its SLA countdown.
    TicketTableModel *model = m_pane->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(id) >= 0, 10000);
    const int row = model->rowOfId(id);
    QVERIFY(model->index(row, TicketTableModel::SubjectColumn).data().toString().contains(u"SRV-7"_s));
    QVERIFY2(model->index(row, TicketTableModel::SlaColumn).data().toString().contains(u"left"_s),
             qPrintable(model->index(row, TicketTableModel::SlaColumn).data().toString()));

    select(id);
    auto *title = child<QLabel>(u"ticketTitle"_s);
    QVERIFY(title->text().contains(u"SRV-7"_s));
    // The AutoAssignTicket job assigns Dana; the reason is shown without selecting again.
    auto *reason = child<QLabel>(u"ticketAssignmentReason"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reason->isVisible() && reason->text().contains(u"assigned to Dana"_s), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(u"ticketAssignee"_s)->text(), u"Dana"_s, 5000);
    QVERIFY(child<QLabel>(u"ticketResolutionDue"_s)->text().contains(u"in "_s));
    QVERIFY(!ticket(id).value(u"human_touched").toBool());

    // Enter on the ticket leads to its controls: status from the keyboard, a note typed, Ctrl+Return.
    auto *apply = child<QPushButton>(u"applyTicketChangesButton"_s);
    QVERIFY(!apply->isEnabled());
    auto *status = child<QComboBox>(u"ticketStatusEdit"_s);
    QTest::keyClick(child<QTableView>(u"ticketTable"_s), Qt::Key_Return);
    QVERIFY(status->hasFocus());
    chooseByKeyboard(status, u"In Progress"_s);
    QVERIFY(apply->isEnabled());
    auto *note = child<QPlainTextEdit>(u"ticketNoteEdit"_s);
    note->setFocus();
    const QString text = u"Called the client; disk cleanup running"_s;
    QTest::keyClicks(note, text);
    QSignalSpy shown(m_pane.get(), &TicketsPane::ticketShown);
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(note->toPlainText(), text); // no newline: the shortcut took the key

    QTRY_VERIFY_WITH_TIMEOUT(ticket(id).value(u"human_touched").toBool(), 10000);
    const QJsonObject t = ticket(id);
    QCOMPARE(t.value(u"status").toString(), u"In Progress"_s);
    bool noted = false;
    bool statusEvent = false;
    for (const auto &e : t.value(u"events").toArray()) {
        const QJsonObject event = e.toObject();
        if (event.value(u"kind").toString() == u"note") {
            noted = true;
            QCOMPARE(event.value(u"message").toString(), text);
            QCOMPARE(event.value(u"actor").toString(), DesktopActor::name());
        }
        statusEvent = statusEvent || (event.value(u"kind").toString() == u"status" &&
                                      event.value(u"actor").toString() == DesktopActor::name());
    }
    QVERIFY(noted);
    QVERIFY(statusEvent);

    // The pane shows the saved state: note cleared, the history with the note on top, the list row.
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(note->toPlainText(), QString(), 5000);
    auto *events = child<QTreeWidget>(u"ticketEvents"_s);
    QTRY_VERIFY_WITH_TIMEOUT(events->topLevelItemCount() > 0 &&
                                 events->topLevelItem(0)->text(TicketDetailView::MessageColumn) == text,
                             5000);
    QCOMPARE(events->topLevelItem(0)->text(TicketDetailView::WhoColumn), DesktopActor::name());
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOfId(id), TicketTableModel::StatusColumn)
                                  .data(TicketTableModel::StatusRole)
                                  .toString(),
                              u"In Progress"_s, 5000);
    QCOMPARE(child<QLabel>(u"ticketStatus"_s)->text(), u"In Progress"_s);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(child<QLabel>(u"ticketsMessage"_s)->text(), u"Ticket changes saved."_s);
}

void TestTicketsPane::assigneeAndPriorityChangesAndFilters()
{
    openPane();
    const qint64 id = ticketOf(postAlert(u"k2"_s, u"WS-12"_s));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(ticket(id).value(u"assignee_id").toInteger(), m_dana, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOfId(id) >= 0, 10000);
    select(id);
    QTRY_COMPARE_WITH_TIMEOUT(child<QComboBox>(u"ticketAssigneeEdit"_s)->currentText(), u"Dana"_s, 5000);

    // The "Assignee" filter: Dana's ticket is listed under Dana, not under Unassigned.
    auto *assigneeFilter = child<QComboBox>(u"ticketAssigneeFilter"_s);
    chooseByKeyboard(assigneeFilter, u"Unassigned"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowOfId(id), -1, 2000);
    chooseByKeyboard(assigneeFilter, u"Dana"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOfId(id) >= 0, 2000);
    // The selection and the detail panel survive the filter changes.
    QCOMPARE(m_pane->currentTicketId(), id);

    chooseByKeyboard(child<QComboBox>(u"ticketAssigneeEdit"_s), u"Unassigned"_s);
    chooseByKeyboard(child<QComboBox>(u"ticketPriorityEdit"_s), u"Low"_s);
    QTest::mouseClick(child<QPushButton>(u"applyTicketChangesButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ticket(id).value(u"assignee_id").isNull(), 10000);
    const QJsonObject t = ticket(id);
    QCOMPARE(t.value(u"priority").toString(), u"Low"_s);
    QVERIFY(t.value(u"human_touched").toBool());
    QStringList kinds;
    for (const auto &e : t.value(u"events").toArray())
        kinds << e.toObject().value(u"kind").toString();
    QVERIFY2(kinds.contains(u"assignee"_s) && kinds.contains(u"priority"_s), qPrintable(kinds.join(u", ")));
    // Filtered by Dana, the ticket leaves the list; the panel still shows it, now unassigned.
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowOfId(id), -1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(u"ticketAssignee"_s)->text(), u"Unassigned"_s, 5000);
    QCOMPARE(child<QLabel>(u"ticketAssignmentReason"_s)->text(),
             u"Assignment: Assignee changed by %1"_s.arg(DesktopActor::name()));

    // Priority and text filters.
    chooseByKeyboard(assigneeFilter, u"Anyone"_s);
    chooseByKeyboard(child<QComboBox>(u"ticketPriorityFilter"_s), u"Low"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOfId(id) >= 0, 2000);
    QCOMPARE(m_pane->model()->rowCount(), 1);
    auto *search = child<QLineEdit>(u"ticketSearch"_s);
    QTest::keyClick(m_pane.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"no such ticket"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 0, 2000);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowCount(), 1, 2000);
}

void TestTicketsPane::showTicketAndRefusedChanges()
{
    openPane();
    const qint64 id = ticketOf(postAlert(u"k3"_s, u"NAS-1"_s));
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOfId(id) >= 0, 10000);

    // As the Alerts pane's "Open ticket" does.
    m_pane->showTicket(id);
    QCOMPARE(m_pane->currentTicketId(), id);
    auto *table = child<QTableView>(u"ticketTable"_s);
    QCOMPARE(table->currentIndex().data(PagedTableModel::IdRole).toLongLong(), id);
    QVERIFY(child<QLabel>(u"ticketTitle"_s)->text().contains(u"NAS-1"_s));

    // A ticket that is not there says so.
    m_pane->showTicket(id + 1000);
    QVERIFY(child<QLabel>(u"ticketsMessage"_s)->isVisible());
    QCOMPARE(child<QLabel>(u"ticketsMessage"_s)->text(), u"That ticket no longer exists."_s);
    QCOMPARE(m_pane->currentTicketId(), 0);
    QVERIFY(!child<QWidget>(u"ticketEditor"_s)->isEnabled());

    // What the engine refuses comes back as a sentence, never silently.
    TicketPatchRunner runner;
    runner.setEngine(m_engine.host()->engine());
    QSignalSpy finished(&runner, &TicketPatchRunner::finished);
    runner.patch(id, {{u"status"_s, u"Sleeping"_s}});
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(finished.at(0).at(2).toString().contains(u"status: one of"_s));
    runner.patch(id + 1000, {{u"note"_s, u"hello"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QCOMPARE(finished.at(1).at(1).toBool(), false);
    QCOMPARE(finished.at(1).at(2).toString(), u"The ticket no longer exists."_s);
    runner.patch(id, {{u"assignee_id"_s, 987654}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 5000);
    QVERIFY(finished.at(2).at(2).toString().contains(u"no such technician"_s));
    QVERIFY(!ticket(id).value(u"human_touched").toBool());
    runner.setEngine(nullptr);
    runner.patch(id, {{u"note"_s, u"hello"_s}});
    QCOMPARE(finished.count(), 4);
    QVERIFY(finished.at(3).at(2).toString().contains(u"not running"_s));
}

void TestTicketsPane::columnLayoutIsRemembered()
{
    QSettings().remove(QLatin1String(TicketsPane::HeaderKey));
    openPane();
    auto *header = child<QTableView>(u"ticketTable"_s)->horizontalHeader();
    header->resizeSection(TicketTableModel::ClientColumn, 177);
    header->moveSection(header->visualIndex(TicketTableModel::SlaColumn), 0);
    header->setSortIndicator(TicketTableModel::PriorityColumn, Qt::AscendingOrder);
    QCOMPARE(m_pane->model()->sortColumn(), int(TicketTableModel::PriorityColumn));
    cleanup();
    QVERIFY(!QSettings().value(QLatin1String(TicketsPane::HeaderKey)).toByteArray().isEmpty());

    init();
    openPane();
    header = child<QTableView>(u"ticketTable"_s)->horizontalHeader();
    QCOMPARE(header->sectionSize(TicketTableModel::ClientColumn), 177);
    QCOMPARE(header->visualIndex(TicketTableModel::SlaColumn), 0);
    // The restored sort is the model's sort, not just an arrow in the header.
    QCOMPARE(m_pane->model()->sortColumn(), int(TicketTableModel::PriorityColumn));
    QCOMPARE(m_pane->model()->sortOrder(), Qt::AscendingOrder);
}

QTEST_MAIN(TestTicketsPane)
#include "tst_ticketspane.moc"
