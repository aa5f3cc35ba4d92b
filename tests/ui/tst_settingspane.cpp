// The Settings pane, driven by keys and clicks on named widgets: this workstation's settings (listen address,
// database, rate limit, language, tray) refused at the field or stored in QSettings, also before the engine
// runs; the installation's mail server against a real engine, refused at each field exactly like the API,
// stored with its password sealed, shown afterwards as "set", and a test mail through the SMTP sink.
#include "Database.h"
#include "Engine.h"
#include "EngineFixture.h"
#include "EngineHost.h"
#include "SettingsCommands.h"
#include "SettingsStore.h"
#include "TestCertificates.h"
#include "panes/SettingsPane.h"
#include "widgets/EmptyStateLabel.h"
#include "widgets/SettingsLocal.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestSettingsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void everyControlIsNamedAndLabelled();
    void workstationTabsWorkWithoutEngine();
    void invalidListenAddressIsRefusedAtTheField();
    void unusableTlsFilesAreRefusedAtTheField_data();
    void unusableTlsFilesAreRefusedAtTheField();
    void tlsFilesChosenWithBrowseAreStoredForTheNextStart();
    void databaseChoices_data();
    void databaseChoices();
    void languageAndTraySavedWithCtrlS();
    void rateLimitSaved();
    void invalidMailIsMarkedAndNotStored();
    void validMailIsStoredSealedAndShownAsSet();
    void testMailReachesTheServer();

private:
    template<typename T>
    static T *child(const QObject *root, const QString &name);
    static void showAndActivate(QWidget &w);
    static void openTab(SettingsPane &pane, const QString &formName);
    static void retype(QLineEdit *edit, const QString &text);
    static void chooseByKeyboard(QComboBox *combo, int index);
    static void clickSave(SettingsPane &pane);
    // A pane with the running engine, its vault unlocked.
    void attach(SettingsPane &pane);
    QJsonObject storedSmtp() const;
    QByteArray databaseBytes() const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_certDir;
    TestCertificates::Files m_tls;
    TestCertificates::Files m_otherTls;
    TestCertificates::Files m_expiredTls;
    EngineFixture m_fixture;
};

template<typename T>
T *TestSettingsPane::child(const QObject *root, const QString &name)
{
    auto *found = root->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

void TestSettingsPane::showAndActivate(QWidget &w)
{
    w.resize(900, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

void TestSettingsPane::openTab(SettingsPane &pane, const QString &formName)
{
    auto *tabs = child<QTabWidget>(&pane, u"settingsTabs"_s);
    QVERIFY(tabs);
    auto *form = child<QWidget>(&pane, formName);
    QVERIFY(form);
    const int index = tabs->indexOf(form);
    QVERIFY(index >= 0);
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

void TestSettingsPane::retype(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestSettingsPane::chooseByKeyboard(QComboBox *combo, int index)
{
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

void TestSettingsPane::clickSave(SettingsPane &pane)
{
    auto *save = child<QPushButton>(&pane, u"settingsSaveButton"_s);
    QVERIFY(save);
    QVERIFY2(save->isEnabled(), "Save is disabled");
    QTest::mouseClick(save, Qt::LeftButton);
}

void TestSettingsPane::attach(SettingsPane &pane)
{
    pane.setEngine(m_fixture.host()->engine());
    auto *commands = pane.findChild<SettingsCommands *>();
    QVERIFY(commands);
    QTRY_VERIFY2(commands->vaultReady(), qPrintable(commands->vaultProblem()));
}

QJsonObject TestSettingsPane::storedSmtp() const
{
    QSqlDatabase db = m_fixture.host()->engine()->database()->connection();
    return SettingsStore::read(db, u"smtp"_s).value_or(QJsonObject{{u"unreadable"_s, true}});
}

QByteArray TestSettingsPane::databaseBytes() const
{
    QByteArray all;
    for (const char *suffix : {"", "-wal"}) {
        QFile f(QDir(m_fixture.dataDir()).filePath(u"nestogy.db"_s + QLatin1String(suffix)));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void TestSettingsPane::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // This workstation's settings go to a temp dir of this test, never to the user's configuration.
    QCoreApplication::setOrganizationName(u"NestogyTest"_s);
    QCoreApplication::setApplicationName(u"tst_settingspane"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    qunsetenv("NESTOGY_SMTP_HOST"); // the stored section must be what counts here
    qunsetenv("NESTOGY_TLS_KEY_PASSPHRASE");
    TestCertificates certificates(m_certDir.path());
    m_tls = certificates.selfSigned(u"server"_s);
    m_otherTls = certificates.selfSigned(u"other"_s);
    m_expiredTls = certificates.selfSignedBetween(u"expired"_s, u"20200101000000Z"_s, u"20200201000000Z"_s);
    for (const auto *f : {&m_tls, &m_otherTls, &m_expiredTls})
        QVERIFY2(!f->isEmpty(), qPrintable(certificates.error()));
    QCOMPARE(m_fixture.start(), QString());
}

void TestSettingsPane::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestSettingsPane::cleanupTestCase()
{
    m_fixture.stop();
}

void TestSettingsPane::everyControlIsNamedAndLabelled()
{
    SettingsPane pane;
    attach(pane);
    int checked = 0;
    const auto widgets = pane.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w) ||
                                 qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w);
        const QWidget *parent = w->parentWidget();
        // Qt's own parts of spin boxes, combo boxes and the tab bar are not ours to name.
        const bool qtPart = w->objectName().startsWith(u"qt_"_s) ||
                            (parent && (parent->inherits("QAbstractSpinBox") ||
                                        parent->inherits("QComboBox") || parent->inherits("QTabBar")));
        if (!interactive || qtPart)
            continue;
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(checked >= 20);
}

void TestSettingsPane::workstationTabsWorkWithoutEngine()
{
    SettingsPane pane;
    showAndActivate(pane);
    // The mail server lives in the database: before the engine there is only the empty state.
    openTab(pane, u"settingsMailForm"_s);
    auto *mail = child<QWidget>(&pane, u"settingsMailForm"_s);
    auto *empty = mail->findChild<EmptyStateLabel *>();
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!child<QWidget>(&pane, u"mailContent"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&pane, u"settingsSaveButton"_s)->isEnabled());
    // The receiver's own settings can be fixed when it cannot start.
    openTab(pane, u"settingsReceiverForm"_s);
    auto *port = child<QSpinBox>(&pane, u"listenPortSpin"_s);
    port->setFocus();
    QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(port, u"9090"_s);
    QCOMPARE(port->value(), 9090);
    retype(child<QLineEdit>(&pane, u"listenHostEdit"_s), u"0.0.0.0"_s);
    clickSave(pane);
    QCOMPARE(QSettings().value(u"receiver/listenPort"_s).toInt(), 9090);
    QCOMPARE(QSettings().value(u"receiver/listenHost"_s).toString(), u"0.0.0.0"_s);
    QVERIFY(child<QLabel>(&pane, u"settingsStatus"_s)->text().contains(u"started again"_s));
    QVERIFY(!child<QPushButton>(&pane, u"settingsSaveButton"_s)->isEnabled()); // nothing left to save

    // What the next start makes of it.
    EngineConfig config;
    QCOMPARE(SettingsLocal::applyTo(config, false), QString());
    QCOMPARE(config.listenHost, u"0.0.0.0"_s);
    QCOMPARE(config.listenPort, quint16(9090));
    EngineConfig fromCommandLine;
    fromCommandLine.listenPort = 7000;
    SettingsLocal::applyTo(fromCommandLine, true);
    QCOMPARE(fromCommandLine.listenPort, quint16(7000));
}

void TestSettingsPane::invalidListenAddressIsRefusedAtTheField()
{
    SettingsPane pane;
    showAndActivate(pane);
    openTab(pane, u"settingsReceiverForm"_s);
    retype(child<QLineEdit>(&pane, u"listenHostEdit"_s), u"my laptop"_s);
    clickSave(pane);
    auto *error = child<QLabel>(&pane, u"listenHostEditError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"my laptop"_s));
    QCOMPARE(child<QLineEdit>(&pane, u"listenHostEdit"_s)->accessibleDescription(), error->text());
    QVERIFY(!QSettings().contains(u"receiver/listenHost"_s));
    // Revert puts back what is stored and clears the mark.
    QTest::mouseClick(child<QPushButton>(&pane, u"settingsRevertButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&pane, u"listenHostEdit"_s)->text(), QString());
    QVERIFY(!error->isVisible());
}

void TestSettingsPane::unusableTlsFilesAreRefusedAtTheField_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field"); // the edit whose error label must show the reason
    QTest::addColumn<QString>("reason");
    const QString missing = m_certDir.filePath(u"missing.pem"_s);
    QTest::newRow("file missing") << missing << m_tls.key << u"tlsCertFileEdit"_s
                                  << u"the certificate file %1 does not exist"_s.arg(missing);
    QTest::newRow("not a certificate") << m_tls.key << m_tls.key << u"tlsCertFileEdit"_s
                                       << u"%1 holds a private key, not a certificate"_s.arg(m_tls.key);
    QTest::newRow("key does not match")
        << m_tls.cert << m_otherTls.key << u"tlsKeyFileEdit"_s
        << u"the private key in %1 does not match the certificate in %2"_s.arg(m_otherTls.key, m_tls.cert);
    QTest::newRow("expired") << m_expiredTls.cert << m_expiredTls.key << u"tlsCertFileEdit"_s
                             << u"the certificate in %1 expired on 2020-02-01"_s.arg(m_expiredTls.cert);
    QTest::newRow("key not chosen") << m_tls.cert << QString() << u"tlsKeyFileEdit"_s
                                    << u"Choose the private key"_s;
    QTest::newRow("certificate not chosen")
        << QString() << m_tls.key << u"tlsCertFileEdit"_s << u"Choose the certificate"_s;
}

void TestSettingsPane::unusableTlsFilesAreRefusedAtTheField()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    SettingsPane pane;
    showAndActivate(pane);
    openTab(pane, u"settingsReceiverForm"_s);
    auto *certEdit = child<QLineEdit>(&pane, u"tlsCertFileEdit"_s);
    auto *keyEdit = child<QLineEdit>(&pane, u"tlsKeyFileEdit"_s);
    QVERIFY(certEdit && keyEdit);
    if (!cert.isEmpty())
        retype(certEdit, cert);
    if (!key.isEmpty())
        retype(keyEdit, key);
    clickSave(pane);
    auto *error = child<QLabel>(&pane, field + u"Error"_s);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
    QCOMPARE(child<QLineEdit>(&pane, field)->accessibleDescription(), error->text());
    // Only the field at fault is marked, and nothing is stored.
    const QString other = field == u"tlsCertFileEdit" ? u"tlsKeyFileEdit"_s : u"tlsCertFileEdit"_s;
    QVERIFY(!child<QLabel>(&pane, other + u"Error"_s)->isVisible());
    QVERIFY(child<QLabel>(&pane, u"settingsStatus"_s)->text().contains(u"not saved"_s));
    QVERIFY(!QSettings().contains(u"receiver/tlsCertFile"_s));
    QVERIFY(!QSettings().contains(u"receiver/tlsKeyFile"_s));
}

void TestSettingsPane::tlsFilesChosenWithBrowseAreStoredForTheNextStart()
{
    SettingsPane pane;
    showAndActivate(pane);
    openTab(pane, u"settingsReceiverForm"_s);
    const auto choose = [&pane](const QString &button, const QString &dialogName, const QString &file) {
        QTest::mouseClick(child<QPushButton>(&pane, button), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<QFileDialog *>(dialogName)) != nullptr);
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept(); // what the Open button does; QFileDialog hides it
    };
    choose(u"tlsCertFileBrowseButton"_s, u"tlsCertFileDialog"_s, m_tls.cert);
    choose(u"tlsKeyFileBrowseButton"_s, u"tlsKeyFileDialog"_s, m_tls.key);
    QCOMPARE(child<QLineEdit>(&pane, u"tlsCertFileEdit"_s)->text(), m_tls.cert);
    QCOMPARE(child<QLineEdit>(&pane, u"tlsKeyFileEdit"_s)->text(), m_tls.key);
    clickSave(pane);
    QVERIFY(!child<QLabel>(&pane, u"tlsCertFileEditError"_s)->isVisible());
    QVERIFY(!child<QLabel>(&pane, u"tlsKeyFileEditError"_s)->isVisible());
    QVERIFY(child<QLabel>(&pane, u"settingsStatus"_s)->text().contains(u"started again"_s));
    QCOMPARE(QSettings().value(u"receiver/tlsCertFile"_s).toString(), m_tls.cert);
    QCOMPARE(QSettings().value(u"receiver/tlsKeyFile"_s).toString(), m_tls.key);
    // The next start serves HTTPS with them, unless the command line or the environment named TLS files.
    EngineConfig config;
    QCOMPARE(SettingsLocal::applyTo(config, false), QString());
    QCOMPARE(config.tlsCertFile, m_tls.cert);
    QCOMPARE(config.tlsKeyFile, m_tls.key);
    QVERIFY(config.listenUrl(8443).startsWith(u"https://"_s));
    EngineConfig fromCommandLine;
    fromCommandLine.tlsCertFile = m_otherTls.cert;
    fromCommandLine.tlsKeyFile = m_otherTls.key;
    SettingsLocal::applyTo(fromCommandLine, false);
    QCOMPARE(fromCommandLine.tlsCertFile, m_otherTls.cert);
    QCOMPARE(fromCommandLine.tlsKeyFile, m_otherTls.key);
    // Clearing both goes back to plain HTTP.
    retype(child<QLineEdit>(&pane, u"tlsCertFileEdit"_s), QString());
    retype(child<QLineEdit>(&pane, u"tlsKeyFileEdit"_s), QString());
    clickSave(pane);
    QVERIFY(!QSettings().contains(u"receiver/tlsCertFile"_s));
    EngineConfig plain;
    SettingsLocal::applyTo(plain, false);
    QVERIFY(!plain.tls());
}

void TestSettingsPane::databaseChoices_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("stored"); // "" with an error expected: nothing stored
    QTest::addColumn<QString>("error");  // part of the reason at the field
    const QString file = QDir::temp().filePath(u"nestogy-settings-test.db"_s);
    QTest::newRow("data folder") << 0 << QString() << QString() << QString();
    QTest::newRow("sqlite file") << 1 << file << file << QString();
    QTest::newRow("relative file") << 1 << u"nestogy.db"_s << QString() << u"absolute"_s;
    QTest::newRow("missing folder") << 1 << u"/nonexistent-dir/x.db"_s << QString() << u"does not exist"_s;
    QTest::newRow("postgres") << 2 << u"postgresql://desk@db.example:5432/nestogy"_s
                              << u"postgresql://desk@db.example:5432/nestogy"_s << QString();
    QTest::newRow("postgres password")
        << 2 << u"postgresql://desk:hunter2@db.example/nestogy"_s << QString() << u"pgpass"_s;
    QTest::newRow("postgres without database")
        << 2 << u"postgresql://desk@db.example"_s << QString() << u"names no database"_s;
    QTest::newRow("file as postgres") << 2 << file << QString() << u"postgresql://"_s;
}

void TestSettingsPane::databaseChoices()
{
    QFETCH(int, kind);
    QFETCH(QString, location);
    QFETCH(QString, stored);
    QFETCH(QString, error);
    QSettings().setValue(u"receiver/databaseUrl"_s, u"/previous/nestogy.db"_s);
    SettingsPane pane;
    showAndActivate(pane);
    openTab(pane, u"settingsDatabaseForm"_s);
    auto *combo = child<QComboBox>(&pane, u"databaseKindCombo"_s);
    QCOMPARE(combo->currentIndex(), 1); // a file was stored
    chooseByKeyboard(combo, kind);
    auto *edit = child<QLineEdit>(&pane, u"databaseLocationEdit"_s);
    QCOMPARE(edit->isEnabled(), kind != 0);
    if (kind != 0)
        retype(edit, location);
    clickSave(pane);
    auto *errorLabel = child<QLabel>(&pane, u"databaseLocationEditError"_s);
    if (!error.isEmpty()) {
        QVERIFY(errorLabel->isVisible());
        QVERIFY2(errorLabel->text().contains(error), qPrintable(errorLabel->text()));
        QCOMPARE(QSettings().value(u"receiver/databaseUrl"_s).toString(), u"/previous/nestogy.db"_s);
        return;
    }
    QVERIFY(!errorLabel->isVisible());
    QCOMPARE(QSettings().value(u"receiver/databaseUrl"_s).toString(), stored);
    EngineConfig config;
    QCOMPARE(SettingsLocal::applyTo(config, false), QString());
    QCOMPARE(config.databaseUrl, stored);
}

void TestSettingsPane::languageAndTraySavedWithCtrlS()
{
    SettingsPane pane;
    showAndActivate(pane);
    openTab(pane, u"settingsDesktopForm"_s);
    auto *language = child<QComboBox>(&pane, u"languageCombo"_s);
    QCOMPARE(language->currentIndex(), 0); // the system's
    chooseByKeyboard(language, 2);
    QCOMPARE(language->currentText(), u"Deutsch"_s);
    auto *minimized = child<QCheckBox>(&pane, u"startMinimizedCheck"_s);
    QVERIFY(!minimized->isChecked());
    minimized->setFocus();
    QTest::keyClick(minimized, Qt::Key_Space);
    auto *notifications = child<QCheckBox>(&pane, u"notificationsCheck"_s);
    QVERIFY(notifications->isChecked());
    notifications->setFocus();
    QTest::keyClick(notifications, Qt::Key_Space);
    QTest::keyClick(notifications, Qt::Key_S, Qt::ControlModifier);
    QSettings settings;
    QCOMPARE(settings.value(u"ui/language"_s).toString(), u"de"_s);
    QCOMPARE(settings.value(u"ui/startMinimized"_s).toBool(), true);
    QCOMPARE(settings.value(u"ui/notifications"_s).toBool(), false);
    const SettingsLocal::Values values = SettingsLocal::load();
    QCOMPARE(values.language, u"de"_s);
    QVERIFY(values.startMinimized);
    QVERIFY(!values.notifications);
    QVERIFY(child<QLabel>(&pane, u"settingsStatus"_s)->text().contains(u"language"_s));
    // A new pane shows what is stored.
    SettingsPane again;
    QCOMPARE(child<QComboBox>(&again, u"languageCombo"_s)->currentData().toString(), u"de"_s);
    QVERIFY(child<QCheckBox>(&again, u"startMinimizedCheck"_s)->isChecked());
}

void TestSettingsPane::rateLimitSaved()
{
    SettingsPane pane;
    showAndActivate(pane);
    openTab(pane, u"settingsLimitsForm"_s);
    auto *spin = child<QSpinBox>(&pane, u"rateLimitSpin"_s);
    QCOMPARE(spin->value(), 0); // the default
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, u"250"_s);
    QCOMPARE(spin->value(), 250);
    clickSave(pane);
    QCOMPARE(QSettings().value(u"receiver/rateLimitPerMinute"_s).toInt(), 250);
    // The engine reads its default limit from the environment; the stored one fills it unless it is set.
    qunsetenv("NESTOGY_RMM_RATE_LIMIT");
    EngineConfig config;
    SettingsLocal::applyTo(config, false);
    QCOMPARE(qEnvironmentVariable("NESTOGY_RMM_RATE_LIMIT"), u"250"_s);
    qputenv("NESTOGY_RMM_RATE_LIMIT", "40");
    SettingsLocal::applyTo(config, false);
    QCOMPARE(qEnvironmentVariable("NESTOGY_RMM_RATE_LIMIT"), u"40"_s);
    qunsetenv("NESTOGY_RMM_RATE_LIMIT");
}

void TestSettingsPane::invalidMailIsMarkedAndNotStored()
{
    const QJsonObject before = storedSmtp();
    SettingsPane pane;
    attach(pane);
    showAndActivate(pane);
    openTab(pane, u"settingsMailForm"_s);
    QVERIFY(child<QWidget>(&pane, u"mailContent"_s)->isVisible());
    // The vault is unlocked: no warning, nothing to retry.
    QVERIFY(!child<QLabel>(&pane, u"mailVaultNote"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&pane, u"mailVaultRetryButton"_s)->isVisible());
    retype(child<QLineEdit>(&pane, u"smtpHostEdit"_s), u"mail server"_s); // a space: no host name
    retype(child<QLineEdit>(&pane, u"smtpFromEdit"_s), u"desk"_s);
    retype(child<QLineEdit>(&pane, u"smtpCaFileEdit"_s), u"/nonexistent/ca.pem"_s);
    clickSave(pane);
    for (const QString &field : {u"smtpHostEdit"_s, u"smtpFromEdit"_s, u"smtpCaFileEdit"_s}) {
        auto *error = child<QLabel>(&pane, field + u"Error"_s);
        QVERIFY2(error->isVisible() && !error->text().isEmpty(), qPrintable(field));
    }
    QVERIFY(child<QLabel>(&pane, u"smtpHostEditError"_s)->text().contains(u"host name"_s));
    QVERIFY(child<QLabel>(&pane, u"smtpFromEditError"_s)->text().contains(u"mail address"_s));
    QVERIFY(!child<QLabel>(&pane, u"smtpPortSpinError"_s)->isVisible());
    QVERIFY(!child<QLabel>(&pane, u"settingsStatus"_s)->text().isEmpty());
    QCOMPARE(storedSmtp(), before);
    // Still unsaved: the test mail waits for a save.
    QVERIFY(!child<QPushButton>(&pane, u"sendTestMailButton"_s)->isEnabled());
}

void TestSettingsPane::validMailIsStoredSealedAndShownAsSet()
{
    const QByteArray secret = "gui-smtp-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    SettingsPane pane;
    attach(pane);
    showAndActivate(pane);
    openTab(pane, u"settingsMailForm"_s);
    retype(child<QLineEdit>(&pane, u"smtpHostEdit"_s), u"mail.msp.example"_s);
    chooseByKeyboard(child<QComboBox>(&pane, u"smtpSecurityCombo"_s), 1); // TLS from the start
    QCOMPARE(child<QSpinBox>(&pane, u"smtpPortSpin"_s)->value(), 465);    // the port follows
    retype(child<QLineEdit>(&pane, u"smtpUsernameEdit"_s), u"desk"_s);
    retype(child<QLineEdit>(&pane, u"smtpPasswordEdit"_s), QString::fromLatin1(secret));
    retype(child<QLineEdit>(&pane, u"smtpFromEdit"_s), u"desk@msp.example"_s);
    clickSave(pane);
    QTRY_COMPARE(storedSmtp().value(u"host"_s).toString(), u"mail.msp.example"_s);
    const QJsonObject stored = storedSmtp();
    QCOMPARE(stored.value(u"security"_s).toString(), u"tls"_s);
    QCOMPARE(stored.value(u"port"_s).toInt(), 465);
    QCOMPARE(stored.value(u"username"_s).toString(), u"desk"_s);
    QVERIFY(!stored.value(u"password_sealed"_s).toString().isEmpty());
    QVERIFY(!stored.contains(u"password"_s));
    QVERIFY2(!databaseBytes().contains(secret), "the SMTP password is stored in plain text");
    // After saving, the password is only "set" with Replace, never shown again.
    QTRY_VERIFY(child<QLabel>(&pane, u"smtpPasswordState"_s)->isVisible());
    QVERIFY(child<QPushButton>(&pane, u"smtpPasswordReplace"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(&pane, u"smtpPasswordEdit"_s)->isVisible());
    QVERIFY(child<QLineEdit>(&pane, u"smtpPasswordEdit"_s)->text().isEmpty());
    QVERIFY(child<QLabel>(&pane, u"settingsStatus"_s)->text().contains(u"saved"_s));

    // Saving again without touching the password keeps it; a new pane shows it as set.
    retype(child<QLineEdit>(&pane, u"smtpHostEdit"_s), u"mail2.msp.example"_s);
    clickSave(pane);
    QTRY_COMPARE(storedSmtp().value(u"host"_s).toString(), u"mail2.msp.example"_s);
    // Committed; the form takes edits again once it has heard so.
    QTRY_VERIFY(child<QWidget>(&pane, u"mailContent"_s)->isEnabled());
    QCOMPARE(storedSmtp().value(u"password_sealed"_s), stored.value(u"password_sealed"_s));
    SettingsPane again;
    attach(again);
    QVERIFY(!child<QLabel>(&again, u"smtpPasswordState"_s)->isHidden());
    QCOMPARE(child<QLineEdit>(&again, u"smtpHostEdit"_s)->text(), u"mail2.msp.example"_s);

    // Without a user name there is no password to keep: saving removes it.
    retype(child<QLineEdit>(&pane, u"smtpUsernameEdit"_s), QString());
    QVERIFY(!child<QWidget>(&pane, u"smtpPasswordField"_s)->isEnabled());
    clickSave(pane);
    QTRY_VERIFY(!storedSmtp().contains(u"password_sealed"_s));
}

void TestSettingsPane::testMailReachesTheServer()
{
    if (qEnvironmentVariableIsEmpty("NESTOGY_TEST_SMTP_PORT")) {
        if (qEnvironmentVariableIntValue("NESTOGY_REQUIRE_SERVICES") == 1)
            QFAIL("no SMTP sink: tools/test must start one (NESTOGY_TEST_SMTP_PORT)");
        QSKIP("no SMTP sink; run through tools/test");
    }
    SettingsPane pane;
    attach(pane);
    showAndActivate(pane);
    openTab(pane, u"settingsMailForm"_s);
    retype(child<QLineEdit>(&pane, u"smtpHostEdit"_s), u"127.0.0.1"_s);
    chooseByKeyboard(child<QComboBox>(&pane, u"smtpSecurityCombo"_s), 2); // none
    auto *port = child<QSpinBox>(&pane, u"smtpPortSpin"_s);
    port->setFocus();
    QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(port, qEnvironmentVariable("NESTOGY_TEST_SMTP_PORT"));
    retype(child<QLineEdit>(&pane, u"smtpUsernameEdit"_s), QString());
    retype(child<QLineEdit>(&pane, u"smtpFromEdit"_s), u"desk@msp.example"_s);
    clickSave(pane);
    auto *send = child<QPushButton>(&pane, u"sendTestMailButton"_s);
    QTRY_VERIFY(send->isEnabled()); // saved
    const QString to = u"gui-test-%1@settings.example"_s.arg(QDateTime::currentMSecsSinceEpoch());
    retype(child<QLineEdit>(&pane, u"testMailToEdit"_s), u"not an address"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(child<QLabel>(&pane, u"testMailToEditError"_s)->isVisible());
    retype(child<QLineEdit>(&pane, u"testMailToEdit"_s), to);
    QTest::keyClick(child<QLineEdit>(&pane, u"testMailToEdit"_s), Qt::Key_Return);
    auto *result = child<QLabel>(&pane, u"testMailResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"took the test mail"_s), 30000);
    const QDir dir(qEnvironmentVariable("NESTOGY_TEST_SMTP_DIR"));
    bool found = false;
    for (const QFileInfo &fi : dir.entryInfoList({u"*.eml"_s}, QDir::Files)) {
        QFile f(fi.filePath());
        found = found || (f.open(QIODevice::ReadOnly) && f.readAll().contains(to.toUtf8()));
    }
    QVERIFY2(found, "the test mail is not in the sink");
}

QTEST_MAIN(TestSettingsPane)
#include "tst_settingspane.moc"
