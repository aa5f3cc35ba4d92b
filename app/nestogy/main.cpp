#include "EngineConfig.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "TranslationLoader.h"
#include "TrayNotifier.h"
#include "widgets/SettingsLocal.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const auto LanguageOption = u"lang"_s;

// The language must be known before the other options' descriptions are translated, so it is read first.
// --lang, else the language chosen in Settings, else the system's.
QLocale requestedLocale(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(LanguageOption, QString(), u"LANG"_s));
    parser.parse(arguments);
    QString language = parser.value(LanguageOption);
    if (language.isEmpty())
        language = nestogy::SettingsLocal::load().language;
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Nestogy"_s);
    QCoreApplication::setApplicationName(u"Nestogy Desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NESTOGY_VERSION));

    const QLocale locale = requestedLocale(QCoreApplication::arguments());
    QLocale::setDefault(locale);
    nestogy::TranslationLoader translations;
    translations.load(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Receives RMM alerts and turns them into tickets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QCoreApplication::translate("main", "Keep the database and keys in <DIR>."),
        QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption listenOption(
        u"listen"_s, QCoreApplication::translate("main", "Receive webhooks on <HOST:PORT>."),
        QCoreApplication::translate("main", "HOST:PORT"));
    const QCommandLineOption databaseOption(
        u"database"_s,
        QCoreApplication::translate("main", "Use the database at <URL> (postgresql://user@host:port/db)."),
        QCoreApplication::translate("main", "URL"));
    const QCommandLineOption languageOption(
        LanguageOption,
        QCoreApplication::translate("main", "Use <LANG> (for example de) instead of the system language."),
        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption tlsCertOption(
        u"tls-cert"_s,
        QCoreApplication::translate("main", "Receive webhooks over HTTPS with the certificate in <FILE>."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption tlsKeyOption(
        u"tls-key"_s, QCoreApplication::translate("main", "The private key of --tls-cert."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOptions(
        {dataDirOption, listenOption, databaseOption, tlsCertOption, tlsKeyOption, languageOption});
    parser.process(app);

    nestogy::EngineConfig config;
    config.dataDir = parser.value(dataDirOption);
    if (parser.isSet(listenOption)) {
        if (const QString err = nestogy::EngineConfig::parseListen(parser.value(listenOption),
                                                                   &config.listenHost, &config.listenPort);
            !err.isEmpty()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Nestogy desk"),
                                  QCoreApplication::translate("main", "--listen: %1").arg(err));
            return 2;
        }
    }
    config.databaseUrl = parser.value(databaseOption);
    config.tlsCertFile = parser.value(tlsCertOption);
    config.tlsKeyFile = parser.value(tlsKeyOption);
    config.applyEnvironment();
    // What Settings stored for this workstation fills in what the command line and environment left open.
    const QString storedProblem = nestogy::SettingsLocal::applyTo(config, parser.isSet(listenOption));

    nestogy::MainWindow window;
    window.setListenerStatus(QUrl(config.listenUrl(config.listenPort)).authority(), config.tls(), false);
    // The engine runs on its own thread inside the GUI process; the window only hears its signals.
    nestogy::EngineHost engine(config);
    nestogy::TrayNotifier tray;
    QObject::connect(&engine, &nestogy::EngineHost::started, &window,
                     [&window, &engine, &tray](const QString &url) {
                         const QUrl at(url);
                         window.setListenerStatus(at.authority(), at.scheme() == u"https", true);
                         // The panes and the tray read and act through the running engine from now on.
                         window.setEngine(engine.engine());
                         tray.setEngine(engine.engine());
                     });
    const auto showWindow = [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&tray, &nestogy::TrayNotifier::showWindowRequested, &window, showWindow);
    QObject::connect(&tray, &nestogy::TrayNotifier::quitRequested, &window, &QWidget::close);
    QObject::connect(&tray, &nestogy::TrayNotifier::openTicketRequested, &window,
                     [&window, showWindow](qint64 id) {
                         showWindow();
                         window.showTicket(id);
                     });
    QObject::connect(&tray, &nestogy::TrayNotifier::openAlertRequested, &window,
                     [&window, showWindow](const QString &uuid) {
                         showWindow();
                         window.showAlert(uuid);
                     });
    QObject::connect(&engine, &nestogy::EngineHost::failed, &window, [&window](const QString &reason) {
        QMessageBox::warning(
            &window, QCoreApplication::translate("main", "Nestogy desk"),
            QCoreApplication::translate("main", "The alert receiver could not start:\n%1").arg(reason));
    });
    engine.start();
    // Minimized to the tray only where there is a tray to bring it back from.
    if (!(nestogy::SettingsLocal::load().startMinimized && tray.hasTrayIcon()))
        window.show();
    if (!storedProblem.isEmpty())
        QMessageBox::warning(
            &window, QCoreApplication::translate("main", "Nestogy desk"),
            QCoreApplication::translate("main", "A stored setting was not used: %1").arg(storedProblem));
    const int rc = QApplication::exec();
    // The panes and the tray let go before the engine is deleted with its host.
    tray.setEngine(nullptr);
    window.setEngine(nullptr);
    return rc;
}
