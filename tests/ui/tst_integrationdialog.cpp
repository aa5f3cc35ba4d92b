// The integration dialog against a real engine (own data dir, real SQLite, real listener), driven by keys and
// clicks on named widgets: a generic integration built with a mapping and a live preview, a broken mapping
// marked at its field and refused, the saved row with sealed secrets, and a webhook that the new integration
// accepts. Also: "set" secrets with Replace and Rotate, the webhook URL's Copy, method switches, the pane.
#include "EngineCommands.h"
#include "EngineFixture.h"
#include "EngineHost.h"
#include "IntegrationCommands.h"
#include "IntegrationTableModel.h"
#include "MainWindow.h"
#include "dialogs/IntegrationDialog.h"
#include "panes/IntegrationsPane.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Sample = R"({"event": {"id": "4471", "name": "CPU load above 90 %", "severity": "P2",
  "status": "PROBLEM"}, "host": {"name": "SRV-01", "group": "Kensington Vets"}})";

} // namespace

class TestIntegrationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyControlIsNamedAndLabelled();
    void keyboardReachesTheFields();
    void createGenericWithPreviewSaveAndWebhook();
    void missingSecretKeepsOkDisabled();
    void editShowsSecretsAsSetAndCopiesTheUrl();
    void rotateShowsTheNewSecretOnce();
    void switchingMethodRemovesTheOldSecret();
    void paneOpensNewAndEdit();
    void mainWindowHandsTheEngineToThePane();

private:
    template<typename T>
    static T *child(const QObject *root, const QString &name);
    static void showAndActivate(QWidget &w);
    static void chooseByKeyboard(QComboBox *combo, const QString &text);
    static void retype(QLineEdit *edit, const QString &text);
    static void openTab(QTabWidget *tabs, int index);
    // POSTs a JSON body to a webhook URL; returns the HTTP status (0 when there was no answer).
    static int postWebhook(const QString &url, const QByteArray &body, const QByteArray &apiKey);
    Integration createThroughCommands(const QJsonObject &body);
    QSqlDatabase readDb() const;

    EngineFixture m_fixture;
    std::unique_ptr<EngineCommands> m_engine;
    QString m_createdUuid;
};

template<typename T>
T *TestIntegrationDialog::child(const QObject *root, const QString &name)
{
    auto *found = root->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

void TestIntegrationDialog::showAndActivate(QWidget &w)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

void TestIntegrationDialog::chooseByKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void TestIntegrationDialog::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestIntegrationDialog::openTab(QTabWidget *tabs, int index)
{
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

int TestIntegrationDialog::postWebhook(const QString &url, const QByteArray &body, const QByteArray &apiKey)
{
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-API-Key", apiKey);
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

Integration TestIntegrationDialog::createThroughCommands(const QJsonObject &body)
{
    auto result = std::make_shared<std::optional<IntegrationCommands::Outcome>>();
    m_engine->integrations().create(body, u"test"_s, this,
                                    [result](const IntegrationCommands::Outcome &o) { *result = o; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000) || !(*result)->ok()) {
        qWarning() << "create failed" << (result->has_value() ? (*result)->message : u"timeout"_s);
        return {};
    }
    return *(*result)->integration;
}

QSqlDatabase TestIntegrationDialog::readDb() const
{
    if (QSqlDatabase::contains(u"reader"_s))
        return QSqlDatabase::database(u"reader"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
    db.setDatabaseName(QDir(m_fixture.dataDir()).filePath(u"nestogy.db"_s));
    db.open();
    return db;
}

void TestIntegrationDialog::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QStandardPaths::setTestModeEnabled(true); // MainWindow's settings stay out of the real configuration
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString why;
    m_engine = EngineCommands::create(*m_fixture.host()->engine(), &why);
    QVERIFY2(m_engine, qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->vaultReady(), 10000);
    QVERIFY(m_engine->webhookBase().startsWith(u"http://127.0.0.1:"_s));
}

void TestIntegrationDialog::cleanupTestCase()
{
    m_engine.reset();
    m_fixture.stop();
    QSqlDatabase::removeDatabase(u"reader"_s);
}

void TestIntegrationDialog::everyControlIsNamedAndLabelled()
{
    const Integration stored = createThroughCommands(
        {{u"name"_s, u"labels"_s},
         {u"provider"_s, u"generic"_s},
         {u"alert_rules"_s, QJsonArray{QJsonObject{{u"priority"_s, u"High"_s}}}},
         {u"settings"_s, QJsonObject{{u"severity_map"_s, QJsonObject{{u"P1"_s, u"urgent"_s}}}}},
         {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"api_key"_s}, {u"api_key"_s, u"k"_s}}}});
    QVERIFY(!stored.uuid.isEmpty());
    IntegrationDialog dialog(*m_engine, stored);
    showAndActivate(dialog);
    int checked = 0;
    const auto widgets = dialog.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                                 qobject_cast<QAbstractItemView *>(w);
        // Qt's own parts (tab scroll arrows, combo pop-ups, table headers and corner) are not ours to name.
        const bool qtInternal =
            w->objectName().startsWith(u"qt_"_s) || qobject_cast<QTabBar *>(w->parent()) ||
            qobject_cast<QHeaderView *>(w) || w->inherits("QComboBoxPrivateContainer") ||
            (w->parentWidget() && w->parentWidget()->inherits("QComboBoxPrivateContainer")) ||
            w->inherits("QTableCornerButton");
        if (!interactive || qtInternal)
            continue;
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QVERIFY(a);
        QVERIFY2(!a->text(QAccessible::Name).isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY2(checked > 40, qPrintable(QString::number(checked)));
}

void TestIntegrationDialog::keyboardReachesTheFields()
{
    IntegrationDialog dialog(*m_engine);
    showAndActivate(dialog);
    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
    auto *client = child<QComboBox>(&dialog, u"clientCombo"_s);
    QVERIFY(name && client);
    // The label's mnemonic (buddy) reaches the field, Tab goes on in reading order.
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), client);
    auto *tabs = child<QTabWidget>(&dialog, u"integrationTabs"_s);
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentIndex(), 1);
}

void TestIntegrationDialog::createGenericWithPreviewSaveAndWebhook()
{
    IntegrationDialog dialog(*m_engine);
    showAndActivate(dialog);
    auto *tabs = child<QTabWidget>(&dialog, u"integrationTabs"_s);
    auto *ok = child<QPushButton>(&dialog, u"okButton"_s);
    QVERIFY(tabs && ok);

    chooseByKeyboard(child<QComboBox>(&dialog, u"providerCombo"_s), u"Generic webhook"_s);
    retype(child<QLineEdit>(&dialog, u"nameEdit"_s), u"Zabbix production"_s);

    // Webhook authentication: an API key, generated and copied for the sender.
    openTab(tabs, 1);
    auto *method = child<QComboBox>(&dialog, u"authMethodCombo"_s);
    QCOMPARE(method->currentData().toString(), u"api_key"_s);
    auto *keyError = child<QLabel>(&dialog, u"apiKeyEditError"_s);
    QCOMPARE(keyError->text(), u"required for this webhook authentication"_s);
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, u"apiKeyGenerate"_s), Qt::LeftButton);
    auto *keyEdit = child<QLineEdit>(&dialog, u"apiKeyEdit"_s);
    QCOMPARE(keyEdit->text().size(), 43);
    QTest::mouseClick(child<QPushButton>(&dialog, u"apiKeyCopy"_s), Qt::LeftButton);
    const QByteArray apiKey = QGuiApplication::clipboard()->text().toLatin1();
    QCOMPARE(QString::fromLatin1(apiKey), keyEdit->text());
    QVERIFY(keyError->isHidden());

    // The mapping, typed path by path.
    openTab(tabs, 2);
    retype(child<QLineEdit>(&dialog, u"mappingAlertIdEdit"_s), u"$.event.id"_s);
    retype(child<QLineEdit>(&dialog, u"mappingDeviceIdEdit"_s), u"$.host.name"_s);
    retype(child<QLineEdit>(&dialog, u"mappingClientNameEdit"_s), u"$.host.group"_s);
    retype(child<QLineEdit>(&dialog, u"mappingMessageEdit"_s), u"$.event.name"_s);
    retype(child<QLineEdit>(&dialog, u"mappingSeverityEdit"_s), u"$.event.severity"_s);
    retype(child<QLineEdit>(&dialog, u"mappingStatusEdit"_s), u"$.event.status"_s);
    retype(child<QLineEdit>(&dialog, u"mappingResolveValuesEdit"_s), u"RESOLVED, OK"_s);

    // A pasted sample shows what it becomes.
    auto *sample = child<QPlainTextEdit>(&dialog, u"mappingSampleEdit"_s);
    sample->setFocus();
    QGuiApplication::clipboard()->setText(QString::fromUtf8(Sample));
    QTest::keyClick(sample, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(sample->toPlainText(), QString::fromUtf8(Sample));
    auto *previewError = child<QLabel>(&dialog, u"mappingPreviewError"_s);
    QCOMPARE(previewError->text(), QString());
    QCOMPARE(child<QLabel>(&dialog, u"mappingPreviewAlertId"_s)->text(), u"4471"_s);
    QCOMPARE(child<QLabel>(&dialog, u"mappingPreviewDevice"_s)->text(), u"SRV-01"_s);
    QCOMPARE(child<QLabel>(&dialog, u"mappingPreviewClient"_s)->text(), u"Kensington Vets"_s);
    QCOMPARE(child<QLabel>(&dialog, u"mappingPreviewStatus"_s)->text(), u"Triggered"_s);
    auto *previewSeverity = child<QLabel>(&dialog, u"mappingPreviewSeverity"_s);
    QCOMPARE(previewSeverity->text(), u"Normal (sent as \"P2\")"_s); // unknown word: the fallback

    // The severity map tells what P2 means; the preview follows at once.
    openTab(tabs, 3);
    QTest::mouseClick(child<QPushButton>(&dialog, u"severityMapAdd"_s), Qt::LeftButton);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())); // the new row's word, in editing
    QTest::keyClicks(QApplication::focusWidget(), u"P2"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The delegate commits after the key event (queued); the table has the focus back once it has.
    QTRY_COMPARE(QApplication::focusWidget(), child<QTableWidget>(&dialog, u"severityMapTable"_s));
    QCOMPARE(child<QTableWidget>(&dialog, u"severityMapTable"_s)->item(0, 0)->text(), u"P2"_s);
    chooseByKeyboard(child<QComboBox>(&dialog, u"severityMapSeverity0"_s), u"High"_s);
    QCOMPARE(previewSeverity->text(), u"High (sent as \"P2\")"_s);

    // A broken path is marked at its field with the engine's reason, and OK refuses.
    openTab(tabs, 2);
    auto *alertId = child<QLineEdit>(&dialog, u"mappingAlertIdEdit"_s);
    retype(alertId, u"$.event.id["_s);
    auto *alertIdError = child<QLabel>(&dialog, u"mappingAlertIdEditError"_s);
    QVERIFY(alertIdError->isVisible());
    QVERIFY2(alertIdError->text().startsWith(u"alert_id: "_s), qPrintable(alertIdError->text()));
    QCOMPARE(alertId->accessibleDescription(), alertIdError->text());
    QCOMPARE(previewError->text(), u"The mapping cannot work: "_s + alertIdError->text());
    QCOMPARE(child<QLabel>(&dialog, u"mappingPreviewDevice"_s)->text(), QString());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!tabs->tabIcon(2).isNull()); // the page with the problem is marked
    QTest::keyClick(&dialog, Qt::Key_Return);
    dialog.accept(); // even when asked directly
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.integration());
    QCOMPARE(child<QLabel>(&dialog, u"dialogMessage"_s)->text(), u"Problems to fix before saving: 1"_s);
    QCOMPARE(tabs->currentIndex(), 2);

    // Fixed: the error goes, OK saves, and the dialog closes after the commit.
    retype(alertId, u"$.event.id"_s);
    QVERIFY(alertIdError->isHidden());
    QCOMPARE(alertId->accessibleDescription(), QString());
    QVERIFY(ok->isEnabled());
    QSignalSpy saved(&dialog, &IntegrationDialog::saved);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Integration created = *dialog.integration();
    QCOMPARE(saved.first().first().toString(), created.uuid);
    m_createdUuid = created.uuid;

    // In the database: the row as configured, the secrets sealed, never in plaintext anywhere on disk.
    QSqlQuery q(readDb());
    QVERIFY(
        q.exec(u"SELECT name, provider, field_mappings, settings FROM integrations WHERE uuid = '%1'"_s.arg(
            created.uuid)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"Zabbix production"_s);
    QCOMPARE(q.value(1).toString(), u"generic"_s);
    const QJsonObject mapping = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    QCOMPARE(mapping.value(u"alert_id").toString(), u"$.event.id"_s);
    QCOMPARE(mapping.value(u"resolve_values").toArray(), QJsonArray({u"RESOLVED"_s, u"OK"_s}));
    QCOMPARE(QJsonDocument::fromJson(q.value(3).toByteArray()).object().value(u"severity_map").toObject(),
             QJsonObject({{u"P2"_s, u"high"_s}}));
    QVERIFY(q.exec(u"SELECT s.field, s.sealed FROM integration_secrets s JOIN integrations i ON i.id = "
                   "s.integration_id WHERE i.uuid = '%1' ORDER BY s.field"_s.arg(created.uuid)));
    QStringList fields;
    while (q.next()) {
        fields << q.value(0).toString();
        QVERIFY(!q.value(1).toByteArray().contains(apiKey));
        QVERIFY(!QByteArray::fromBase64(q.value(1).toByteArray()).contains(apiKey));
    }
    QCOMPARE(fields, QStringList({u"api_key"_s, u"auth_method"_s}));
    const auto files = QDir(m_fixture.dataDir()).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : files) {
        QFile f(fi.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(apiKey), qPrintable(fi.fileName()));
    }
    QSqlQuery audit(readDb());
    QVERIFY(audit.exec(
        u"SELECT actor FROM audit_log WHERE entity_id = '%1' AND action = 'create'"_s.arg(created.uuid)));
    QVERIFY(audit.next());
    QVERIFY(audit.value(0).toString().startsWith(u"desktop"_s));

    // The sender, with the key it was given, is accepted at the integration's webhook URL.
    const QString url = IntegrationCommands::webhookUrl(m_engine->webhookBase(), created);
    QCOMPARE(postWebhook(url, Sample, apiKey), 202);
    QCOMPARE(postWebhook(url, Sample, "wrong-key"), 401);
}

void TestIntegrationDialog::missingSecretKeepsOkDisabled()
{
    IntegrationDialog dialog(*m_engine);
    showAndActivate(dialog);
    chooseByKeyboard(child<QComboBox>(&dialog, u"providerCombo"_s), u"Datto RMM"_s);
    auto *ok = child<QPushButton>(&dialog, u"okButton"_s);
    auto *error = child<QLabel>(&dialog, u"sharedSecretEditError"_s);
    QCOMPARE(error->text(), u"required for this webhook authentication"_s);
    QVERIFY(!ok->isEnabled());
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 1);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"sharedSecretEdit"_s), u"typed-secret"_s);
    QVERIFY(error->isHidden());
    QVERIFY(ok->isEnabled());
    // A bad endpoint is the engine's business too.
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 0);
    retype(child<QLineEdit>(&dialog, u"endpointEdit"_s), u"ftp://merlot"_s);
    QVERIFY(child<QLabel>(&dialog, u"endpointEditError"_s)->text().startsWith(u"must be an http(s) URL"_s));
    QVERIFY(!ok->isEnabled());
}

void TestIntegrationDialog::editShowsSecretsAsSetAndCopiesTheUrl()
{
    QVERIFY2(!m_createdUuid.isEmpty(), "needs createGenericWithPreviewSaveAndWebhook");
    const auto stored = m_engine->integrations().find(m_createdUuid);
    QVERIFY(stored);
    IntegrationDialog dialog(*m_engine, stored);
    showAndActivate(dialog);
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 1);
    QCOMPARE(child<QComboBox>(&dialog, u"authMethodCombo"_s)->currentData().toString(), u"api_key"_s);
    auto *state = child<QLabel>(&dialog, u"apiKeyState"_s);
    QVERIFY(state->isVisible());
    QCOMPARE(state->text(), u"set"_s);
    QVERIFY(child<QLineEdit>(&dialog, u"apiKeyEdit"_s)->isHidden());
    QVERIFY(child<QPushButton>(&dialog, u"apiKeyReplace"_s)->isVisible());
    // Nothing changed: nothing would be sent, and the draft is valid as it is.
    QCOMPARE(dialog.draftBody(), QJsonObject());
    QVERIFY(child<QPushButton>(&dialog, u"okButton"_s)->isEnabled());

    auto *url = child<QLineEdit>(&dialog, u"webhookUrlEdit"_s);
    QCOMPARE(url->text(), m_engine->webhookBase() + u"/api/webhooks/generic/"_s + m_createdUuid);
    QVERIFY(url->isReadOnly());
    QTest::mouseClick(child<QPushButton>(&dialog, u"copyWebhookUrlButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), url->text());

    // Replace opens the password field; Keep current closes it again without a change.
    QTest::mouseClick(child<QPushButton>(&dialog, u"apiKeyReplace"_s), Qt::LeftButton);
    auto *edit = child<QLineEdit>(&dialog, u"apiKeyEdit"_s);
    QVERIFY(edit->isVisible());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, u"replacement"_s);
    QCOMPARE(dialog.draftBody().value(u"credentials").toObject().value(u"api_key").toString(),
             u"replacement"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"apiKeyKeep"_s), Qt::LeftButton);
    QVERIFY(state->isVisible());
    QCOMPARE(dialog.draftBody(), QJsonObject());
}

void TestIntegrationDialog::rotateShowsTheNewSecretOnce()
{
    const Integration stored = createThroughCommands(
        {{u"name"_s, u"rotating"_s},
         {u"provider"_s, u"generic"_s},
         {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"api_key"_s}, {u"api_key"_s, u"old-key"_s}}}});
    QVERIFY(!stored.uuid.isEmpty());
    IntegrationDialog dialog(*m_engine, stored);
    showAndActivate(dialog);
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 1);
    QSignalSpy saved(&dialog, &IntegrationDialog::saved);
    QTest::mouseClick(child<QPushButton>(&dialog, u"apiKeyRotate"_s), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    auto *edit = child<QLineEdit>(&dialog, u"apiKeyEdit"_s);
    QVERIFY(edit->isVisible());
    QVERIFY(edit->isReadOnly());
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    const QByteArray rotated = edit->text().toLatin1();
    QCOMPARE(rotated.size(), 43);
    // Already stored: the dialog sends nothing more for it.
    QVERIFY(!dialog.draftBody().contains(u"credentials"_s));
    const QString url = IntegrationCommands::webhookUrl(m_engine->webhookBase(), stored);
    // No mapping: the seed's top-level names.
    const QByteArray seed = R"({"alert_id": "r-1", "device_id": "WS-7", "message": "disk full"})";
    QCOMPARE(postWebhook(url, seed, rotated), 202);
    QCOMPARE(postWebhook(url, seed, "old-key"), 200); // still valid during the grace: a duplicate
    QCOMPARE(postWebhook(url, seed, "neither"), 401);
}

void TestIntegrationDialog::switchingMethodRemovesTheOldSecret()
{
    const Integration stored =
        createThroughCommands({{u"name"_s, u"ninja switch"_s},
                               {u"provider"_s, u"ninja"_s},
                               {u"credentials"_s, QJsonObject{{u"bearer_token"_s, u"bearer-value"_s}}}});
    QVERIFY(!stored.uuid.isEmpty());
    IntegrationDialog dialog(*m_engine, stored);
    showAndActivate(dialog);
    openTab(child<QTabWidget>(&dialog, u"integrationTabs"_s), 1);
    auto *method = child<QComboBox>(&dialog, u"authMethodCombo"_s);
    QCOMPARE(method->currentData().toString(), u"bearer"_s);
    chooseByKeyboard(method, u"Token in the URL (?token=)"_s);
    auto *apply = child<QPushButton>(&dialog, u"applyButton"_s);
    QVERIFY(!apply->isEnabled()); // the token is missing
    QTest::mouseClick(child<QPushButton>(&dialog, u"urlTokenGenerate"_s), Qt::LeftButton);
    QVERIFY(apply->isEnabled());
    QSignalSpy saved(&dialog, &IntegrationDialog::saved);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(dialog.isVisible()); // Apply keeps it open, now showing the stored state
    QCOMPARE(dialog.integration()->credentialsSet, QStringList{u"url_token"_s});
    QCOMPARE(child<QLabel>(&dialog, u"urlTokenState"_s)->text(), u"set"_s);
    QVERIFY(child<QLabel>(&dialog, u"urlTokenState"_s)->isVisible());
}

void TestIntegrationDialog::paneOpensNewAndEdit()
{
    QVERIFY2(!m_createdUuid.isEmpty(), "needs createGenericWithPreviewSaveAndWebhook");
    IntegrationsPane pane;
    pane.setEngine(m_fixture.host()->engine());
    showAndActivate(pane);
    auto *list = child<QTableView>(&pane, u"integrationList"_s);
    QVERIFY(list);
    QAbstractItemModel *rows = list->model();
    int row = -1;
    for (int i = 0; i < rows->rowCount(); ++i) {
        if (rows->index(i, 0).data(IntegrationTableModel::UuidRole).toString() == m_createdUuid)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(rows->index(row, IntegrationTableModel::NameColumn).data().toString(), u"Zabbix production"_s);
    QCOMPARE(rows->index(row, IntegrationTableModel::ProviderColumn).data().toString(), u"Generic webhook"_s);

    QTest::mouseClick(child<QPushButton>(&pane, u"newIntegrationButton"_s), Qt::LeftButton);
    auto *created = pane.findChild<IntegrationDialog *>();
    QVERIFY(created);
    QTRY_VERIFY(created->isVisible());
    QCOMPARE(created->windowTitle(), u"New integration"_s);
    QTest::keyClick(created, Qt::Key_Escape);
    QTRY_VERIFY(!pane.findChild<IntegrationDialog *>()); // deleted on close

    list->setCurrentIndex(rows->index(row, 0));
    QTest::mouseClick(child<QPushButton>(&pane, u"editIntegrationButton"_s), Qt::LeftButton);
    auto *edited = pane.findChild<IntegrationDialog *>();
    QVERIFY(edited);
    QCOMPARE(edited->integration()->uuid, m_createdUuid);
    QCOMPARE(edited->windowTitle(), u"Edit integration Zabbix production"_s);
    edited->close();
}

void TestIntegrationDialog::mainWindowHandsTheEngineToThePane()
{
    QVERIFY2(!m_createdUuid.isEmpty(), "needs createGenericWithPreviewSaveAndWebhook");
    MainWindow window;
    auto *pane = window.findChild<IntegrationsPane *>();
    QVERIFY(pane);
    QVERIFY(!pane->openIntegrationDialog()); // no engine yet: nothing to edit through
    window.setEngine(m_fixture.host()->engine());
    auto *list = child<QTableView>(pane, u"integrationList"_s);
    QVERIFY(list->model()->rowCount() > 0);
    IntegrationDialog *dialog = pane->openIntegrationDialog(m_createdUuid);
    QVERIFY(dialog);
    QPointer<IntegrationDialog> guard(dialog);
    // Taking the engine back closes what was opened through it.
    window.setEngine(nullptr);
    QVERIFY(guard.isNull());
    QVERIFY(!pane->openIntegrationDialog());
}

QTEST_MAIN(TestIntegrationDialog)
#include "tst_integrationdialog.moc"
