#pragma once

#include "ReadKey.h"

#include <optional>

namespace nestogy {

// One read of a sorted list: at most `limit` rows, strictly after `after` (the next page) and, when set, not
// past `through` (re-reading the rows a view already shows). Both unset: the first page.
struct PageRequest
{
    std::optional<ReadKey> after;
    std::optional<ReadKey> through;
    int limit = 200;
};

} // namespace nestogy
