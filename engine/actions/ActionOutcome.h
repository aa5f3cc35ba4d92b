#pragma once

#include "StorageWriter.h"
#include "WriteResult.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace nestogy {

class ChangeNotifier;

// What one action (or one bulk action) changed, carried in WriteResult::value: the alert and ticket rows to
// name to ChangeNotifier once committed, the ticket or maintenance window it created, and for bulk actions
// the alerts it left alone and why.
struct ActionOutcome
{
    struct Skipped
    {
        QString alertUuid;
        WriteResult::Code code = WriteResult::Code::Conflict;
        QString reason;
    };

    QList<qint64> alertIds;     // rmm_alerts.id
    QList<qint64> ticketIds;    // tickets.id, changed or created
    qint64 createdTicketId = 0; // a ticket made for an alert
    qint64 windowId = 0;        // the maintenance window of a snooze
    QList<Skipped> skipped;     // bulk actions only

    void merge(const ActionOutcome &other);
    WriteResult toResult() const;
    // The outcome a successful action returned; empty for a failure.
    static ActionOutcome of(const WriteResult &result);
    // Tells `changes` (may be null) which rows changed. Only after the commit: readers must see the change.
    void notify(ChangeNotifier *changes) const;

    // Runs `work` (an AlertActions or TicketActions function) as one writer unit; after the commit tells
    // `changes` what it changed, then calls `done` on `context`'s thread. The API and the GUI both submit
    // actions through here, so the desktop's views hear of every change the same way.
    static void submit(StorageWriter &writer, ChangeNotifier *changes, StorageWriter::Work work,
                       QObject *context, StorageWriter::Done done);
};

} // namespace nestogy

Q_DECLARE_METATYPE(nestogy::ActionOutcome)
