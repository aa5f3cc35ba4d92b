#include "ActionOutcome.h"

#include "ChangeNotifier.h"

namespace nestogy {

namespace {
void appendNew(QList<qint64> &into, const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (id > 0 && !into.contains(id))
            into.append(id);
    }
}
} // namespace

void ActionOutcome::merge(const ActionOutcome &other)
{
    appendNew(alertIds, other.alertIds);
    appendNew(ticketIds, other.ticketIds);
    if (other.createdTicketId)
        createdTicketId = other.createdTicketId;
    if (other.windowId)
        windowId = other.windowId;
    skipped += other.skipped;
}

WriteResult ActionOutcome::toResult() const
{
    return WriteResult::success(QVariant::fromValue(*this));
}

ActionOutcome ActionOutcome::of(const WriteResult &result)
{
    if (!result.ok() || !result.value.canConvert<ActionOutcome>())
        return {};
    return result.value.value<ActionOutcome>();
}

void ActionOutcome::notify(ChangeNotifier *changes) const
{
    if (!changes)
        return;
    if (!alertIds.isEmpty())
        changes->notify(ChangeNotifier::Topic::Alerts, alertIds);
    if (!ticketIds.isEmpty())
        changes->notify(ChangeNotifier::Topic::Tickets, ticketIds);
}

void ActionOutcome::submit(StorageWriter &writer, ChangeNotifier *changes, StorageWriter::Work work,
                           QObject *context, StorageWriter::Done done)
{
    writer.submit(std::move(work), context, [changes, done = std::move(done)](const WriteResult &r) {
        if (r.ok())
            of(r).notify(changes);
        done(r);
    });
}

} // namespace nestogy
