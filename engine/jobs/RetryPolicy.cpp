#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace nestogy {

RetryPolicy RetryPolicy::fromEnvironment()
{
    RetryPolicy p;
    bool ok = false;
    const int attempts = qEnvironmentVariableIntValue("NESTOGY_RMM_RETRY_ATTEMPTS", &ok);
    if (ok && attempts > 0)
        p.maxAttempts = attempts;
    return p;
}

qint64 RetryPolicy::delayAfter(int attempt, double random01) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double base = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, exponent));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return qint64(base * factor);
}

} // namespace nestogy
