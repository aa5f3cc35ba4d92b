#pragma once

#include <QString>

#include <optional>

namespace nestogy {

// One requested inventory sync of an integration (a sync_runs row) and how far it got. Times in UTC epoch ms;
// 0 means not yet.
struct SyncRun
{
    enum class State {
        Queued,   // waiting for a worker
        Running,  // reading pages from the RMM API
        Retrying, // an attempt failed (error says why); the job tries again later
        Done,     // every page read and written; stale devices marked
        Failed    // the last attempt failed, or its job was lost
    };

    qint64 id = 0;
    qint64 integrationId = 0;
    qint64 jobId = 0;
    State state = State::Queued;
    QString requestedBy;
    int attempt = 0; // of the job, 0 before the first
    int pages = 0;   // read in the current attempt
    qint64 fetched = 0;
    std::optional<qint64> total; // when the RMM says how many devices there are
    int inserted = 0;
    int updated = 0;
    int markedStale = 0;
    QString error;
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    qint64 updatedMs = 0;

    bool finished() const { return state == State::Done || state == State::Failed; }
    static QString stateName(State state);
    static std::optional<State> stateFrom(const QString &name);
};

} // namespace nestogy
