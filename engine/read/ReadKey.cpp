#include "ReadKey.h"

namespace nestogy {

bool ReadKey::before(const ReadKey &a, const ReadKey &b, Qt::SortOrder order)
{
    const QPartialOrdering c = QVariant::compare(a.value, b.value);
    const bool ascending = order == Qt::AscendingOrder;
    if (c == QPartialOrdering::Less)
        return ascending;
    if (c == QPartialOrdering::Greater)
        return !ascending;
    return ascending ? a.id < b.id : a.id > b.id;
}

} // namespace nestogy
