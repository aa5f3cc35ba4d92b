#pragma once

#include "Integration.h"

#include <QByteArray>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace nestogy {

class Clock;
class StorageWriter;

// "Test connection": the integration's token flow and one small page of devices, with the credentials given
// (stored or still being edited), without writing any device. The exchanges are logged like any other API
// call. Runs on the caller's thread (its event loop), never blocking it.
class ConnectionTest
{
public:
    static constexpr int PageSize = 10;

    struct Result
    {
        bool ok = false;
        int devicesSeen = 0;         // devices on the first page
        std::optional<qint64> total; // devices in the account, when the vendor says
        QString error;               // the vendor's reason, never a secret
    };
    using Done = std::function<void(const Result &)>;

    // `done` runs once on `context`'s thread; not at all if `context` goes away first (the test is then
    // abandoned). `writer` may be null (nothing logged); `integration.id` 0 logs without an integration.
    static void run(const Integration &integration, const QMap<QString, QByteArray> &credentials,
                    StorageWriter *writer, const Clock &clock, QObject *context, Done done);
};

} // namespace nestogy
