#pragma once

#include "ActionOutcome.h"
#include "AlertActions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace nestogy {

class Engine;

// Runs what a technician does to alerts from the desktop through the engine's writer, exactly as the API
// does (AlertActions through ActionOutcome::submit, so the lists hear of the change): one alert with the
// single action, several with the bulk one. Answers with finished() and a translated sentence saying what
// happened, including every refusal and skipped alert.
class AlertActionRunner : public QObject
{
    Q_OBJECT

public:
    explicit AlertActionRunner(QObject *parent = nullptr);

    void setEngine(Engine *engine);
    // Actions in flight (submitted, not yet answered).
    int pending() const { return m_pending; }

    // Fewer than one or more than AlertActions::MaxBulkAlerts alerts, or no engine: finished(false, why)
    // right away. snoozeMinutes only for Snooze.
    void run(AlertActions::Kind kind, const QStringList &alertUuids, int snoozeMinutes = 0);
    // The sentences finished() carries.
    static QString successText(AlertActions::Kind kind, const ActionOutcome &outcome, int requested,
                               int snoozeMinutes);
    static QString failureText(AlertActions::Kind kind, int requested, const QString &reason);

Q_SIGNALS:
    void pendingChanged(int pending);
    // ok is false when nothing was done; a bulk action that skipped some alerts is ok, with them named.
    void finished(bool ok, const QString &message, const nestogy::ActionOutcome &outcome);

private:
    void fail(AlertActions::Kind kind, int requested, const QString &reason);

    QPointer<Engine> m_engine;
    int m_pending = 0;
};

} // namespace nestogy
