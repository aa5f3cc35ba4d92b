#include "RelativeTime.h"

namespace nestogy {

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
} // namespace

QString RelativeTime::span(qint64 ms)
{
    ms = qAbs(ms);
    if (ms < MinuteMs)
        return tr("under 1 min");
    if (ms < HourMs)
        return tr("%1 min").arg(ms / MinuteMs);
    if (ms < DayMs) {
        const qint64 minutes = (ms % HourMs) / MinuteMs;
        return minutes ? tr("%1 h %2 min").arg(ms / HourMs).arg(minutes) : tr("%1 h").arg(ms / HourMs);
    }
    const qint64 hours = (ms % DayMs) / HourMs;
    return hours ? tr("%1 d %2 h").arg(ms / DayMs).arg(hours) : tr("%1 d").arg(ms / DayMs);
}

QString RelativeTime::countdown(qint64 remainingMs)
{
    if (remainingMs > 0)
        return tr("in %1", "time left to an SLA target").arg(span(remainingMs));
    return tr("breached %1 ago", "an SLA target that has passed").arg(span(remainingMs));
}

QString RelativeTime::ago(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return tr("never");
    if (nowMs - thenMs < MinuteMs)
        return tr("just now");
    return tr("%1 ago").arg(span(nowMs - thenMs));
}

} // namespace nestogy
