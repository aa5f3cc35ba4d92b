// IntegrationCommands, the writes the management API and the desktop share: every bad field named at once,
// secrets sealed before storage, the audit log, change notices, rotation with grace, and the mapping
// preview's results and exact error texts.
#include "ChangeNotifier.h"
#include "Clock.h"
#include "CredentialVault.h"
#include "Database.h"
#include "IntegrationCommands.h"
#include "IntegrationStore.h"
#include "MappingPreview.h"
#include "OwnedThread.h"
#include "PayloadParser.h"
#include "StorageWriter.h"
#include "WebhookAuthMethods.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nestogy;
using namespace Qt::StringLiterals;
using Outcome = IntegrationCommands::Outcome;
using Status = IntegrationCommands::Outcome::Status;
using Problems = IntegrationDraftCheck::Problems;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const QJsonObject &zabbixMapping()
{
    static const QJsonObject mapping = json(R"({"alert_id": "$.event.id", "device_id": "$.host.name",
        "message": "$.event.name", "severity": "$.event.severity", "status": "$.event.status",
        "severity_map": {"Disaster": "urgent"}, "resolve_values": ["RESOLVED"]})");
    return mapping;
}

} // namespace

class TestIntegrationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validateNamesEveryBadField();
    void validateChecks_data();
    void validateChecks();
    void validateAcceptsAGoodDraft();
    void validateKeepsStoredSecrets();
    void createSealsSecretsAuditsAndNotifies();
    void createRefusedByValidatorWritesNothing();
    void createWithoutVaultSaysHowToFixIt();
    void updateReplacesSecretWithGraceAndInvalidates();
    void setActive();
    void rotateSecretReturnsTheNewValueOnce();
    void rotateRefusesVendorCredentials();
    void unknownIntegration();
    void removeNotifiesAndAudits();
    void webhookUrl();
    void authMethods();
    void preview_data();
    void preview();

private:
    IntegrationCommands commands(const CredentialVault &vault);
    // Runs a command and waits for its one answer.
    Outcome run(const std::function<void(IntegrationCommands::Done)> &start);
    Integration createGeneric(const QString &name);
    QList<IntegrationStore::SealedSecret> secretsOf(const Integration &integration);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StorageWriter> m_writer;
    CredentialVault m_vault;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ChangeNotifier> m_changes;
    QStringList m_invalidated;
    OwnedThread m_thread; // declared last: stopped first
};

void TestIntegrationCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"nestogy.db"_s)));
    const QString error = m_db->openAndMigrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_writer = std::make_unique<StorageWriter>(*m_db);
    m_thread = startNamedThread(u"tst-integration-writer"_s);
    m_writer->moveToThread(m_thread.get());
    m_vault.setMasterKey(QByteArray(32, 'k'));
    m_changes = std::make_unique<ChangeNotifier>();
    m_invalidated.clear();
}

void TestIntegrationCommands::cleanup()
{
    m_thread.reset();
    m_writer.reset();
    m_changes.reset();
    m_db.reset();
    m_dir.reset();
}

IntegrationCommands TestIntegrationCommands::commands(const CredentialVault &vault)
{
    return IntegrationCommands({*m_db, *m_writer, vault, m_clock, m_changes.get(),
                                [this](const QString &uuid) { m_invalidated << uuid; }, 3600 * 1000});
}

Outcome TestIntegrationCommands::run(const std::function<void(IntegrationCommands::Done)> &start)
{
    auto answers = std::make_shared<QList<Outcome>>();
    start([answers](const Outcome &o) { answers->append(o); });
    if (!QTest::qWaitFor([&] { return !answers->isEmpty(); }, 10000))
        return {Status::WriteFailed, {}, u"no answer within 10 s"_s, {}, {}, {}, {}};
    QTest::qWait(20); // a second answer would be a bug
    if (answers->size() != 1)
        return {Status::WriteFailed, {}, u"answered %1 times"_s.arg(answers->size()), {}, {}, {}, {}};
    return answers->first();
}

Integration TestIntegrationCommands::createGeneric(const QString &name)
{
    // Waits for the create's change notice too, so a spy made afterwards sees only what follows.
    QSignalSpy changed(m_changes.get(), &ChangeNotifier::integrationsChanged);
    const auto o = run([&](auto done) {
        commands(m_vault).create({{u"name"_s, name},
                                  {u"provider"_s, u"generic"_s},
                                  {u"field_mappings"_s, zabbixMapping()},
                                  {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"api_key"_s},
                                                                 {u"api_key"_s, u"first-key-value"_s}}}},
                                 u"tester"_s, this, done);
    });
    if (!o.ok() || !o.integration) {
        qWarning() << "create failed:" << o.field << o.message;
        return {};
    }
    if (!QTest::qWaitFor([&] { return changed.count() > 0; }, 2000))
        qWarning() << "no change notice for the create";
    return *o.integration;
}

QList<IntegrationStore::SealedSecret> TestIntegrationCommands::secretsOf(const Integration &integration)
{
    QSqlDatabase db = m_db->connection();
    return IntegrationStore::secrets(db, integration.id);
}

void TestIntegrationCommands::validateNamesEveryBadField()
{
    const QJsonObject body{
        {u"name"_s, u"  "_s},
        {u"provider"_s, u"generic"_s},
        {u"api_endpoint"_s, u"ftp://example.com"_s},
        {u"field_mappings"_s, json(R"({"alert_id": "$.a[", "device_id": "$.ok", "severity": 5})")},
        {u"settings"_s, json(R"({"rate_limit_per_minute": 0})")},
        {u"credentials"_s, json(R"({"bearer_token": "x", "auth_method": "magic"})")},
        {u"colour"_s, u"red"_s}};
    const Problems problems = commands(m_vault).validate({body, std::nullopt, u"api_key"_s});
    QCOMPARE(problems.value(u"name"_s), u"required, a non-empty string"_s);
    QVERIFY(problems.value(u"api_endpoint"_s).startsWith(u"must be an http(s) URL"_s));
    QVERIFY(problems.value(u"field_mappings.alert_id"_s).startsWith(u"alert_id: "_s));
    QCOMPARE(problems.value(u"field_mappings.severity"_s),
             u"severity: a path must be a string such as \"$.event.id\""_s);
    QVERIFY(!problems.contains(u"field_mappings.device_id"_s));
    QVERIFY(!problems.contains(u"field_mappings"_s)); // split per key, nothing left over
    QCOMPARE(problems.value(u"settings.rate_limit_per_minute"_s),
             u"must be a whole number from 1 to 1e+06"_s);
    QVERIFY(
        problems.value(u"credentials.bearer_token"_s).startsWith(u"not a credential of provider generic"_s));
    QCOMPARE(problems.value(u"credentials.auth_method"_s), u"must be one of api_key, hmac, basic, none"_s);
    QCOMPARE(problems.value(u"credentials.api_key"_s), u"required for this webhook authentication"_s);
    QVERIFY(problems.value(u"colour"_s).startsWith(u"unknown field"_s));
    QCOMPARE(problems.size(), 9);
}

void TestIntegrationCommands::validateChecks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("authMethod");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing provider")
        << QByteArray(R"({"name": "a"})") << QString() << u"provider"_s
        << u"required, one of connectwise, datto, ninja (or ninjaone), generic"_s;
    QTest::newRow("unknown client") << QByteArray(R"({"name": "a", "provider": "datto", "client_id": 77})")
                                    << QString() << u"client_id"_s << u"no client with id 77"_s;
    QTest::newRow("routing rule") << QByteArray(R"({"name": "a", "provider": "datto",
        "alert_rules": [{"match": {"device": "("}}]})")
                                  << QString() << u"alert_rules"_s
                                  << u"rule 1: match.device must be a valid regular expression"_s;
    QTest::newRow("severity map target")
        << QByteArray(R"({"name": "a", "provider": "ninja", "settings": {"severity_map": {"x": "panic"}}})")
        << QString() << u"settings.severity_map"_s << u"'x' must map to urgent, high, normal or low"_s;
    QTest::newRow("unknown mapping key")
        << QByteArray(R"({"name": "a", "provider": "generic", "field_mappings": {"alert_idd": "$.a"}})")
        << QString() << u"field_mappings.alert_idd"_s << u"unknown mapping key \"alert_idd\""_s;
    QTest::newRow("hmac needs its secret")
        << QByteArray(R"({"name": "a", "provider": "datto"})") << u"hmac"_s << u"credentials.shared_secret"_s
        << u"required for this webhook authentication"_s;
    QTest::newRow("header needs both")
        << QByteArray(R"({"name": "a", "provider": "ninja",
        "credentials": {"header_name": "X-Key"}})")
        << u"header"_s << u"credentials.header_value"_s << u"required for this webhook authentication"_s;
    QTest::newRow("method of another provider")
        << QByteArray(R"({"name": "a", "provider": "datto"})") << u"bearer"_s << u"auth_method"_s
        << u"not a webhook authentication of provider datto (one of hmac, url_token)"_s;
    QTest::newRow("empty secret") << QByteArray(R"({"name": "a", "provider": "datto",
        "credentials": {"shared_secret": ""}})")
                                  << u"hmac"_s << u"credentials.shared_secret"_s
                                  << u"must be a non-empty string, or null to remove it"_s;
}

void TestIntegrationCommands::validateChecks()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, authMethod);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QVERIFY(!object.isEmpty());
    const Problems problems = commands(m_vault).validate({object, std::nullopt, authMethod});
    QCOMPARE(problems.value(field), reason);
    QCOMPARE(problems.size(), 1);
}

void TestIntegrationCommands::validateAcceptsAGoodDraft()
{
    const QJsonObject body{
        {u"name"_s, u"Zabbix"_s},
        {u"provider"_s, u"generic"_s},
        {u"field_mappings"_s, zabbixMapping()},
        {u"alert_rules"_s,
         json(R"({"r": [{"match": {"severity": "urgent"}, "priority": "High"}]})").value(u"r")},
        {u"credentials"_s, json(R"({"auth_method": "none"})")}};
    QCOMPARE(commands(m_vault).validate({body, std::nullopt, u"none"_s}), Problems());
}

void TestIntegrationCommands::validateKeepsStoredSecrets()
{
    const Integration stored = createGeneric(u"kept"_s);
    QVERIFY(stored.credentialsSet.contains(u"api_key"_s));
    // Editing without retyping the key keeps it: the draft is complete.
    QCOMPARE(commands(m_vault).validate({{{u"name"_s, u"renamed"_s}}, stored, u"api_key"_s}), Problems());
    // Removing it is not.
    const Problems removed = commands(m_vault).validate(
        {{{u"credentials"_s, json(R"({"api_key": null})")}}, stored, u"api_key"_s});
    QCOMPARE(removed.value(u"credentials.api_key"_s), u"required for this webhook authentication"_s);
    // A provider switched to generic is judged by the draft's new mapping, not the old one (a Datto
    // integration's mapping is never checked, so it may hold anything).
    Integration datto = stored;
    datto.provider = Provider::Datto;
    datto.fieldMappings = json(R"({"alert_id": "$.a["})");
    const QJsonObject toGeneric{{u"provider"_s, u"generic"_s}, {u"field_mappings"_s, zabbixMapping()}};
    QCOMPARE(commands(m_vault).validate({toGeneric, datto, {}}), Problems());
    const Problems oldMapping = commands(m_vault).validate({{{u"provider"_s, u"generic"_s}}, datto, {}});
    QVERIFY(oldMapping.value(u"field_mappings"_s).startsWith(u"alert_id: "_s));
}

void TestIntegrationCommands::createSealsSecretsAuditsAndNotifies()
{
    QSignalSpy changed(m_changes.get(), &ChangeNotifier::integrationsChanged);
    const Integration created = createGeneric(u"sealed"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(created.id > 0);
    QCOMPARE(created.name, u"sealed"_s);
    QCOMPARE(created.provider, Provider::Generic);
    QCOMPARE(created.credentialsSet, QStringList({u"api_key"_s, u"auth_method"_s}));
    QCOMPARE(created.fieldMappings, zabbixMapping());

    const auto secrets = secretsOf(created);
    QCOMPARE(secrets.size(), 2);
    for (const auto &s : secrets) {
        QVERIFY(!s.sealed.contains("first-key-value"));
        QVERIFY(!QByteArray::fromBase64(s.sealed).contains("first-key-value"));
    }
    const auto key =
        std::find_if(secrets.cbegin(), secrets.cend(), [](const auto &s) { return s.field == u"api_key"; });
    QVERIFY(key != secrets.cend());
    QCOMPARE(m_vault.open(created.uuid, u"api_key"_s, key->sealed).data, QByteArray("first-key-value"));
    QCOMPARE(commands(m_vault).storedAuthMethod(created), u"api_key"_s);

    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(
        u"SELECT actor, action, details FROM audit_log WHERE entity = 'integration' AND entity_id = '%1'"_s
            .arg(created.uuid)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"tester"_s);
    QCOMPARE(q.value(1).toString(), u"create"_s);
    QVERIFY(!q.value(2).toString().contains(u"first-key-value"_s));
    QVERIFY(m_invalidated.isEmpty()); // nothing cached yet for a new integration
}

void TestIntegrationCommands::createRefusedByValidatorWritesNothing()
{
    const auto o = run([&](auto done) {
        commands(m_vault).create({{u"name"_s, u"x"_s},
                                  {u"provider"_s, u"generic"_s},
                                  {u"field_mappings"_s, json(R"({"alert_id": "$.a["})")}},
                                 u"tester"_s, this, done);
    });
    QCOMPARE(o.status, Status::Invalid);
    QCOMPARE(o.field, u"field_mappings"_s);
    QVERIFY(o.message.startsWith(u"alert_id: "_s));
    QCOMPARE(commands(m_vault).list().size(), 0);
}

void TestIntegrationCommands::createWithoutVaultSaysHowToFixIt()
{
    CredentialVault locked;
    locked.setUnavailable(u"no keyring"_s);
    const auto o = run([&](auto done) {
        commands(locked).create({{u"name"_s, u"x"_s},
                                 {u"provider"_s, u"datto"_s},
                                 {u"credentials"_s, json(R"({"shared_secret": "s"})")}},
                                u"tester"_s, this, done);
    });
    QCOMPARE(o.status, Status::VaultUnavailable);
    QCOMPARE(o.message, u"no keyring"_s);
    QVERIFY(o.fix.contains(u"NESTOGY_MASTER_KEY"_s));
    QCOMPARE(commands(m_vault).list().size(), 0);
}

void TestIntegrationCommands::updateReplacesSecretWithGraceAndInvalidates()
{
    const Integration created = createGeneric(u"to update"_s);
    QSignalSpy changed(m_changes.get(), &ChangeNotifier::integrationsChanged);
    const auto o = run([&](auto done) {
        commands(m_vault).update(
            created.uuid, {{u"name"_s, u"updated"_s}, {u"credentials"_s, json(R"({"api_key": "second"})")}},
            u"tester"_s, this, done);
    });
    QVERIFY2(o.ok(), qPrintable(o.message));
    QCOMPARE(o.integration->name, u"updated"_s);
    QCOMPARE(m_invalidated, QStringList{created.uuid});
    QTRY_COMPARE(changed.count(), 1);
    int previous = 0;
    const auto secrets = secretsOf(created);
    for (const auto &s : secrets) {
        if (s.field == u"api_key" && s.slot == u"previous") {
            ++previous;
            QCOMPARE(s.expiresMs, m_clock.nowMs() + 3600 * 1000);
            QCOMPARE(m_vault.open(created.uuid, s.field, s.sealed).data, QByteArray("first-key-value"));
        }
    }
    QCOMPARE(previous, 1);
}

void TestIntegrationCommands::setActive()
{
    const Integration created = createGeneric(u"switch"_s);
    QVERIFY(created.active);
    const auto o =
        run([&](auto done) { commands(m_vault).setActive(created.uuid, false, u"tester"_s, this, done); });
    QVERIFY2(o.ok(), qPrintable(o.message));
    QVERIFY(!o.integration->active);
    QVERIFY(!commands(m_vault).find(created.uuid)->active);
}

void TestIntegrationCommands::rotateSecretReturnsTheNewValueOnce()
{
    const Integration created = createGeneric(u"rotate"_s);
    const auto o = run([&](auto done) {
        commands(m_vault).rotateSecret(created.uuid, u"api_key"_s, u"tester"_s, this, done);
    });
    QVERIFY2(o.ok(), qPrintable(o.message));
    QCOMPARE(o.secret.size(), 43); // 32 random bytes, base64url without padding
    QVERIFY(o.secret != "first-key-value");
    QStringList slotNames;
    const auto secrets = secretsOf(created);
    for (const auto &s : secrets) {
        if (s.field != u"api_key")
            continue;
        slotNames << s.slot;
        const QByteArray plain = m_vault.open(created.uuid, s.field, s.sealed).data;
        QCOMPARE(plain, s.slot == u"current" ? o.secret : QByteArray("first-key-value"));
    }
    slotNames.sort();
    QCOMPARE(slotNames, QStringList({u"current"_s, u"previous"_s}));
    QVERIFY(IntegrationCommands::generateSecret() != IntegrationCommands::generateSecret());
}

void TestIntegrationCommands::rotateRefusesVendorCredentials()
{
    const Integration created = createGeneric(u"no rotate"_s);
    const auto o = run([&](auto done) {
        commands(m_vault).rotateSecret(created.uuid, u"username"_s, u"tester"_s, this, done);
    });
    QCOMPARE(o.status, Status::Invalid);
    QCOMPARE(o.field, u"credentials.username"_s);
}

void TestIntegrationCommands::unknownIntegration()
{
    const QString missing = u"6f1c2a1e-1111-4222-8333-944445555666"_s;
    QCOMPARE(run([&](auto done) { commands(m_vault).update(missing, {}, u"t"_s, this, done); }).status,
             Status::NotFound);
    QCOMPARE(run([&](auto done) {
                 commands(m_vault).setActive(u"not-a-uuid"_s, true, u"t"_s, this, done);
             }).status,
             Status::NotFound);
    QCOMPARE(run([&](auto done) { commands(m_vault).remove(missing, u"t"_s, this, done); }).status,
             Status::NotFound);
}

void TestIntegrationCommands::removeNotifiesAndAudits()
{
    const Integration created = createGeneric(u"to remove"_s);
    QSignalSpy changed(m_changes.get(), &ChangeNotifier::integrationsChanged);
    const auto o = run([&](auto done) { commands(m_vault).remove(created.uuid, u"tester"_s, this, done); });
    QVERIFY2(o.ok(), qPrintable(o.message));
    QVERIFY(!commands(m_vault).find(created.uuid));
    QCOMPARE(m_invalidated, QStringList{created.uuid});
    QTRY_COMPARE(changed.count(), 1);
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(
        u"SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND entity_id = '%1'"_s.arg(created.uuid)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestIntegrationCommands::webhookUrl()
{
    Integration i;
    i.uuid = u"6f1c2a1e-1111-4222-8333-944445555666"_s;
    i.provider = Provider::Ninja;
    QCOMPARE(IntegrationCommands::webhookUrl(u"https://desk.example.com/"_s, i),
             u"https://desk.example.com/api/webhooks/ninja/6f1c2a1e-1111-4222-8333-944445555666"_s);
    QCOMPARE(IntegrationCommands::webhookUrl(u"http://127.0.0.1:8080"_s, i),
             u"http://127.0.0.1:8080/api/webhooks/ninja/6f1c2a1e-1111-4222-8333-944445555666"_s);
}

void TestIntegrationCommands::authMethods()
{
    using M = WebhookAuthMethods;
    QCOMPARE(M::detect(Provider::Ninja, {u"header_name"_s, u"header_value"_s}, {}), u"header"_s);
    QCOMPARE(M::detect(Provider::Ninja, {u"header_name"_s}, {}), QString());
    QCOMPARE(M::detect(Provider::Datto, {u"url_token"_s}, {}), u"url_token"_s);
    QCOMPARE(M::detect(Provider::Generic, {u"auth_method"_s, u"url_token"_s}, u"api_key"_s), u"url_token"_s);
    QCOMPARE(M::detect(Provider::Generic, {u"auth_method"_s}, u"none"_s), u"none"_s);
    QCOMPARE(M::detect(Provider::Generic, {u"auth_method"_s, u"hmac_secret"_s}, u"hmac"_s), u"hmac"_s);
    QCOMPARE(M::storedAuthMethod(u"url_token"_s), u"api_key"_s);
    QCOMPARE(M::staleFields(Provider::Ninja, u"url_token"_s,
                            {u"bearer_token"_s, u"client_secret"_s, u"url_token"_s}),
             QStringList{u"bearer_token"_s});
    QCOMPARE(M::apiFields(Provider::Ninja), QStringList({u"client_id"_s, u"client_secret"_s}));
    QCOMPARE(M::apiFields(Provider::Datto), QStringList({u"api_key"_s, u"api_secret"_s}));
    QVERIFY(M::isGeneratable(Provider::ConnectWise, u"api_key"_s));
    QVERIFY(!M::isGeneratable(Provider::Datto, u"api_key"_s)); // Datto's API key comes from Datto
    QVERIFY(!M::isGeneratable(Provider::Ninja, u"header_name"_s));
}

void TestIntegrationCommands::preview_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected"); // "severity|device|status" for alerts, else the error text

    using K = MappingPreview::Result::Kind;
    const QByteArray zabbix = QJsonDocument(zabbixMapping()).toJson(QJsonDocument::Compact);
    const QByteArray problem = R"({"event": {"id": "4471", "name": "CPU high", "severity": "Disaster",
        "status": "PROBLEM"}, "host": {"name": "SRV-01"}})";
    const int generic = int(Provider::Generic);
    QTest::newRow("alert") << generic << zabbix << problem << QByteArray("application/json") << int(K::Alert)
                           << u"urgent|SRV-01|triggered"_s;
    QTest::newRow("sniffed") << generic << zabbix << problem << QByteArray() << int(K::Alert)
                             << u"urgent|SRV-01|triggered"_s;
    QTest::newRow("resolved") << generic << zabbix
                              << QByteArray(
                                     R"({"event": {"id": "1", "status": "RESOLVED"}, "host": {"name": "h"}})")
                              << QByteArray() << int(K::Alert) << u"normal|h|resolved"_s;
    QTest::newRow("xml") << generic << zabbix
                         << QByteArray("<a><event><id>9</id><severity>High</severity></event>"
                                       "<host><name>x</name></host></a>")
                         << QByteArray("application/xml") << int(K::Alert) << u"high|x|triggered"_s;
    QTest::newRow("bad json") << generic << zabbix << QByteArray(R"({"event": )")
                              << QByteArray("application/json") << int(K::BadPayload)
                              << PayloadParser::parse(R"({"event": )", "application/json").error;
    QTest::newRow("unsupported type") << generic << zabbix << problem << QByteArray("image/png")
                                      << int(K::BadPayload) << u"unsupported Content-Type: image/png"_s;
    QTest::newRow("no alert id") << generic << zabbix << QByteArray(R"({"host": {"name": "h"}})")
                                 << QByteArray() << int(K::Invalid) << u"no alert id at $.event.id"_s;
    QTest::newRow("no device") << generic << zabbix << QByteArray(R"({"event": {"id": "1"}})") << QByteArray()
                               << int(K::Invalid) << u"neither a device id nor a device name"_s;
    QTest::newRow("bad mapping") << generic << QByteArray(R"({"alert_id": 5, "colour": "$.c"})") << problem
                                 << QByteArray() << int(K::BadMapping)
                                 << u"alert_id: a path must be a string such as \"$.event.id\"; "
                                    "unknown mapping key \"colour\""_s;
    QTest::newRow("ninja activity ignored")
        << int(Provider::Ninja) << QByteArray("{}")
        << QByteArray(R"({"id": 1, "activityType": "SYSTEM", "statusCode": "NODE_UPDATED", "deviceId": 4})")
        << QByteArray() << int(K::Ignored) << u"NinjaOne SYSTEM activity (NODE_UPDATED) is not an alert"_s;
}

void TestIntegrationCommands::preview()
{
    QFETCH(int, provider);
    QFETCH(QByteArray, mapping);
    QFETCH(QByteArray, sample);
    QFETCH(QByteArray, contentType);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    const auto r = MappingPreview::run(Provider(provider), QJsonDocument::fromJson(mapping).object(), {},
                                       sample, contentType);
    QCOMPARE(int(r.kind), kind);
    if (r.kind == MappingPreview::Result::Kind::Alert) {
        const QString status =
            r.alert.status == NormalizedAlert::Status::Resolved ? u"resolved"_s : u"triggered"_s;
        QCOMPARE(u"%1|%2|%3"_s.arg(severity::toString(r.alert.severity), r.alert.deviceId, status), expected);
    } else {
        QCOMPARE(r.error, expected);
    }
}

QTEST_GUILESS_MAIN(TestIntegrationCommands)
#include "tst_integrationcommands.moc"
