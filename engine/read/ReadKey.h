#pragma once

#include <QVariant>

namespace nestogy {

// Where a row stands in a sorted list: its sort value (never NULL: integers or text) and its id, the unique
// tiebreaker. Keyset pages start after one key; the models place live rows by comparing keys.
struct ReadKey
{
    QVariant value;
    qint64 id = 0;

    // True when a row with key `a` is listed before one with key `b` in the given order. Text compares
    // code point by code point, as the queries make both databases compare it (binary collation).
    static bool before(const ReadKey &a, const ReadKey &b, Qt::SortOrder order);
};

} // namespace nestogy
