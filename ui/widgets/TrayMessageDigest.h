#pragma once

#include "NotableEvents.h"

#include <QCoreApplication>
#include <QString>

#include <limits>
#include <optional>

namespace nestogy {

// Turns what NotableEvents found into desktop notifications without flooding the desktop: at most one
// message per interval; what arrives meanwhile waits and is summarised ("12 new urgent alerts") in the
// next one. A message about one item names it and opens it when clicked; a summary opens the newest urgent
// alert, or the newest breached ticket when there is no alert. Pure logic over a caller's clock, so it is
// tested without a tray.
class TrayMessageDigest
{
    Q_DECLARE_TR_FUNCTIONS(TrayMessageDigest)

public:
    static constexpr qint64 MinIntervalMs = 5000;

    struct Message
    {
        QString title;
        QString body;
        QString alertUuid;   // set: clicking opens this alert
        qint64 ticketId = 0; // else, when set: clicking opens this ticket
        int alertCount = 0;  // how many urgent alerts it is about
        int breachCount = 0; // how many breached tickets it is about
    };

    explicit TrayMessageDigest(qint64 minIntervalMs = MinIntervalMs)
        : m_minIntervalMs(minIntervalMs)
    {}

    void add(const NotableEvents::Found &found);
    bool hasPending() const { return m_alertCount > 0 || m_breachCount > 0; }
    // Drops what is pending (notifications were switched off).
    void clear();
    // Milliseconds until a message may be shown (0: now); -1 when nothing is pending.
    qint64 msUntilDue(qint64 nowMs) const;
    // The message to show at `nowMs`, which then counts as shown; nullopt when nothing is pending or the last
    // message was shown less than the interval ago.
    std::optional<Message> take(qint64 nowMs);

private:
    static QString alertTitle(const NotableEvents::UrgentAlert &alert);
    static QString alertBody(const NotableEvents::UrgentAlert &alert);

    qint64 m_minIntervalMs;
    qint64 m_lastShownMs = std::numeric_limits<qint64>::min() / 2;
    int m_alertCount = 0;
    int m_breachCount = 0;
    std::optional<NotableEvents::UrgentAlert> m_newestAlert;
    std::optional<NotableEvents::SlaBreach> m_newestBreach;
};

} // namespace nestogy
