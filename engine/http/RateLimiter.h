#pragma once

#include <QHash>
#include <QString>

namespace nestogy {

class Clock;

// Token buckets per key (integration + client IP): `perMinute` requests a minute, refilled continuously, with
// a burst of the same size. Answers how long to wait when a bucket is empty.
class RateLimiter
{
public:
    explicit RateLimiter(const Clock &clock)
        : m_clock(clock)
    {}

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0;
    };

    Decision take(const QString &key, int perMinute);
    quint64 limitedCount() const { return m_limited; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void prune(qint64 nowMs);

    const Clock &m_clock;
    QHash<QString, Bucket> m_buckets;
    quint64 m_limited = 0;
};

} // namespace nestogy
