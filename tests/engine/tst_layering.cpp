// The engine must never pull in a GUI library: nestogyd is linked from it alone, so its dynamic dependencies
// prove the layering (as KeePassXC's CLI and qbittorrent-nox prove theirs).
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestogydLinksNoGuiLibrary();
    void engineHeadersIncludeNoWidgets();
};

void TestLayering::nestogydLinksNoGuiLibrary()
{
    QProcess ldd;
    ldd.start(u"ldd"_s, {QStringLiteral(NESTOGYD_PATH)});
    QVERIFY(ldd.waitForFinished(30000));
    QCOMPARE(ldd.exitCode(), 0);
    const QString out = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(out.contains(u"libQt6Core"_s), qPrintable(out)); // sanity: we read the right thing
    QVERIFY2(out.contains(u"libQt6HttpServer"_s), qPrintable(out));
    for (const auto *lib : {"libQt6Gui", "libQt6Widgets", "libQt6OpenGL", "libX11", "libxcb"})
        QVERIFY2(!out.contains(QLatin1String(lib)), lib);
}

void TestLayering::engineHeadersIncludeNoWidgets()
{
    // Catch a GUI include before it reaches the link: grep the engine's sources.
    QProcess grep;
    grep.start(u"grep"_s,
               {u"-rlE"_s,
                u"#include <(QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QPixmap|QColor|QIcon)"_s,
                QStringLiteral(NESTOGY_SOURCE_DIR "/engine")});
    QVERIFY(grep.waitForFinished(30000));
    const QString hits = QString::fromLocal8Bit(grep.readAllStandardOutput());
    QVERIFY2(hits.isEmpty(), qPrintable(hits));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
