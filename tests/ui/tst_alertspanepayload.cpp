// The Alerts pane's payload view and severity icons: JSON pretty-printed, XML indented, form bodies one
// field a line, anything unparseable left exactly as received, huge payloads cut; read-only and monospace.
// Each severity has its own icon.
#include "widgets/AlertSeverityIcon.h"
#include "widgets/PayloadView.h"

#include <QFontInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nestogy;

class TestAlertsPanePayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void hugePayloadIsCut();
    void viewIsReadOnlyAndMonospace();
    void severitiesHaveTheirOwnIcons();
};

void TestAlertsPanePayload::formats_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("shown");

    QTest::newRow("json") << uR"({"a":1,"b":{"c":"x"}})"_s << u"json"_s
                          << u"{\n    \"a\": 1,\n    \"b\": {\n        \"c\": \"x\"\n    }\n}"_s;
    QTest::newRow("json array, type sniffed") << u"[1,2]"_s << QString() << u"[\n    1,\n    2\n]"_s;
    QTest::newRow("broken json as received") << u"{\"a\":"_s << u"json"_s << u"{\"a\":"_s;
    QTest::newRow("xml") << u"<?xml version=\"1.0\"?><alert><id>7</id><device name=\"srv\"/></alert>"_s
                         << u"xml"_s << u"<alert>\n  <id>7</id>\n  <device name=\"srv\"/>\n</alert>"_s;
    QTest::newRow("xml, sender's layout replaced")
        << u"<a>\n\n      <b>t</b>   </a>"_s << QString() << u"<a>\n  <b>t</b>\n</a>"_s;
    QTest::newRow("broken xml as received") << u"<a><b></a>"_s << u"xml"_s << u"<a><b></a>"_s;
    QTest::newRow("form") << u"device=srv-1&message=disk+full&pct=95%25"_s << u"form"_s
                          << u"device = srv-1\nmessage = disk full\npct = 95%"_s;
    QTest::newRow("plain text") << u"disk full"_s << QString() << u"disk full"_s;
    QTest::newRow("empty") << QString() << u"json"_s << QString();
}

void TestAlertsPanePayload::formats()
{
    QFETCH(QString, raw);
    QFETCH(QString, type);
    QFETCH(QString, shown);
    QCOMPARE(PayloadView::formatted(raw, type), shown);
}

void TestAlertsPanePayload::hugePayloadIsCut()
{
    const QString raw = u"{\"a\":\""_s + QString(PayloadView::MaxFormattedChars, u'x') + u"\"}"_s;
    const QString shown = PayloadView::formatted(raw, u"json"_s);
    QVERIFY(shown.startsWith(raw.left(PayloadView::MaxFormattedChars)));
    QVERIFY(shown.endsWith(u"(8 more characters not shown)"_s));
}

void TestAlertsPanePayload::viewIsReadOnlyAndMonospace()
{
    PayloadView view;
    view.setPayload(u"{\"a\":1}"_s, u"json"_s);
    QVERIFY(view.isReadOnly());
    QVERIFY(QFontInfo(view.font()).fixedPitch());
    QCOMPARE(view.toPlainText(), u"{\n    \"a\": 1\n}"_s);
    QVERIFY(!view.accessibleName().isEmpty());
}

void TestAlertsPanePayload::severitiesHaveTheirOwnIcons()
{
    QList<QImage> images;
    for (const QString &severity : {u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s}) {
        const QIcon icon = AlertSeverityIcon::create(severity);
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(16, 16).toImage();
        for (const QImage &other : images)
            QVERIFY2(image != other, qPrintable(severity));
        images.append(image);
    }
    QCOMPARE(AlertSeverityIcon::color(u"urgent"_s), QColor(0xc6, 0x28, 0x28));
}

QTEST_MAIN(TestAlertsPanePayload)
#include "tst_alertspanepayload.moc"
