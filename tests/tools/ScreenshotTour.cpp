// Takes the README's screenshots of the real application: starts an engine in a temporary data dir, feeds
// it alerts through its webhook like an RMM would, opens the main window at a fixed size and grabs the
// dashboard, the alerts pane with an alert's detail, and the integration dialog with a mapping preview.
// Run it under Xvfb through tests/tools/take-screenshots.sh (a real X server, so fonts and styles are the
// desktop's); it writes PNG files into the directory given as its argument.
#include "EngineCommands.h"
#include "EngineFixture.h"
#include "MainWindow.h"
#include "TranslationLoader.h"
#include "dialogs/IntegrationDialog.h"
#include "widgets/FieldMappingEditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace nestogy;
using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(300); // let pending paints and queued refreshes land
    const bool ok = widget->grab().save(path);
    qInfo().noquote() << (ok ? "wrote" : "could not write") << path;
    return ok;
}

void seed(EngineFixture &engine, QString *genericId)
{
    ApiClient &api = engine.api();
    for (const auto &[name, email] : {std::pair{u"Acme Dental"_s, u"it@acme-dental.example"_s},
                                      std::pair{u"Birch & Ward Law"_s, u"office@birchward.example"_s},
                                      std::pair{u"Cobalt Clinics"_s, u"admin@cobalt.example"_s}})
        api.post(u"/api/clients"_s, {{u"name"_s, name}, {u"email"_s, email}});
    api.post(u"/api/technicians"_s, {{u"name"_s, u"Dana Kim"_s},
                                     {u"email"_s, u"dana@msp.example"_s},
                                     {u"skills"_s, QJsonArray{u"disk"_s, u"backup"_s}},
                                     {u"capacity"_s, 8}});
    api.post(u"/api/technicians"_s, {{u"name"_s, u"Sam Ortiz"_s},
                                     {u"email"_s, u"sam@msp.example"_s},
                                     {u"skills"_s, QJsonArray{u"network"_s, u"offline"_s}},
                                     {u"capacity"_s, 8},
                                     {u"seniority"_s, 4}});
    api.post(u"/api/technicians"_s,
             {{u"name"_s, u"Mo Patel"_s}, {u"email"_s, u"mo@msp.example"_s}, {u"role"_s, u"manager"_s}});
    engine.createIntegration({{u"name"_s, u"NinjaOne (main tenant)"_s},
                              {u"provider"_s, u"ninjaone"_s},
                              {u"credentials"_s, QJsonObject{{u"bearer_token"_s, u"ninja-demo-token"_s}}}});
    engine.createIntegration({{u"name"_s, u"Datto RMM"_s}, {u"provider"_s, u"datto"_s}});
    *genericId = engine
                     .createIntegration({{u"name"_s, u"Zabbix (generic)"_s},
                                         {u"provider"_s, u"generic"_s},
                                         {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
                     .value(u"id"_s)
                     .toString();
    struct Sample
    {
        const char *type;
        const char *device;
        const char *client;
        const char *severity;
        const char *message;
    };
    const Sample samples[] = {
        {"Disk space", "ACME-FS01", "Acme Dental", "critical", "C: has 2.1 GB free (97 % used)"},
        {"Offline", "BW-RECEPTION", "Birch & Ward Law", "high", "Device has not checked in for 15 minutes"},
        {"Backup failed", "COBALT-SQL", "Cobalt Clinics", "high", "Nightly image backup failed: VSS error"},
        {"CPU", "ACME-TS02", "Acme Dental", "warning", "CPU above 90 % for 10 minutes"},
        {"Antivirus", "BW-LAPTOP-07", "Birch & Ward Law", "critical", "Threat quarantined: Trojan.GenericKD"},
        {"Windows update", "COBALT-DC1", "Cobalt Clinics", "info", "12 updates pending reboot"},
        {"Service stopped", "ACME-FS01", "Acme Dental", "high", "Service 'Spooler' stopped"},
        {"Memory", "COBALT-APP2", "Cobalt Clinics", "warning", "Available memory below 5 %"},
    };
    ApiClient anonymous(engine.baseUrl());
    int n = 0;
    for (int round = 0; round < 3; ++round) {
        for (const Sample &s : samples) {
            // Repeats of the same alert show as occurrences; a few rounds make the chart and noisy list live.
            if (round > 0 && n % 3 == 0) {
                ++n;
                continue;
            }
            anonymous.request(
                "POST", u"/api/webhooks/generic/"_s + *genericId,
                QJsonDocument(QJsonObject{{u"alert_id"_s,
                                           u"%1-%2"_s.arg(QLatin1String(s.device), QLatin1String(s.type))},
                                          {u"device_id"_s, QLatin1String(s.device)},
                                          {u"device_name"_s, QLatin1String(s.device)},
                                          {u"client_id"_s, QLatin1String(s.client)},
                                          {u"alert_type"_s, QLatin1String(s.type)},
                                          {u"severity"_s, QLatin1String(s.severity)},
                                          {u"message"_s, QLatin1String(s.message)}})
                    .toJson());
            ++n;
        }
    }
    // Tickets are made by background jobs: wait until the queue is empty.
    if (!QTest::qWaitFor(
            [&api] { return api.get(u"/api/jobs?state=queued"_s).json.value(u"total"_s).toInt() == 0; },
            20000))
        qWarning() << "jobs still queued after 20 s; the screenshots may show fewer tickets";
}

void selectFirstRow(QWidget *pane)
{
    const auto views = pane->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->isVisible() && view->model() && view->model()->rowCount() > 0) {
            view->setFocus();
            view->setCurrentIndex(view->model()->index(0, 0));
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Nestogy-screenshots"_s);
    QCoreApplication::setApplicationName(u"Nestogy Desk"_s);
    const QString outDir = app.arguments().value(1, u"docs/screenshots"_s);
    QDir().mkpath(outDir);
    TranslationLoader translations;
    translations.load(QLocale(QLocale::English));

    EngineFixture engine;
    if (const QString error = engine.start(); !error.isEmpty()) {
        qCritical().noquote() << "engine:" << error;
        return 1;
    }
    QString genericId;
    seed(engine, &genericId);

    MainWindow window;
    window.resize(1440, 900);
    window.setListenerStatus(engine.baseUrl().authority(), false, true);
    window.setEngine(engine.host()->engine());
    window.show();
    QTest::qWait(2500); // the dashboard refreshes at most every 2 s

    bool ok = save(&window, outDir + u"/dashboard.png"_s);
    window.showSection(MainWindow::Alerts);
    QTest::qWait(500);
    selectFirstRow(window.findChild<QWidget *>(u"alertsPane"_s));
    ok = save(&window, outDir + u"/alerts.png"_s) && ok;

    QString error;
    const auto commands = EngineCommands::create(*engine.host()->engine(), &error);
    if (!commands) {
        qCritical().noquote() << "commands:" << error;
        return 1;
    }
    IntegrationDialog dialog(*commands, std::nullopt, &window);
    dialog.resize(900, 720);
    dialog.show();
    if (auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s)) {
        const int generic = provider->findData(u"generic"_s);
        provider->setCurrentIndex(generic >= 0 ? generic
                                               : provider->findText(u"Generic"_s, Qt::MatchStartsWith));
    }
    if (auto *tabs = dialog.findChild<QTabWidget *>(u"integrationTabs"_s)) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).contains(u"Mapping"_s, Qt::CaseInsensitive))
                tabs->setCurrentIndex(i);
        }
    }
    if (auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s))
        name->setText(u"Zabbix (head office)"_s);
    // The Zabbix preset's mapping and a payload as Zabbix sends it: the preview shows the normalized alert.
    if (auto *mapping = dialog.findChild<FieldMappingEditor *>()) {
        QFile map(QStringLiteral(NESTOGY_FIXTURES_DIR "/webhooks/generic/zabbix-style.mapping.json"));
        QFile sample(QStringLiteral(NESTOGY_FIXTURES_DIR "/webhooks/generic/zabbix-style.json"));
        if (map.open(QIODevice::ReadOnly) && sample.open(QIODevice::ReadOnly)) {
            mapping->setMapping(QJsonDocument::fromJson(map.readAll()).object());
            mapping->setSample(QString::fromUtf8(sample.readAll()));
        }
    }
    QTest::qWait(800);
    ok = save(&dialog, outDir + u"/integration-dialog.png"_s) && ok;
    dialog.reject();
    window.setEngine(nullptr);
    engine.stop();
    return ok ? 0 : 1;
}
