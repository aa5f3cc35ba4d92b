#include "RateLimiter.h"

#include "Clock.h"

#include <cmath>

namespace nestogy {

RateLimiter::Decision RateLimiter::take(const QString &key, int perMinute)
{
    if (perMinute <= 0)
        return {};
    const qint64 now = m_clock.nowMs();
    if (m_buckets.size() > 10000)
        prune(now);
    const double rate = perMinute / 60000.0; // tokens per ms
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {double(perMinute), now});
    Bucket &b = *it;
    b.tokens = std::min(double(perMinute), b.tokens + double(now - b.updatedMs) * rate);
    b.updatedMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return {};
    }
    ++m_limited;
    const int wait = int(std::ceil((1.0 - b.tokens) / rate / 1000.0));
    return {false, std::max(1, wait)};
}

void RateLimiter::prune(qint64 nowMs)
{
    // Buckets idle for a minute are full again: forgetting them changes nothing.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (nowMs - it->updatedMs > 60000)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace nestogy
