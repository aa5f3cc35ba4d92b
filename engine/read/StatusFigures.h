#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nestogy {

// The few numbers the desktop's status bar shows, read in one go: how many alerts arrived in the last minute,
// how much work waits in the job queue and how many jobs are dead letters.
struct StatusFigures
{
    int alertsLastMinute = 0; // alerts first seen or seen again in the minute before nowMs
    int queuedJobs = 0;       // queued, running or waiting for a retry
    int deadJobs = 0;

    static std::optional<StatusFigures> read(QSqlDatabase &db, qint64 nowMs, QString *error = nullptr);
};

} // namespace nestogy
