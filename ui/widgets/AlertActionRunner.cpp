#include "AlertActionRunner.h"

#include "Clock.h"
#include "DesktopActor.h"
#include "Engine.h"
#include "StorageWriter.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace nestogy {

AlertActionRunner::AlertActionRunner(QObject *parent)
    : QObject(parent)
{}

void AlertActionRunner::setEngine(Engine *engine)
{
    m_engine = engine;
}

void AlertActionRunner::run(AlertActions::Kind kind, const QStringList &alertUuids, int snoozeMinutes)
{
    const int requested = int(alertUuids.size());
    if (!m_engine || !m_engine->writer()) {
        fail(kind, requested, tr("the alert receiver is not running"));
        return;
    }
    if (requested < 1) {
        fail(kind, requested, tr("no alert is selected"));
        return;
    }
    if (requested > AlertActions::MaxBulkAlerts) {
        fail(kind, requested, tr("select at most %1 alerts at a time").arg(AlertActions::MaxBulkAlerts));
        return;
    }
    StorageWriter::Work work = [kind, alertUuids, who = DesktopActor::name(), now = m_engine->clock().nowMs(),
                                snoozeMinutes](QSqlDatabase &db) {
        if (alertUuids.size() == 1)
            return AlertActions::apply(db, kind, alertUuids.constFirst(), who, now, snoozeMinutes);
        return AlertActions::bulk(db, kind, alertUuids, who, now, snoozeMinutes);
    };
    ++m_pending;
    emit pendingChanged(m_pending);
    ActionOutcome::submit(*m_engine->writer(), m_engine->changes(), std::move(work), this,
                          [this, kind, requested, snoozeMinutes](const WriteResult &r) {
                              --m_pending;
                              emit pendingChanged(m_pending);
                              if (!r.ok()) {
                                  fail(kind, requested, r.error);
                                  return;
                              }
                              const ActionOutcome outcome = ActionOutcome::of(r);
                              // A bulk action that applied to none of the alerts did nothing.
                              const bool none = requested > 1 && outcome.alertIds.isEmpty();
                              emit finished(!none, successText(kind, outcome, requested, snoozeMinutes),
                                            outcome);
                          });
}

void AlertActionRunner::fail(AlertActions::Kind kind, int requested, const QString &reason)
{
    emit finished(false, failureText(kind, requested, reason), {});
}

QString AlertActionRunner::failureText(AlertActions::Kind kind, int requested, const QString &reason)
{
    const bool one = requested == 1;
    switch (kind) {
    case AlertActions::Kind::Acknowledge:
        return (one ? tr("Could not acknowledge the alert: %1")
                    : tr("Could not acknowledge %n alert(s): %1", nullptr, requested))
            .arg(reason);
    case AlertActions::Kind::Resolve:
        return (one ? tr("Could not resolve the alert: %1")
                    : tr("Could not resolve %n alert(s): %1", nullptr, requested))
            .arg(reason);
    case AlertActions::Kind::CreateTicket:
        return (one ? tr("Could not create a ticket for the alert: %1")
                    : tr("Could not create tickets for %n alert(s): %1", nullptr, requested))
            .arg(reason);
    case AlertActions::Kind::Snooze:
        return (one ? tr("Could not snooze the alert's device: %1")
                    : tr("Could not snooze the devices of %n alert(s): %1", nullptr, requested))
            .arg(reason);
    }
    return reason;
}

QString AlertActionRunner::successText(AlertActions::Kind kind, const ActionOutcome &outcome, int requested,
                                       int snoozeMinutes)
{
    const int done = int(outcome.alertIds.size());
    const bool one = requested == 1;
    QString text;
    switch (kind) {
    case AlertActions::Kind::Acknowledge:
        text = one ? tr("Alert acknowledged.") : tr("%n alert(s) acknowledged.", nullptr, done);
        break;
    case AlertActions::Kind::Resolve:
        text = one ? tr("Alert resolved.") : tr("%n alert(s) resolved.", nullptr, done);
        break;
    case AlertActions::Kind::CreateTicket:
        text = one ? tr("Ticket created.") : tr("Tickets created for %n alert(s).", nullptr, done);
        break;
    case AlertActions::Kind::Snooze:
        text =
            (one ? tr("Device snoozed for %n minute(s): its new alerts are held until then.", nullptr,
                      snoozeMinutes)
                 : tr("Devices of %1 alerts snoozed for %n minute(s): their new alerts are held until then.",
                      nullptr, snoozeMinutes)
                       .arg(done));
        break;
    }
    if (outcome.skipped.isEmpty())
        return text;
    // The same refusal for many alerts is said once, with a count.
    QMap<QString, int> reasons;
    for (const ActionOutcome::Skipped &s : outcome.skipped)
        ++reasons[s.reason];
    QStringList parts;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        parts.append(tr("%1 (%2)", "skip reason, how many alerts").arg(it.key()).arg(it.value()));
    return tr("%1 %2 of %3 skipped: %4.")
        .arg(text)
        .arg(outcome.skipped.size())
        .arg(requested)
        .arg(parts.join(u"; "_s));
}

} // namespace nestogy
