// nestogyd: the Nestogy desk engine without a screen. Receives RMM webhooks and serves the management API.
#include "EngineConfig.h"
#include "EngineHost.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace nestogy;

namespace {
constexpr int ExitUsage = 2;

[[noreturn]] void die(const QString &reason)
{
    std::fprintf(stderr, "nestogyd: %s\n", qPrintable(reason));
    std::exit(ExitUsage);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Nestogy"));
    QCoreApplication::setApplicationName(QStringLiteral("nestogyd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NESTOGY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Nestogy desk service: receives RMM alert webhooks and serves the management API.\n\n"
        "Environment:\n"
        "  NESTOGY_ADMIN_TOKEN    management API token (else generated once into DIR/admin-token, mode "
        "0600)\n"
        "  NESTOGY_MASTER_KEY     base64 32-byte key for the credential vault where no OS keychain is\n"
        "                         available (else the key lives in the Secret Service keyring)\n"
        "  NESTOGY_DATABASE_URL   same as --database\n"
        "  NESTOGY_PUBLIC_URL     base URL used in the webhook URLs the API hands out\n"
        "  NESTOGY_TLS_CERT, NESTOGY_TLS_KEY  same as --tls-cert and --tls-key\n"
        "  NESTOGY_TLS_KEY_PASSPHRASE  passphrase of an encrypted TLS private key\n"
        "  NESTOGY_MAX_BODY_BYTES largest accepted request body (default 1048576)\n"
        "  NESTOGY_RMM_RATE_LIMIT webhooks per minute per integration and sender IP (default 1000)\n"
        "  NESTOGY_RMM_RETRY_ATTEMPTS tries before a job is dead-lettered (default 3)\n"
        "  NESTOGY_WORKERS        job worker threads (default: the number of cores)\n"
        "  NESTOGY_SMTP_HOST, NESTOGY_SMTP_PORT, NESTOGY_SMTP_SECURITY (none|starttls|tls),\n"
        "  NESTOGY_SMTP_USER, NESTOGY_SMTP_PASSWORD, NESTOGY_SMTP_FROM, NESTOGY_SMTP_CA_FILE\n"
        "                         mail server; when NESTOGY_SMTP_HOST is set these replace the mail\n"
        "                         settings stored through PUT /api/settings/smtp\n"
        "  NESTOGY_SQLITE_SYNCHRONOUS normal: faster commits, not durable against power loss\n"
        "  QT_LOGGING_RULES       e.g. \"nestogy.*.debug=true\" for more detail\n\n"
        "Exit codes: 0 after SIGTERM/SIGINT, 2 when it cannot start (bad option, port in use, data dir not "
        "writable, database error, unusable TLS certificate or key)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for the database and the admin token (default: %1).")
            .arg(EngineConfig::defaultDataDir()),
        QStringLiteral("DIR"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (default 127.0.0.1:8080; "
                       "port 0 picks a free one)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Database: a SQLite file path or "
                                                           "postgresql://user[:password]@host:port/db "
                                                           "(default: DIR/nestogy.db)."),
                                            QStringLiteral("URL"));
    const QCommandLineOption publicUrlOption(
        QStringLiteral("public-url"),
        QStringLiteral("Base URL senders reach this service at, used in webhook "
                       "URLs (default: the Host the request came to)."),
        QStringLiteral("URL"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with the certificate in FILE (PEM: the server certificate, then its "
                       "intermediates). Needs --tls-key."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The private key of --tls-cert (PEM)."),
                                          QStringLiteral("FILE"));
    parser.addOptions(
        {dataDirOption, listenOption, databaseOption, publicUrlOption, tlsCertOption, tlsKeyOption});
    if (!parser.parse(QCoreApplication::arguments()))
        die(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        die(QStringLiteral("unexpected argument '%1' (see --help)")
                .arg(parser.positionalArguments().constFirst()));

    EngineConfig config;
    config.dataDir = parser.value(dataDirOption);
    if (const QString err =
            EngineConfig::parseListen(parser.value(listenOption), &config.listenHost, &config.listenPort);
        !err.isEmpty())
        die(QStringLiteral("--listen: ") + err);
    config.databaseUrl = parser.value(databaseOption);
    config.publicUrl = parser.value(publicUrlOption);
    config.tlsCertFile = parser.value(tlsCertOption);
    config.tlsKeyFile = parser.value(tlsKeyOption);
    config.applyEnvironment();

    EngineHost host(config);
    UnixSignalWatcher signalWatcher;
    QObject::connect(&host, &EngineHost::started, &app, [](const QString &url) {
        std::printf("listening on %s\n", qPrintable(url));
        std::fflush(stdout);
    });
    QObject::connect(&host, &EngineHost::failed, &app, [](const QString &reason) {
        std::fprintf(stderr, "nestogyd: %s\n", qPrintable(reason));
        QCoreApplication::exit(ExitUsage);
    });
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &host,
                     [&host](int) { host.stop(); });
    QObject::connect(&host, &EngineHost::stopped, &app, [] { QCoreApplication::exit(0); });
    host.start();
    return app.exec();
}
