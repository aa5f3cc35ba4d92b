// Route matching of the management API: which handler runs, with which {} parameters, and 404 versus 405.
#include "http/Router.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::HttpRequest;
using nestogy::HttpResponder;
using nestogy::Router;

namespace {

// A handler that only carries a number, so a match can be identified without answering a real request.
struct Tag
{
    int id = 0;
    void operator()(const HttpRequest &, const HttpResponder &) const {}
};

int tagOf(const Router::Match &m)
{
    if (!m.handler)
        return 0;
    const Tag *tag = m.handler->target<Tag>();
    return tag ? tag->id : -1;
}

using Methods = QList<QByteArray>;

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void match_data();
    void match();
    void emptyRouter();
    void firstMatchingRouteWins();
    void handlerPointerStaysValid();

private:
    Router m_router;
};

void TestRouter::initTestCase()
{
    m_router.add("GET", u"/api/health"_s, Tag{1});
    m_router.add("GET", u"/api/integrations"_s, Tag{2});
    m_router.add("POST", u"/api/integrations"_s, Tag{3});
    m_router.add("GET", u"/api/integrations/{}"_s, Tag{4});
    m_router.add("PUT", u"/api/integrations/{}"_s, Tag{5});
    m_router.add("DELETE", u"/api/integrations/{}"_s, Tag{6});
    m_router.add("POST", u"/api/integrations/{}/secrets/{}"_s, Tag{7});
    m_router.add("GET", u"/api/clients/{}/aliases/{}"_s, Tag{8});
    m_router.add("GET", u"/api/clients/summary"_s, Tag{9});
    m_router.add("GET", u"/api/clients/{}"_s, Tag{10});
    m_router.add("POST", u"/webhooks/{}/{}/"_s, Tag{11});
    m_router.add("HEAD", u"/api/ping"_s, Tag{12});
}

void TestRouter::match_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("tag"); // 0: no handler
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<Methods>("allowed");

    // Literal routes.
    QTest::newRow("literal") << QByteArray("GET") << u"/api/health"_s << 1 << QStringList() << Methods();
    QTest::newRow("literal, second method")
        << QByteArray("POST") << u"/api/integrations"_s << 3 << QStringList() << Methods();
    QTest::newRow("literal beats later {}")
        << QByteArray("GET") << u"/api/clients/summary"_s << 9 << QStringList() << Methods();

    // {} parameters, in path order.
    QTest::newRow("one param") << QByteArray("GET") << u"/api/integrations/4f1c-uuid"_s << 4
                               << QStringList{u"4f1c-uuid"_s} << Methods();
    QTest::newRow("one param, DELETE")
        << QByteArray("DELETE") << u"/api/integrations/abc"_s << 6 << QStringList{u"abc"_s} << Methods();
    QTest::newRow("two params") << QByteArray("POST") << u"/api/integrations/u-1/secrets/api_key"_s << 7
                                << QStringList{u"u-1"_s, u"api_key"_s} << Methods();
    QTest::newRow("two params, order") << QByteArray("GET") << u"/api/clients/7/aliases/9"_s << 8
                                       << QStringList{u"7"_s, u"9"_s} << Methods();
    QTest::newRow("param then literal")
        << QByteArray("GET") << u"/api/clients/42"_s << 10 << QStringList{u"42"_s} << Methods();
    QTest::newRow("percent-encoded param kept as is")
        << QByteArray("GET") << u"/api/integrations/a%20b"_s << 4 << QStringList{u"a%20b"_s} << Methods();

    // HEAD is answered by GET routes.
    QTest::newRow("HEAD matches GET")
        << QByteArray("HEAD") << u"/api/health"_s << 1 << QStringList() << Methods();
    QTest::newRow("HEAD matches GET with param")
        << QByteArray("HEAD") << u"/api/integrations/x"_s << 4 << QStringList{u"x"_s} << Methods();
    QTest::newRow("explicit HEAD route")
        << QByteArray("HEAD") << u"/api/ping"_s << 12 << QStringList() << Methods();
    QTest::newRow("GET does not match HEAD route")
        << QByteArray("GET") << u"/api/ping"_s << 0 << QStringList() << Methods{"HEAD"};

    // Trailing and doubled slashes do not change the path.
    QTest::newRow("trailing slash") << QByteArray("GET") << u"/api/health/"_s << 1 << QStringList()
                                    << Methods();
    QTest::newRow("trailing slash with param")
        << QByteArray("PUT") << u"/api/integrations/z/"_s << 5 << QStringList{u"z"_s} << Methods();
    QTest::newRow("pattern with trailing slash") << QByteArray("POST") << u"/webhooks/ninjaone/tok"_s << 11
                                                 << QStringList{u"ninjaone"_s, u"tok"_s} << Methods();
    QTest::newRow("doubled slash") << QByteArray("GET") << u"//api//health"_s << 1 << QStringList()
                                   << Methods();

    // Known path, unknown method: 405 with the methods the path supports.
    QTest::newRow("405 literal") << QByteArray("DELETE") << u"/api/health"_s << 0 << QStringList()
                                 << Methods{"GET"};
    QTest::newRow("405 two methods") << QByteArray("PATCH") << u"/api/integrations"_s << 0 << QStringList()
                                     << Methods{"GET", "POST"};
    QTest::newRow("405 param route") << QByteArray("PATCH") << u"/api/integrations/x"_s << 0 << QStringList()
                                     << Methods{"GET", "PUT", "DELETE"};
    QTest::newRow("405 HEAD on POST-only route")
        << QByteArray("HEAD") << u"/api/integrations/x/secrets/k"_s << 0 << QStringList() << Methods{"POST"};
    QTest::newRow("405 lists each method once")
        << QByteArray("POST") << u"/api/clients/summary"_s << 0 << QStringList() << Methods{"GET"};

    // Unknown path: 404, nothing allowed.
    QTest::newRow("404 unknown") << QByteArray("GET") << u"/api/nothing"_s << 0 << QStringList() << Methods();
    QTest::newRow("404 prefix only") << QByteArray("GET") << u"/api"_s << 0 << QStringList() << Methods();
    QTest::newRow("404 root") << QByteArray("GET") << u"/"_s << 0 << QStringList() << Methods();
    QTest::newRow("404 empty") << QByteArray("GET") << QString() << 0 << QStringList() << Methods();
    QTest::newRow("404 too long") << QByteArray("GET") << u"/api/integrations/a/b"_s << 0 << QStringList()
                                  << Methods();
    QTest::newRow("404 case matters")
        << QByteArray("GET") << u"/API/health"_s << 0 << QStringList() << Methods();
    QTest::newRow("404 {} is not a wildcard for many")
        << QByteArray("GET") << u"/api/clients/1/aliases"_s << 0 << QStringList() << Methods();
}

void TestRouter::match()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, tag);
    QFETCH(QStringList, params);
    QFETCH(Methods, allowed);

    const Router::Match m = m_router.match(method, path);
    QCOMPARE(tagOf(m), tag);
    QCOMPARE(m.params, params);
    QCOMPARE(m.allowed, allowed);
}

void TestRouter::emptyRouter()
{
    const Router router;
    const Router::Match m = router.match("GET", u"/api/health"_s);
    QVERIFY(!m.handler);
    QVERIFY(m.params.isEmpty());
    QVERIFY(m.allowed.isEmpty());
}

void TestRouter::firstMatchingRouteWins()
{
    // A {} route registered before a literal one shadows it; a later route with the right method clears the
    // 405 list collected from earlier routes.
    Router router;
    router.add("GET", u"/a/{}"_s, Tag{1});
    router.add("GET", u"/a/b"_s, Tag{2});
    router.add("POST", u"/a/b"_s, Tag{3});

    Router::Match m = router.match("GET", u"/a/b"_s);
    QCOMPARE(tagOf(m), 1);
    QCOMPARE(m.params, QStringList{u"b"_s});

    m = router.match("POST", u"/a/b"_s);
    QCOMPARE(tagOf(m), 3);
    QVERIFY(m.params.isEmpty());
    QVERIFY(m.allowed.isEmpty());

    m = router.match("PUT", u"/a/b"_s);
    QVERIFY(!m.handler);
    QCOMPARE(m.allowed, (Methods{"GET", "POST"}));
}

void TestRouter::handlerPointerStaysValid()
{
    // The match hands out a pointer into the router; calling it must run the registered handler.
    Router router;
    int calls = 0;
    router.add("GET", u"/count"_s, [&calls](const HttpRequest &, const HttpResponder &) { ++calls; });
    const Router::Match m = router.match("GET", u"/count"_s);
    QVERIFY(m.handler);
    QVERIFY(*m.handler);
    (*m.handler)(HttpRequest{}, HttpResponder(nullptr));
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
