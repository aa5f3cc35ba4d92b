#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace nestogy {

class Engine;

// Applies a technician's changes to a ticket from the desktop exactly as PATCH /api/tickets/{id} does:
// TicketActions::patch as one writer unit through ActionOutcome::submit, so the ticket is marked
// human_touched, every change is an event naming the technician, and the lists hear of it. Answers with
// finished() and a translated sentence.
class TicketPatchRunner : public QObject
{
    Q_OBJECT

public:
    explicit TicketPatchRunner(QObject *parent = nullptr);

    void setEngine(Engine *engine);
    bool busy() const { return m_pending > 0; }

    // `changes` in TicketActions::patch's shape (status, priority, assignee_id, note). Refused at once (with
    // finished(false, why)) without an engine or when TicketActions::checkPatch objects.
    void patch(qint64 ticketId, const QJsonObject &changes);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(qint64 ticketId, bool ok, const QString &message);

private:
    void setPending(int pending);

    QPointer<Engine> m_engine;
    int m_pending = 0;
};

} // namespace nestogy
