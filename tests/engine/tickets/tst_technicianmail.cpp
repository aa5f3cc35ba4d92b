// Technicians hear of what needs them, by real mail through the SMTP sink: an Urgent ticket mails its
// assignee once; SLA breaches go to the managers and the assignee.
#include "Database.h"
#include "EngineFixture.h"
#include "NotifyTechniciansHandler.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nestogy;
using namespace Qt::StringLiterals;

class TestTechnicianMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void urgentTicketMailsItsAssigneeOnce();
    void breachesGoToManagersAndAssignee();

private:
    static QStringList mailsTo(const QString &address, const QString &text);
    EngineFixture m_engine;
    QString m_integration;
    QString m_marker;
    qint64 m_ticket = 0;
};

void TestTechnicianMail::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("NESTOGY_TEST_SMTP_PORT")) {
        if (qEnvironmentVariableIntValue("NESTOGY_REQUIRE_SERVICES") == 1)
            QFAIL("no SMTP sink: tools/test must start one (NESTOGY_TEST_SMTP_PORT)");
        QSKIP("no SMTP sink; run through tools/test");
    }
    qunsetenv("NESTOGY_SMTP_HOST");
    QCOMPARE(m_engine.start(), QString());
    QCOMPARE(m_engine.api()
                 .put(u"/api/settings/smtp"_s,
                      {{u"host"_s, u"127.0.0.1"_s},
                       {u"port"_s, qEnvironmentVariableIntValue("NESTOGY_TEST_SMTP_PORT")},
                       {u"security"_s, u"none"_s},
                       {u"from"_s, u"desk@msp.example"_s}})
                 .status,
             200);
    m_marker = QString::number(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(m_engine.api()
                 .post(u"/api/technicians"_s, {{u"name"_s, u"Dana"_s},
                                               {u"email"_s, u"dana-%1@msp.example"_s.arg(m_marker)},
                                               {u"capacity"_s, 5}})
                 .status,
             201);
    const auto manager =
        m_engine.api().post(u"/api/technicians"_s, {{u"name"_s, u"Mo"_s},
                                                    {u"email"_s, u"mo-%1@msp.example"_s.arg(m_marker)},
                                                    {u"role"_s, u"manager"_s},
                                                    {u"capacity"_s, 0}});
    QCOMPARE(manager.status, 201);
    QCOMPARE(manager.json.value(u"role"_s).toString(), u"manager"_s);
    QCOMPARE(m_engine.api().post(u"/api/technicians"_s, {{u"name"_s, u"X"_s}, {u"role"_s, u"boss"_s}}).status,
             422);
    m_integration = m_engine
                        .createIntegration({{u"name"_s, u"mail"_s},
                                            {u"provider"_s, u"generic"_s},
                                            {u"credentials"_s, QJsonObject{{u"auth_method"_s, u"none"_s}}}})
                        .value(u"id")
                        .toString();
    QVERIFY(!m_integration.isEmpty());
}

void TestTechnicianMail::cleanupTestCase()
{
    m_engine.stop();
}

QStringList TestTechnicianMail::mailsTo(const QString &address, const QString &text)
{
    QStringList hits;
    const QDir dir(qEnvironmentVariable("NESTOGY_TEST_SMTP_DIR"));
    for (const QFileInfo &fi : dir.entryInfoList({u"*.eml"_s}, QDir::Files)) {
        QFile f(fi.filePath());
        const QByteArray mail = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (mail.contains(QByteArray("To: " + address.toUtf8())) && mail.contains(text.toUtf8()))
            hits << fi.fileName();
    }
    return hits;
}

void TestTechnicianMail::urgentTicketMailsItsAssigneeOnce()
{
    ApiClient anonymous(m_engine.baseUrl());
    const auto posted =
        anonymous.request("POST", u"/api/webhooks/generic/"_s + m_integration,
                          QJsonDocument(QJsonObject{{u"alert_id"_s, u"u1"_s},
                                                    {u"device_id"_s, u"core-sw"_s},
                                                    {u"device_name"_s, u"CORE-SW"_s},
                                                    {u"alert_type"_s, u"Switch down"_s},
                                                    {u"severity"_s, u"critical"_s},
                                                    {u"message"_s, u"core switch unreachable"_s}})
                              .toJson());
    QCOMPARE(posted.status, 202);
    const QString dana = u"dana-%1@msp.example"_s.arg(m_marker);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(dana, u"CORE-SW"_s).size(), 1, 20000);
    // Every job settled: nothing left that could mail again, and the manager was not bothered.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_engine.api().get(u"/api/jobs?state=queued"_s).json.value(u"total").toInt() +
            m_engine.api().get(u"/api/jobs?state=running"_s).json.value(u"total").toInt(),
        0, 20000);
    QCOMPARE(mailsTo(dana, u"CORE-SW"_s).size(), 1);
    QVERIFY(mailsTo(u"mo-%1@msp.example"_s.arg(m_marker), u"CORE-SW"_s).isEmpty());
    const QJsonArray tickets = m_engine.api().get(u"/api/tickets"_s).json.value(u"items"_s).toArray();
    QCOMPARE(tickets.size(), 1);
    m_ticket = tickets.first().toObject().value(u"id"_s).toInteger();
}

void TestTechnicianMail::breachesGoToManagersAndAssignee()
{
    QVERIFY(m_ticket > 0);
    Database db(DatabaseConfig::sqlite(QDir(m_engine.dataDir()).filePath(u"nestogy.db"_s)));
    QSqlDatabase c = db.connection();
    QString error;
    const QStringList breach =
        NotifyTechniciansHandler::recipients(c, m_ticket, u"sla_response_breach"_s, &error);
    QCOMPARE(error, QString());
    QCOMPARE(breach,
             (QStringList{u"dana-%1@msp.example"_s.arg(m_marker), u"mo-%1@msp.example"_s.arg(m_marker)}));
    const QStringList urgent = NotifyTechniciansHandler::recipients(c, m_ticket, u"urgent_ticket"_s, &error);
    QCOMPARE(urgent, QStringList{u"dana-%1@msp.example"_s.arg(m_marker)});
}

QTEST_GUILESS_MAIN(TestTechnicianMail)
#include "tst_technicianmail.moc"
