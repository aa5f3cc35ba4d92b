#pragma once

#include "Job.h"

#include <QString>

#include <functional>

namespace nestogy {

// Runs the jobs of one kind. A WorkerPool calls run() on a worker's thread, possibly from several workers at
// once, so a handler keeps no per-job state in members. It may finish later (after network replies, say) and
// must call `done` exactly once, from any thread: an empty error means success, anything else is a failed
// attempt that the queue retries with backoff and finally dead-letters with that text.
class JobHandler
{
public:
    using Done = std::function<void(QString error)>;

    virtual ~JobHandler() = default;
    virtual void run(const Job &job, Done done) = 0;
};

} // namespace nestogy
