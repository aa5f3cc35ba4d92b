#pragma once

#include <functional>

class QHeaderView;
class QTableView;

namespace nestogy {

class PagedTableModel;

// A list's column layout (widths, order, hidden columns, sort indicator) kept in QSettings under a key, and
// the model sorted the way the restored header shows.
namespace TableHeaderState {

void save(const QTableView &table, const char *key);

// Restores the saved layout, or, when none is usable, applies `defaults` (may be empty) and shows the
// model's own order. The header's sort indicator then decides the model's order (one the model cannot
// sort by falls back to the model's), and clicking a header sorts.
void restore(QTableView &table, PagedTableModel &model, const char *key,
             const std::function<void(QHeaderView &)> &defaults = {});

} // namespace TableHeaderState

} // namespace nestogy
