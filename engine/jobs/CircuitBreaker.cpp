#include "CircuitBreaker.h"

#include <QJsonValue>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
// File-local so it cannot clash with another nestogy.jobs category function defined elsewhere in the engine.
Q_LOGGING_CATEGORY(lcBreaker, "nestogy.jobs")

// Nonsense thresholds (0 trial calls, a negative duration) would wedge the circuit open or never open it.
CircuitBreaker::Settings sanitized(CircuitBreaker::Settings s)
{
    s.failureThreshold = std::max(1, s.failureThreshold);
    s.openDurationMs = std::max<qint64>(0, s.openDurationMs);
    s.halfOpenMaxCalls = std::max(1, s.halfOpenMaxCalls);
    s.successThreshold = std::max(1, s.successThreshold);
    return s;
}

QJsonValue iso(qint64 ms)
{
    return QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}
} // namespace

CircuitBreaker::CircuitBreaker()
    : CircuitBreaker(Settings{})
{}

CircuitBreaker::CircuitBreaker(Settings settings, const Clock &clock, QString name)
    : m_settings(sanitized(settings))
    , m_clock(&clock)
    , m_name(name.isEmpty() ? u"(unnamed)"_s : std::move(name))
{}

bool CircuitBreaker::allowRequest()
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock->nowMs();
    switch (effectiveStateLocked(now)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        break;
    }
    if (m_state == State::Open)
        enterHalfOpenLocked(now);
    // A trial whose result never comes back (a crashed or careless caller) must not keep the integration
    // shut forever: after another open duration the lost trials are written off and new ones may start.
    if (m_trialsInFlight >= m_settings.halfOpenMaxCalls &&
        now - m_halfOpenSinceMs >= m_settings.openDurationMs) {
        qCWarning(lcBreaker).noquote()
            << "circuit" << m_name << "wrote off" << m_trialsInFlight << "trial call(s) that never reported";
        m_trialsInFlight = 0;
        m_halfOpenSinceMs = now;
    }
    if (m_trialsInFlight >= m_settings.halfOpenMaxCalls)
        return false;
    ++m_trialsInFlight;
    return true;
}

void CircuitBreaker::recordSuccess()
{
    const QMutexLocker lock(&m_mutex);
    switch (m_state) {
    case State::Closed:
        m_consecutiveFailures = 0;
        break;
    case State::Open:
        // A call let through before the circuit opened; one late success does not prove recovery.
        break;
    case State::HalfOpen:
        m_trialsInFlight = std::max(0, m_trialsInFlight - 1);
        if (++m_trialSuccesses >= m_settings.successThreshold)
            closeLocked();
        break;
    }
}

void CircuitBreaker::recordFailure()
{
    const QMutexLocker lock(&m_mutex);
    ++m_consecutiveFailures;
    switch (m_state) {
    case State::Closed:
        if (m_consecutiveFailures >= m_settings.failureThreshold)
            openLocked(m_clock->nowMs());
        break;
    case State::Open:
        // A late result of a call made before opening; restarting the wait for it would punish recovery.
        break;
    case State::HalfOpen:
        openLocked(m_clock->nowMs());
        break;
    }
}

CircuitBreaker::State CircuitBreaker::state() const
{
    const QMutexLocker lock(&m_mutex);
    return effectiveStateLocked(m_clock->nowMs());
}

CircuitBreaker::Settings CircuitBreaker::settings() const
{
    const QMutexLocker lock(&m_mutex);
    return m_settings;
}

void CircuitBreaker::setSettings(Settings settings)
{
    const QMutexLocker lock(&m_mutex);
    m_settings = sanitized(settings);
}

QJsonObject CircuitBreaker::toJson() const
{
    const QMutexLocker lock(&m_mutex);
    const State current = effectiveStateLocked(m_clock->nowMs());
    const bool opened = m_state != State::Closed;
    return QJsonObject{
        {u"state"_s, stateName(current)},
        {u"consecutive_failures"_s, m_consecutiveFailures},
        {u"opened_at"_s, opened ? iso(m_openedAtMs) : QJsonValue(QJsonValue::Null)},
        {u"next_attempt_at"_s, current == State::Open ? iso(m_openedAtMs + m_settings.openDurationMs)
                                                      : QJsonValue(QJsonValue::Null)},
        {u"failure_threshold"_s, m_settings.failureThreshold},
        {u"open_seconds"_s, double(m_settings.openDurationMs) / 1000.0},
    };
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return u"closed"_s;
    case State::Open:
        return u"open"_s;
    case State::HalfOpen:
        return u"half_open"_s;
    }
    return {};
}

CircuitBreaker::State CircuitBreaker::effectiveStateLocked(qint64 nowMs) const
{
    if (m_state == State::Open && nowMs - m_openedAtMs >= m_settings.openDurationMs)
        return State::HalfOpen;
    return m_state;
}

void CircuitBreaker::openLocked(qint64 nowMs)
{
    qCWarning(lcBreaker).noquote() << "circuit" << m_name << "opened after" << m_consecutiveFailures
                                   << "consecutive failure(s); next attempt in" << m_settings.openDurationMs
                                   << "ms";
    m_state = State::Open;
    m_openedAtMs = nowMs;
    m_trialsInFlight = 0;
    m_trialSuccesses = 0;
}

void CircuitBreaker::closeLocked()
{
    qCInfo(lcBreaker).noquote() << "circuit" << m_name << "closed: the API answers again";
    m_state = State::Closed;
    m_consecutiveFailures = 0;
    m_trialsInFlight = 0;
    m_trialSuccesses = 0;
}

void CircuitBreaker::enterHalfOpenLocked(qint64 nowMs)
{
    qCInfo(lcBreaker).noquote() << "circuit" << m_name << "half-open: allowing trial calls";
    m_state = State::HalfOpen;
    m_halfOpenSinceMs = nowMs;
    m_trialsInFlight = 0;
    m_trialSuccesses = 0;
}

// ---- CircuitBreakerRegistry ----

CircuitBreakerRegistry::CircuitBreakerRegistry(const Clock &clock)
    : m_clock(&clock)
{}

CircuitBreaker::Settings CircuitBreakerRegistry::settingsFrom(const QJsonObject &integrationSettings)
{
    CircuitBreaker::Settings s;
    const QJsonValue threshold = integrationSettings.value(u"circuit_failure_threshold");
    if (!threshold.isUndefined() && !threshold.isNull()) {
        const double v = threshold.toDouble(-1);
        if (threshold.isDouble() && v >= 1 && v <= 1'000'000 && std::floor(v) == v)
            s.failureThreshold = int(v);
        else
            qCWarning(lcBreaker) << "ignoring circuit_failure_threshold" << threshold
                                 << "(want an integer >= 1)";
    }
    const QJsonValue seconds = integrationSettings.value(u"circuit_open_seconds");
    if (!seconds.isUndefined() && !seconds.isNull()) {
        const double v = seconds.toDouble(-1);
        // Capped at a week: a typo should not silence an integration for years.
        if (seconds.isDouble() && v > 0 && v <= 7 * 24 * 3600)
            s.openDurationMs = qint64(std::llround(v * 1000.0));
        else
            qCWarning(lcBreaker) << "ignoring circuit_open_seconds" << seconds << "(want seconds > 0)";
    }
    return s;
}

std::shared_ptr<CircuitBreaker> CircuitBreakerRegistry::configure(const QString &integrationUuid,
                                                                  const QJsonObject &integrationSettings)
{
    const CircuitBreaker::Settings settings = settingsFrom(integrationSettings);
    const QMutexLocker lock(&m_mutex);
    auto &slot = m_breakers[integrationUuid];
    if (slot)
        slot->setSettings(settings);
    else
        slot = std::make_shared<CircuitBreaker>(settings, *m_clock, integrationUuid);
    return slot;
}

std::shared_ptr<CircuitBreaker> CircuitBreakerRegistry::breaker(const QString &integrationUuid)
{
    const QMutexLocker lock(&m_mutex);
    auto &slot = m_breakers[integrationUuid];
    if (!slot)
        slot = std::make_shared<CircuitBreaker>(CircuitBreaker::Settings{}, *m_clock, integrationUuid);
    return slot;
}

void CircuitBreakerRegistry::remove(const QString &integrationUuid)
{
    const QMutexLocker lock(&m_mutex);
    m_breakers.erase(integrationUuid);
}

QStringList CircuitBreakerRegistry::integrations() const
{
    const QMutexLocker lock(&m_mutex);
    QStringList uuids;
    uuids.reserve(qsizetype(m_breakers.size()));
    for (const auto &entry : m_breakers)
        uuids.append(entry.first);
    return uuids;
}

QJsonObject CircuitBreakerRegistry::toJson() const
{
    const QMutexLocker lock(&m_mutex);
    QJsonObject all;
    for (const auto &[uuid, breaker] : m_breakers)
        all.insert(uuid, breaker->toJson());
    return all;
}

} // namespace nestogy
