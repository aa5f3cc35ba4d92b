// SeverityMapper: every row of the PROVIDERS.md table per provider family, then overrides and fallbacks.
#include "providers/SeverityMapper.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::Severity;
using nestogy::SeverityMapper;
using Table = nestogy::SeverityMapper::Table;

Q_DECLARE_METATYPE(nestogy::SeverityMapper::Table)

class TestSeverityMapper : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void overrides_data();
    void overrides();
};

void TestSeverityMapper::table_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Table>("table");
    QTest::addColumn<QString>("expected");

    struct Row
    {
        const char *name;
        QString word;
        Table table;
        QString expected;
    };
    const QList<Row> rows{
        {"cw Critical", u"Critical"_s, Table::ConnectWise, u"urgent"_s},
        {"cw High", u"High"_s, Table::ConnectWise, u"high"_s},
        {"cw Medium", u"Medium"_s, Table::ConnectWise, u"normal"_s},
        {"cw Low", u"Low"_s, Table::ConnectWise, u"low"_s},
        {"cw lower case", u"critical"_s, Table::ConnectWise, u"urgent"_s},
        {"automate Critical", u"Critical"_s, Table::Automate, u"urgent"_s},
        {"automate Error", u"Error"_s, Table::Automate, u"high"_s},
        {"automate Warning", u"Warning"_s, Table::Automate, u"normal"_s},
        {"automate Informational", u"Informational"_s, Table::Automate, u"low"_s},
        {"datto seed critical", u"critical"_s, Table::DattoSeed, u"urgent"_s},
        {"datto seed warning is high", u"warning"_s, Table::DattoSeed, u"high"_s},
        {"datto seed info", u"info"_s, Table::DattoSeed, u"normal"_s},
        {"datto seed upper", u"WARNING"_s, Table::DattoSeed, u"high"_s},
        {"datto priority Critical", u"Critical"_s, Table::DattoPriority, u"urgent"_s},
        {"datto priority High", u"High"_s, Table::DattoPriority, u"high"_s},
        {"datto priority Moderate", u"Moderate"_s, Table::DattoPriority, u"normal"_s},
        {"datto priority Low", u"Low"_s, Table::DattoPriority, u"low"_s},
        {"datto priority Information", u"Information"_s, Table::DattoPriority, u"low"_s},
        {"ninja seed Critical", u"Critical"_s, Table::NinjaSeed, u"urgent"_s},
        {"ninja seed Major", u"Major"_s, Table::NinjaSeed, u"high"_s},
        {"ninja seed Minor is normal", u"Minor"_s, Table::NinjaSeed, u"normal"_s},
        {"ninja seed Trivial", u"Trivial"_s, Table::NinjaSeed, u"low"_s},
        {"ninja CRITICAL", u"CRITICAL"_s, Table::NinjaSeverity, u"urgent"_s},
        {"ninja MAJOR", u"MAJOR"_s, Table::NinjaSeverity, u"high"_s},
        {"ninja MODERATE", u"MODERATE"_s, Table::NinjaSeverity, u"normal"_s},
        {"ninja MINOR is low", u"MINOR"_s, Table::NinjaSeverity, u"low"_s},
        {"ninja NONE", u"NONE"_s, Table::NinjaSeverity, u"low"_s},
        {"ninja priority HIGH", u"HIGH"_s, Table::NinjaPriority, u"high"_s},
        {"ninja priority MEDIUM", u"MEDIUM"_s, Table::NinjaPriority, u"normal"_s},
        {"ninja priority LOW", u"LOW"_s, Table::NinjaPriority, u"low"_s},
        {"ninja priority NONE falls back", u"NONE"_s, Table::NinjaPriority, u"normal"_s},
        {"generic disaster", u"Disaster"_s, Table::Generic, u"urgent"_s},
        {"generic critical", u"critical"_s, Table::Generic, u"urgent"_s},
        {"generic error", u"error"_s, Table::Generic, u"high"_s},
        {"generic major", u"major"_s, Table::Generic, u"high"_s},
        {"generic average", u"Average"_s, Table::Generic, u"normal"_s},
        {"generic moderate", u"moderate"_s, Table::Generic, u"normal"_s},
        {"generic warning", u"warning"_s, Table::Generic, u"normal"_s},
        {"generic information", u"Information"_s, Table::Generic, u"low"_s},
        {"generic info", u"info"_s, Table::Generic, u"low"_s},
        {"generic own word", u"urgent"_s, Table::Generic, u"urgent"_s},
        {"whitespace trimmed", u"  Major \n"_s, Table::NinjaSeed, u"high"_s},
        {"unknown word", u"Spicy"_s, Table::ConnectWise, u"normal"_s},
        {"empty word", QString(), Table::DattoPriority, u"normal"_s},
        {"word of another table", u"Major"_s, Table::ConnectWise, u"normal"_s},
    };
    for (const Row &r : rows)
        QTest::newRow(r.name) << r.word << r.table << r.expected;
}

void TestSeverityMapper::table()
{
    QFETCH(QString, word);
    QFETCH(Table, table);
    QFETCH(QString, expected);
    QCOMPARE(nestogy::severity::toString(SeverityMapper::map(word, table)), expected);
}

void TestSeverityMapper::overrides_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Table>("table");
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("expected");

    QTest::newRow("override wins over table")
        << u"Warning"_s << Table::Automate << QByteArray(R"({"Warning":"high"})") << u"normal"_s << u"high"_s;
    QTest::newRow("override key case-insensitive")
        << u"WARNING"_s << Table::Automate << QByteArray(R"({"warning":"urgent"})") << u"normal"_s
        << u"urgent"_s;
    QTest::newRow("override value case-insensitive")
        << u"P1"_s << Table::Generic << QByteArray(R"({"p1":"URGENT"})") << u"normal"_s << u"urgent"_s;
    QTest::newRow("override value in provider words forgiven")
        << u"P2"_s << Table::Generic << QByteArray(R"({"P2":"critical"})") << u"normal"_s << u"urgent"_s;
    QTest::newRow("nonsense override value falls to table")
        << u"Major"_s << Table::NinjaSeed << QByteArray(R"({"Major":"spicy"})") << u"normal"_s << u"high"_s;
    QTest::newRow("override for another word ignored")
        << u"Minor"_s << Table::NinjaSeed << QByteArray(R"({"Major":"low"})") << u"normal"_s << u"normal"_s;
    QTest::newRow("non-string override value")
        << u"Low"_s << Table::ConnectWise << QByteArray(R"({"Low":3})") << u"normal"_s << u"low"_s;
    QTest::newRow("unknown uses fallback")
        << u"P5"_s << Table::Generic << QByteArray() << u"low"_s << u"low"_s;
    QTest::newRow("empty uses fallback")
        << QString() << Table::Generic << QByteArray(R"({"":"urgent"})") << u"high"_s << u"high"_s;
}

void TestSeverityMapper::overrides()
{
    QFETCH(QString, word);
    QFETCH(Table, table);
    QFETCH(QByteArray, overrides);
    QFETCH(QString, fallback);
    QFETCH(QString, expected);
    const QJsonObject map = QJsonDocument::fromJson(overrides).object();
    const Severity result = SeverityMapper::map(word, table, map, *nestogy::severity::fromString(fallback));
    QCOMPARE(nestogy::severity::toString(result), expected);
}

QTEST_GUILESS_MAIN(TestSeverityMapper)
#include "tst_severitymapper.moc"
