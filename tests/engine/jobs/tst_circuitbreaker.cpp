// CircuitBreaker: closed -> open after the threshold, refusal while open, the half-open trial calls, closing
// and reopening, the health JSON; CircuitBreakerRegistry: per-integration settings and the health of all.
#include "jobs/CircuitBreaker.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using nestogy::CircuitBreaker;
using nestogy::CircuitBreakerRegistry;
using nestogy::ManualClock;
using State = nestogy::CircuitBreaker::State;

namespace {
const QDateTime Start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

CircuitBreaker::Settings settings(int failures, qint64 openMs, int trialCalls = 1, int successes = 1)
{
    CircuitBreaker::Settings s;
    s.failureThreshold = failures;
    s.openDurationMs = openMs;
    s.halfOpenMaxCalls = trialCalls;
    s.successThreshold = successes;
    return s;
}

void fail(CircuitBreaker &breaker, int times)
{
    for (int i = 0; i < times; ++i) {
        QVERIFY(breaker.allowRequest());
        breaker.recordFailure();
    }
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void opensAfterThreshold_data();
    void opensAfterThreshold();
    void successResetsTheFailureCount();
    void refusesWhileOpen();
    void halfOpenAllowsExactlyTheTrialCalls_data();
    void halfOpenAllowsExactlyTheTrialCalls();
    void successesCloseIt_data();
    void successesCloseIt();
    void failureInHalfOpenReopensWithFreshDuration();
    void lateResultsWhileOpenAreIgnored();
    void lostTrialIsWrittenOff();
    void nonsenseSettingsAreClamped();
    void toJson();

    void registrySettings_data();
    void registrySettings();
    void registryKeepsIntegrationsApart();
    void registryReconfigureKeepsState();
    void registryRemove();
};

void TestCircuitBreaker::defaults()
{
    const CircuitBreaker::Settings s;
    QCOMPARE(s.failureThreshold, 5);
    QCOMPARE(s.openDurationMs, qint64(60'000));
    QCOMPARE(s.halfOpenMaxCalls, 1);
    QCOMPARE(s.successThreshold, 1);

    ManualClock clock(Start);
    CircuitBreaker breaker({}, clock);
    QCOMPARE(breaker.state(), State::Closed);
    QVERIFY(breaker.allowRequest());
}

void TestCircuitBreaker::opensAfterThreshold_data()
{
    QTest::addColumn<int>("threshold");
    QTest::newRow("one failure") << 1;
    QTest::newRow("three failures") << 3;
    QTest::newRow("default five") << 5;
}

void TestCircuitBreaker::opensAfterThreshold()
{
    QFETCH(int, threshold);
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(threshold, 60'000), clock);

    fail(breaker, threshold - 1);
    QCOMPARE(breaker.state(), State::Closed);
    QVERIFY(breaker.allowRequest());
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    QVERIFY(!breaker.allowRequest());
}

void TestCircuitBreaker::successResetsTheFailureCount()
{
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(3, 60'000), clock);
    fail(breaker, 2);
    breaker.recordSuccess();
    fail(breaker, 2);
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.toJson().value(u"consecutive_failures").toInt(), 2);
    fail(breaker, 1);
    QCOMPARE(breaker.state(), State::Open);
}

void TestCircuitBreaker::refusesWhileOpen()
{
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(2, 60'000), clock);
    fail(breaker, 2);

    for (const qint64 step : {0, 1'000, 30'000, 28'999}) {
        clock.advance(step);
        QVERIFY2(!breaker.allowRequest(), qPrintable(clock.now().toString(Qt::ISODateWithMs)));
        QCOMPARE(breaker.state(), State::Open);
    }
    clock.advance(1); // exactly the open duration
    QCOMPARE(breaker.state(), State::HalfOpen);
    QVERIFY(breaker.allowRequest());
}

void TestCircuitBreaker::halfOpenAllowsExactlyTheTrialCalls_data()
{
    QTest::addColumn<int>("trialCalls");
    QTest::newRow("default one") << 1;
    QTest::newRow("three") << 3;
}

void TestCircuitBreaker::halfOpenAllowsExactlyTheTrialCalls()
{
    QFETCH(int, trialCalls);
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(1, 10'000, trialCalls, trialCalls), clock);
    fail(breaker, 1);
    clock.advance(10'000);

    QCOMPARE(breaker.state(), State::HalfOpen);
    for (int i = 0; i < trialCalls; ++i)
        QVERIFY2(breaker.allowRequest(), qPrintable(QString::number(i)));
    QVERIFY(!breaker.allowRequest());
    QVERIFY(!breaker.allowRequest());
    QCOMPARE(breaker.state(), State::HalfOpen);

    // A finished trial frees its slot for the next one.
    breaker.recordSuccess();
    if (trialCalls > 1) {
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(breaker.allowRequest());
        QVERIFY(!breaker.allowRequest());
    }
}

void TestCircuitBreaker::successesCloseIt_data()
{
    QTest::addColumn<int>("successThreshold");
    QTest::newRow("one success") << 1;
    QTest::newRow("three successes") << 3;
}

void TestCircuitBreaker::successesCloseIt()
{
    QFETCH(int, successThreshold);
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(2, 10'000, 1, successThreshold), clock);
    fail(breaker, 2);
    clock.advance(10'000);

    for (int i = 0; i < successThreshold; ++i) {
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(breaker.allowRequest());
        breaker.recordSuccess();
    }
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.toJson().value(u"consecutive_failures").toInt(), 0);
    for (int i = 0; i < 10; ++i)
        QVERIFY(breaker.allowRequest());
    // Closed again means the full threshold applies again.
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Closed);
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
}

void TestCircuitBreaker::failureInHalfOpenReopensWithFreshDuration()
{
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(1, 60'000), clock);
    fail(breaker, 1);
    clock.advance(60'000);
    QVERIFY(breaker.allowRequest());
    clock.advance(10'000); // the trial call takes a while before failing
    breaker.recordFailure();

    QCOMPARE(breaker.state(), State::Open);
    QCOMPARE(breaker.toJson().value(u"opened_at").toString(), iso(Start.addMSecs(70'000)));
    clock.advance(59'999);
    QVERIFY(!breaker.allowRequest());
    clock.advance(1);
    QVERIFY(breaker.allowRequest());
    QVERIFY(!breaker.allowRequest());
}

void TestCircuitBreaker::lateResultsWhileOpenAreIgnored()
{
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(2, 60'000), clock);
    // Three calls go out while closed; two fail and open the circuit, the third answers afterwards.
    QVERIFY(breaker.allowRequest());
    QVERIFY(breaker.allowRequest());
    QVERIFY(breaker.allowRequest());
    breaker.recordFailure();
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);

    clock.advance(30'000);
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::Open);
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    // The late failure did not restart the wait.
    clock.advance(30'000);
    QCOMPARE(breaker.state(), State::HalfOpen);
}

void TestCircuitBreaker::lostTrialIsWrittenOff()
{
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(1, 10'000), clock);
    fail(breaker, 1);
    clock.advance(10'000);
    QVERIFY(breaker.allowRequest()); // this trial never reports
    clock.advance(9'999);
    QVERIFY(!breaker.allowRequest());
    clock.advance(1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"never reported"_s));
    QVERIFY(breaker.allowRequest());
    QVERIFY(!breaker.allowRequest());
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::Closed);
}

void TestCircuitBreaker::nonsenseSettingsAreClamped()
{
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(0, -5, 0, 0), clock);
    const CircuitBreaker::Settings s = breaker.settings();
    QCOMPARE(s.failureThreshold, 1);
    QCOMPARE(s.openDurationMs, 0);
    QCOMPARE(s.halfOpenMaxCalls, 1);
    QCOMPARE(s.successThreshold, 1);
}

void TestCircuitBreaker::toJson()
{
    ManualClock clock(Start);
    CircuitBreaker breaker(settings(2, 60'000), clock);

    QJsonObject json = breaker.toJson();
    QCOMPARE(json.value(u"state").toString(), u"closed"_s);
    QCOMPARE(json.value(u"consecutive_failures").toInt(), 0);
    QVERIFY(json.value(u"opened_at").isNull());
    QVERIFY(json.value(u"next_attempt_at").isNull());
    QCOMPARE(json.value(u"failure_threshold").toInt(), 2);
    QCOMPARE(json.value(u"open_seconds").toDouble(), 60.0);

    fail(breaker, 1);
    QCOMPARE(breaker.toJson().value(u"consecutive_failures").toInt(), 1);
    clock.advance(5'000);
    fail(breaker, 1);
    json = breaker.toJson();
    QCOMPARE(json.value(u"state").toString(), u"open"_s);
    QCOMPARE(json.value(u"consecutive_failures").toInt(), 2);
    QCOMPARE(json.value(u"opened_at").toString(), iso(Start.addMSecs(5'000)));
    QCOMPARE(json.value(u"next_attempt_at").toString(), iso(Start.addMSecs(65'000)));
    QCOMPARE(json.value(u"opened_at").toString(), u"2026-01-05T09:00:05.000Z"_s);

    clock.advance(60'000);
    json = breaker.toJson();
    QCOMPARE(json.value(u"state").toString(), u"half_open"_s);
    QCOMPARE(json.value(u"opened_at").toString(), iso(Start.addMSecs(5'000)));
    QVERIFY(json.value(u"next_attempt_at").isNull());

    QVERIFY(breaker.allowRequest());
    breaker.recordSuccess();
    json = breaker.toJson();
    QCOMPARE(json.value(u"state").toString(), u"closed"_s);
    QVERIFY(json.value(u"opened_at").isNull());
}

void TestCircuitBreaker::registrySettings_data()
{
    QTest::addColumn<QJsonObject>("integrationSettings");
    QTest::addColumn<int>("failureThreshold");
    QTest::addColumn<qint64>("openDurationMs");
    QTest::addColumn<bool>("warns");

    QTest::newRow("none set: defaults") << QJsonObject{} << 5 << qint64(60'000) << false;
    QTest::newRow("both set") << QJsonObject{{u"circuit_failure_threshold"_s, 3},
                                             {u"circuit_open_seconds"_s, 30}}
                              << 3 << qint64(30'000) << false;
    QTest::newRow("fractional seconds")
        << QJsonObject{{u"circuit_open_seconds"_s, 1.5}} << 5 << qint64(1'500) << false;
    QTest::newRow("other keys ignored")
        << QJsonObject{{u"auto_create_clients"_s, true}} << 5 << qint64(60'000) << false;
    QTest::newRow("null means default")
        << QJsonObject{{u"circuit_failure_threshold"_s, QJsonValue::Null}} << 5 << qint64(60'000) << false;
    QTest::newRow("zero threshold") << QJsonObject{{u"circuit_failure_threshold"_s, 0}} << 5 << qint64(60'000)
                                    << true;
    QTest::newRow("fractional threshold")
        << QJsonObject{{u"circuit_failure_threshold"_s, 2.5}} << 5 << qint64(60'000) << true;
    QTest::newRow("threshold as string")
        << QJsonObject{{u"circuit_failure_threshold"_s, u"3"_s}} << 5 << qint64(60'000) << true;
    QTest::newRow("negative seconds")
        << QJsonObject{{u"circuit_open_seconds"_s, -10}} << 5 << qint64(60'000) << true;
    QTest::newRow("absurd seconds") << QJsonObject{{u"circuit_open_seconds"_s, 1e12}} << 5 << qint64(60'000)
                                    << true;
}

void TestCircuitBreaker::registrySettings()
{
    QFETCH(QJsonObject, integrationSettings);
    QFETCH(int, failureThreshold);
    QFETCH(qint64, openDurationMs);
    QFETCH(bool, warns);

    if (warns)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^ignoring circuit_"_s));
    const CircuitBreaker::Settings s = CircuitBreakerRegistry::settingsFrom(integrationSettings);
    QCOMPARE(s.failureThreshold, failureThreshold);
    QCOMPARE(s.openDurationMs, openDurationMs);
    QCOMPARE(s.halfOpenMaxCalls, 1);
    QCOMPARE(s.successThreshold, 1);
}

void TestCircuitBreaker::registryKeepsIntegrationsApart()
{
    ManualClock clock(Start);
    CircuitBreakerRegistry registry(clock);
    const QString a = u"0190f5a2-0000-7000-8000-00000000000a"_s;
    const QString b = u"0190f5a2-0000-7000-8000-00000000000b"_s;
    const auto breakerA =
        registry.configure(a, {{u"circuit_failure_threshold"_s, 2}, {u"circuit_open_seconds"_s, 10}});
    const auto breakerB = registry.configure(b, {});
    QCOMPARE(breakerA->settings().failureThreshold, 2);
    QCOMPARE(breakerA->settings().openDurationMs, 10'000);
    QCOMPARE(breakerB->settings().failureThreshold, 5);
    QVERIFY(registry.breaker(a) == breakerA); // the same breaker every time
    QCOMPARE(registry.integrations(), (QStringList{a, b}));

    fail(*breakerA, 2);
    fail(*breakerB, 2);
    QCOMPARE(breakerA->state(), State::Open);
    QCOMPARE(breakerB->state(), State::Closed);

    const QJsonObject json = registry.toJson();
    QCOMPARE(json.keys(), (QStringList{a, b}));
    QCOMPARE(json.value(a).toObject().value(u"state").toString(), u"open"_s);
    QCOMPARE(json.value(a).toObject().value(u"next_attempt_at").toString(), iso(Start.addMSecs(10'000)));
    QCOMPARE(json.value(b).toObject().value(u"state").toString(), u"closed"_s);
    QCOMPARE(json.value(b).toObject().value(u"consecutive_failures").toInt(), 2);

    clock.advance(10'000);
    QCOMPARE(registry.toJson().value(a).toObject().value(u"state").toString(), u"half_open"_s);

    // Never configured: defaults, and it shows up in the health output.
    const QString c = u"0190f5a2-0000-7000-8000-00000000000c"_s;
    QCOMPARE(registry.breaker(c)->settings().failureThreshold, 5);
    QVERIFY(registry.toJson().contains(c));
}

void TestCircuitBreaker::registryReconfigureKeepsState()
{
    ManualClock clock(Start);
    CircuitBreakerRegistry registry(clock);
    const QString a = u"integration-a"_s;
    const auto breaker = registry.configure(a, {{u"circuit_failure_threshold"_s, 2}});
    fail(*breaker, 2);
    QCOMPARE(breaker->state(), State::Open);

    const auto again =
        registry.configure(a, {{u"circuit_failure_threshold"_s, 4}, {u"circuit_open_seconds"_s, 5}});
    QVERIFY(again == breaker);
    QCOMPARE(breaker->settings().failureThreshold, 4);
    // The new, shorter duration applies to the circuit that is already open.
    clock.advance(5'000);
    QCOMPARE(breaker->state(), State::HalfOpen);
}

void TestCircuitBreaker::registryRemove()
{
    ManualClock clock(Start);
    CircuitBreakerRegistry registry(clock);
    const auto held = registry.configure(u"gone"_s, {{u"circuit_failure_threshold"_s, 1}});
    registry.remove(u"gone"_s);
    QVERIFY(registry.integrations().isEmpty());
    QVERIFY(registry.toJson().isEmpty());
    // A worker still holding it can finish its call.
    QVERIFY(held->allowRequest());
    held->recordFailure();
    QCOMPARE(held->state(), State::Open);
    // Asking again starts fresh.
    QCOMPARE(registry.breaker(u"gone"_s)->state(), State::Closed);
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
