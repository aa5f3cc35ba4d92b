#pragma once

#include <QtGlobal>

namespace nestogy {

// How often a failed job is tried and how long to wait before the next try: exponential backoff from a base
// delay (the original design's 30/60/120 s) with +-10 % jitter so that retries of many jobs do not move in
// step.
struct RetryPolicy
{
    int maxAttempts = 3;
    qint64 baseDelayMs = 30 * 1000;
    qint64 maxDelayMs = 60 * 60 * 1000;
    double jitter = 0.1;

    // The default, with NESTOGY_RMM_RETRY_ATTEMPTS applied when it is a positive number.
    static RetryPolicy fromEnvironment();

    // Delay before attempt number `attempt` + 1, after `attempt` tries failed (attempt >= 1).
    // `random01` is a number in [0, 1) (tests pass fixed values).
    qint64 delayAfter(int attempt, double random01) const;
    bool exhausted(int attempts) const { return attempts >= maxAttempts; }
};

} // namespace nestogy
