#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace nestogy {

// Stops calling an RMM API that keeps failing (closed -> open after N consecutive failures), waits a while,
// then lets a few trial calls through (half-open) to find out whether it has recovered.
//
// Thread-safe: every method takes an internal mutex, so workers on different threads may share one breaker.
// Each request that allowRequest() let through should report once, with recordSuccess() or recordFailure()
// (a half-open trial that never reports is written off after another open duration). The clock must outlive
// the breaker.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    struct Settings
    {
        int failureThreshold = 5;       // consecutive failures that open the circuit
        qint64 openDurationMs = 60'000; // how long it stays open before trial calls
        int halfOpenMaxCalls = 1;       // trial calls in flight at once while half-open
        int successThreshold = 1;       // trial successes that close it again
    };

    // Settings has no "= {}" default here: GCC cannot use a nested struct's member initializers in a default
    // argument inside the enclosing class.
    CircuitBreaker();
    explicit CircuitBreaker(Settings settings, const Clock &clock = Clock::system(), QString name = {});
    Q_DISABLE_COPY_MOVE(CircuitBreaker)

    // Whether a call may go out now. Counts the call as a trial while half-open, so only ask when about to
    // call.
    bool allowRequest();
    void recordSuccess();
    void recordFailure();

    // Open with its duration over reads as HalfOpen: the next allowRequest() will be a trial.
    State state() const;
    Settings settings() const;
    // Takes new thresholds (an edited integration) without forgetting the current state.
    void setSettings(Settings settings);

    // Health output: state, consecutive_failures, opened_at and next_attempt_at (ISO 8601 UTC or null).
    QJsonObject toJson() const;

    static QString stateName(State state);

private:
    State effectiveStateLocked(qint64 nowMs) const;
    void openLocked(qint64 nowMs);
    void closeLocked();
    void enterHalfOpenLocked(qint64 nowMs);

    mutable QMutex m_mutex;
    Settings m_settings;
    const Clock *m_clock;
    QString m_name;
    State m_state = State::Closed;
    int m_consecutiveFailures = 0;
    qint64 m_openedAtMs = 0;
    qint64 m_halfOpenSinceMs = 0;
    int m_trialsInFlight = 0;
    int m_trialSuccesses = 0;
};

// The circuit breakers of all integrations, keyed by integration uuid, with thresholds from each
// integration's settings ("circuit_failure_threshold", "circuit_open_seconds").
//
// Thread-safe; breakers are handed out as shared pointers so a worker may keep using one while the
// integration is removed. (Belongs in its own CircuitBreakerRegistry.{h,cpp}; kept here until that file is
// assigned.)
class CircuitBreakerRegistry
{
public:
    explicit CircuitBreakerRegistry(const Clock &clock = Clock::system());
    Q_DISABLE_COPY_MOVE(CircuitBreakerRegistry)

    // Defaults for missing keys; a present but unusable value is logged and also falls back to the default.
    static CircuitBreaker::Settings settingsFrom(const QJsonObject &integrationSettings);

    // Creates the integration's breaker, or gives an existing one new thresholds while keeping its state.
    std::shared_ptr<CircuitBreaker> configure(const QString &integrationUuid,
                                              const QJsonObject &integrationSettings);
    // The integration's breaker, created with default settings if it was never configured.
    std::shared_ptr<CircuitBreaker> breaker(const QString &integrationUuid);
    void remove(const QString &integrationUuid);
    QStringList integrations() const;

    // {"<integration uuid>": <CircuitBreaker::toJson()>, ...}
    QJsonObject toJson() const;

private:
    mutable QMutex m_mutex;
    const Clock *m_clock;
    std::map<QString, std::shared_ptr<CircuitBreaker>> m_breakers;
};

} // namespace nestogy
