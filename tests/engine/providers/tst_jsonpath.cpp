// JsonPath: the mapping path subset (dots, indexes, quoted keys, negative indexes) and its validation.
#include "providers/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::JsonPath;

namespace {

// Plain literals: moc does not read raw string literals with quotes inside.
const char *const Document =
    "{"
    "  \"event\": {\"id\": \"4471\", \"n\": 5, \"flag\": false, \"nothing\": null},"
    "  \"items\": [{\"name\": \"first\"}, {\"name\": \"middle\"}, {\"name\": \"last\"}],"
    "  \"matrix\": [[1, 2], [3, 4]],"
    "  \"key with space\": \"spaced\","
    "  \"dotted.key\": {\"inner\": \"dotted\"},"
    "  \"quote'key\": \"quoted\","
    "  \"unicode\": {\"日本\": \"東京\"},"
    "  \"$\": \"dollar\""
    "}";

// Renders a value for comparison; "undefined" for a missing one, compact JSON otherwise.
QString render(const QJsonValue &v)
{
    if (v.isUndefined())
        return u"undefined"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void isValid_data();
    void isValid();
    void deepPath();
};

void TestJsonPath::evaluate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("dotted") << u"$.event.id"_s << u"[\"4471\"]"_s;
    QTest::newRow("number") << u"$.event.n"_s << u"[5]"_s;
    QTest::newRow("false") << u"$.event.flag"_s << u"[false]"_s;
    QTest::newRow("null is present") << u"$.event.nothing"_s << u"[null]"_s;
    QTest::newRow("object") << u"$['dotted.key']"_s << u"[{\"inner\":\"dotted\"}]"_s;
    QTest::newRow("index") << u"$.items[0].name"_s << u"[\"first\"]"_s;
    QTest::newRow("negative index") << u"$.items[-1].name"_s << u"[\"last\"]"_s;
    QTest::newRow("negative index 2") << u"$.items[-2].name"_s << u"[\"middle\"]"_s;
    QTest::newRow("nested index") << u"$.matrix[1][0]"_s << u"[3]"_s;
    QTest::newRow("spaced index") << u"$.matrix[ 0 ][ 1 ]"_s << u"[2]"_s;
    QTest::newRow("quoted key") << u"$['key with space']"_s << u"[\"spaced\"]"_s;
    QTest::newRow("double-quoted key") << u"$[\"key with space\"]"_s << u"[\"spaced\"]"_s;
    QTest::newRow("quoted then dot") << u"$['dotted.key'].inner"_s << u"[\"dotted\"]"_s;
    QTest::newRow("escaped quote") << u"$['quote\\'key']"_s << u"[\"quoted\"]"_s;
    QTest::newRow("unicode") << u"$.unicode.日本"_s << u"[\"東京\"]"_s;
    QTest::newRow("key named $") << u"$['$']"_s << u"[\"dollar\"]"_s;
    QTest::newRow("bare path") << u"event.id"_s << u"[\"4471\"]"_s;
    QTest::newRow("bare index") << u"items[1].name"_s << u"[\"middle\"]"_s;
    QTest::newRow("surrounding spaces") << u"  $.event.id  "_s << u"[\"4471\"]"_s;

    QTest::newRow("missing key") << u"$.event.nope"_s << u"undefined"_s;
    QTest::newRow("missing parent") << u"$.nope.id"_s << u"undefined"_s;
    QTest::newRow("index out of range") << u"$.items[3]"_s << u"undefined"_s;
    QTest::newRow("negative out of range") << u"$.items[-4]"_s << u"undefined"_s;
    QTest::newRow("index on object") << u"$.event[0]"_s << u"undefined"_s;
    QTest::newRow("key on array") << u"$.items.name"_s << u"undefined"_s;
    QTest::newRow("key on string") << u"$.event.id.x"_s << u"undefined"_s;
    QTest::newRow("key through null") << u"$.event.nothing.x"_s << u"undefined"_s;
    QTest::newRow("invalid path") << u"$..id"_s << u"undefined"_s;
    QTest::newRow("empty path") << QString() << u"undefined"_s;
    QTest::newRow("case matters") << u"$.Event.id"_s << u"undefined"_s;
}

void TestJsonPath::evaluate()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonObject root = QJsonDocument::fromJson(Document).object();
    QVERIFY(!root.isEmpty());
    QCOMPARE(render(JsonPath::evaluate(root, path)), expected);
}

void TestJsonPath::isValid_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");

    QTest::newRow("root") << u"$"_s << true;
    QTest::newRow("dotted") << u"$.a.b"_s << true;
    QTest::newRow("index") << u"$.a[0]"_s << true;
    QTest::newRow("negative index") << u"$.a[-1]"_s << true;
    QTest::newRow("quoted") << u"$['a b']"_s << true;
    QTest::newRow("bare") << u"alert_id"_s << true;
    QTest::newRow("empty") << u""_s << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("double dot") << u"$..a"_s << false;
    QTest::newRow("trailing dot") << u"$.a."_s << false;
    QTest::newRow("unclosed bracket") << u"$.a[0"_s << false;
    QTest::newRow("unclosed quote") << u"$['a"_s << false;
    QTest::newRow("quote without bracket") << u"$['a'"_s << false;
    QTest::newRow("non-numeric index") << u"$.a[x]"_s << false;
    QTest::newRow("empty index") << u"$.a[]"_s << false;
    QTest::newRow("space inside name") << u"$.a b"_s << false;
    QTest::newRow("missing separator") << u"$a"_s << false;
    QTest::newRow("too long") << u"$."_s + QString(2000, u'a') << false;
    QTest::newRow("too many steps") << u"$"_s + QString(u".a"_s).repeated(100) << false;
}

void TestJsonPath::isValid()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(JsonPath::isValid(path, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    QVERIFY(!JsonPath::isValid(u"$.."_s)); // no error pointer is fine
}

void TestJsonPath::deepPath()
{
    // 60 levels of nesting: within the step limit, reached by a path built the same way.
    QJsonValue v(u"bottom"_s);
    QString path = u"$"_s;
    for (int i = 0; i < 60; ++i) {
        v = QJsonObject{{u"n"_s, v}};
        path += u".n"_s;
    }
    QCOMPARE(JsonPath::evaluate(v.toObject(), path).toString(), u"bottom"_s);
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
