#include "EngineConfig.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {

const auto LanguageOption = u"lang"_s;

// The language must be known before the other options' descriptions are translated, so it is read first.
QLocale requestedLocale(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(LanguageOption, QString(), u"LANG"_s));
    parser.parse(arguments);
    const QString language = parser.value(LanguageOption);
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
    parser.addOptions({dataDirOption, listenOption, databaseOption, languageOption});
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
    config.applyEnvironment();

    nestogy::MainWindow window;
    window.setListenerStatus(config.listenUrl(config.listenPort), false, false);
    // The engine runs on its own thread inside the GUI process; the window only hears its signals.
    nestogy::EngineHost engine(config);
    QObject::connect(&engine, &nestogy::EngineHost::started, &window, [&window, &engine](const QString &url) {
        window.setListenerStatus(url, false, true);
        // The panes read and act through the running engine from now on.
        window.setEngine(engine.engine());
    });
    QObject::connect(&engine, &nestogy::EngineHost::failed, &window, [&window](const QString &reason) {
        QMessageBox::warning(
            &window, QCoreApplication::translate("main", "Nestogy desk"),
            QCoreApplication::translate("main", "The alert receiver could not start:\n%1").arg(reason));
    });
    engine.start();
    window.show();
    const int rc = QApplication::exec();
    window.setEngine(nullptr); // the panes let go before the engine is deleted with its host
    return rc;
}
