#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace nestogy {

// The outcome of one unit of work run by StorageWriter inside a group transaction.
struct WriteResult
{
    enum class Code { Ok, Invalid, NotFound, Conflict, Unavailable };

    Code code = Code::Ok;
    QString error;  // for the caller's error response; never contains secrets
    QVariant value; // whatever the work wants to hand back (an id, a row as QVariantMap, ...)

    bool ok() const { return code == Code::Ok; }

    static WriteResult success(QVariant value = {}) { return {Code::Ok, {}, std::move(value)}; }
    static WriteResult failure(Code code, QString error) { return {code, std::move(error), {}}; }
    // A failed statement: the storage layer is the one at fault, not the request.
    static WriteResult queryFailed(const QSqlQuery &query);
};

} // namespace nestogy
