#include "TrayMessageDigest.h"

#include <QStringList>

namespace nestogy {

void TrayMessageDigest::add(const NotableEvents::Found &found)
{
    m_alertCount += found.urgentAlertCount;
    m_breachCount += found.breachedTicketCount;
    if (!found.alerts.isEmpty())
        m_newestAlert = found.alerts.constFirst();
    if (!found.breaches.isEmpty())
        m_newestBreach = found.breaches.constFirst();
}

void TrayMessageDigest::clear()
{
    m_alertCount = 0;
    m_breachCount = 0;
    m_newestAlert.reset();
    m_newestBreach.reset();
}

qint64 TrayMessageDigest::msUntilDue(qint64 nowMs) const
{
    if (!hasPending())
        return -1;
    return qMax<qint64>(0, m_lastShownMs + m_minIntervalMs - nowMs);
}

QString TrayMessageDigest::alertTitle(const NotableEvents::UrgentAlert &alert)
{
    const QString what = !alert.deviceName.isEmpty() ? alert.deviceName : alert.alertType;
    return what.isEmpty() ? tr("Urgent alert") : tr("Urgent alert: %1").arg(what);
}

QString TrayMessageDigest::alertBody(const NotableEvents::UrgentAlert &alert)
{
    QStringList lines;
    if (!alert.message.isEmpty())
        lines.append(alert.message);
    else if (!alert.alertType.isEmpty())
        lines.append(alert.alertType);
    if (!alert.clientName.isEmpty())
        lines.append(tr("Client: %1").arg(alert.clientName));
    return lines.join(u'\n');
}

std::optional<TrayMessageDigest::Message> TrayMessageDigest::take(qint64 nowMs)
{
    if (msUntilDue(nowMs) != 0)
        return std::nullopt;
    Message m;
    m.alertCount = m_alertCount;
    m.breachCount = m_breachCount;
    if (m_alertCount == 1 && m_breachCount == 0 && m_newestAlert) {
        m.title = alertTitle(*m_newestAlert);
        m.body = alertBody(*m_newestAlert);
    } else if (m_breachCount == 1 && m_alertCount == 0 && m_newestBreach) {
        m.title = tr("SLA breached: ticket #%1").arg(m_newestBreach->ticketNumber);
        m.body = m_newestBreach->resolution
                     ? tr("%1\nThe resolution time is over.").arg(m_newestBreach->subject)
                     : tr("%1\nThe response time is over.").arg(m_newestBreach->subject);
    } else {
        QStringList lines;
        if (m_alertCount > 0)
            lines.append(tr("%n new urgent alert(s)", nullptr, m_alertCount));
        if (m_breachCount > 0)
            lines.append(tr("%n ticket(s) breached an SLA target", nullptr, m_breachCount));
        m.title = tr("Nestogy desk");
        m.body = lines.join(u'\n');
    }
    if (m_alertCount > 0 && m_newestAlert)
        m.alertUuid = m_newestAlert->uuid;
    else if (m_newestBreach)
        m.ticketId = m_newestBreach->ticketId;
    clear();
    m_lastShownMs = nowMs;
    return m;
}

} // namespace nestogy
