#include "TicketPatchRunner.h"

#include "ActionOutcome.h"
#include "Clock.h"
#include "DesktopActor.h"
#include "Engine.h"
#include "StorageWriter.h"
#include "TicketActions.h"

using namespace Qt::StringLiterals;

namespace nestogy {

TicketPatchRunner::TicketPatchRunner(QObject *parent)
    : QObject(parent)
{}

void TicketPatchRunner::setEngine(Engine *engine)
{
    m_engine = engine;
}

void TicketPatchRunner::patch(qint64 ticketId, const QJsonObject &changes)
{
    if (!m_engine || !m_engine->writer()) {
        Q_EMIT finished(ticketId, false,
                        tr("The ticket could not be changed: the alert receiver is not running."));
        return;
    }
    if (const auto problem = TicketActions::checkPatch(changes)) {
        Q_EMIT finished(ticketId, false,
                        tr("The ticket could not be changed: %1: %2").arg(problem->field, problem->message));
        return;
    }
    StorageWriter::Work work = [ticketId, changes, who = DesktopActor::name(),
                                now = m_engine->clock().nowMs()](QSqlDatabase &db) {
        return TicketActions::patch(db, ticketId, changes, who, now);
    };
    setPending(m_pending + 1);
    ActionOutcome::submit(*m_engine->writer(), m_engine->changes(), std::move(work), this,
                          [this, ticketId](const WriteResult &r) {
                              setPending(m_pending - 1);
                              if (!r.ok()) {
                                  Q_EMIT finished(
                                      ticketId, false,
                                      r.code == WriteResult::Code::NotFound
                                          ? tr("The ticket no longer exists.")
                                          : tr("The ticket could not be changed: %1").arg(r.error));
                                  return;
                              }
                              Q_EMIT finished(ticketId, true, tr("Ticket changes saved."));
                          });
}

void TicketPatchRunner::setPending(int pending)
{
    const bool was = busy();
    m_pending = pending;
    if (busy() != was)
        Q_EMIT busyChanged(busy());
}

} // namespace nestogy
