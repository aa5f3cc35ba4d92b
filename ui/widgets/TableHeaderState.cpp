#include "TableHeaderState.h"

#include "PagedTableModel.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace nestogy::TableHeaderState {

void save(const QTableView &table, const char *key)
{
    QSettings().setValue(QLatin1String(key), table.horizontalHeader()->saveState());
}

void restore(QTableView &table, PagedTableModel &model, const char *key,
             const std::function<void(QHeaderView &)> &defaults)
{
    QHeaderView *header = table.horizontalHeader();
    const QByteArray state = QSettings().value(QLatin1String(key)).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        if (defaults)
            defaults(*header);
        header->setSortIndicator(model.sortColumn(), model.sortOrder());
    }
    model.sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    header->setSortIndicator(model.sortColumn(), model.sortOrder());
    table.setSortingEnabled(true);
}

} // namespace nestogy::TableHeaderState
