#include "PagedTableModel.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcModels, "nestogy.models")

namespace nestogy {

PagedTableModel::PagedTableModel(int sortColumn, Qt::SortOrder order, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sortColumn(sortColumn)
    , m_sortOrder(order)
{}

QHash<int, QByteArray> PagedTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(RawValueRole, "rawValue");
    return names;
}

void PagedTableModel::reportError(const QString &error)
{
    m_lastError = error;
    qCWarning(lcModels).noquote() << metaObject()->className() << "could not read:" << error;
    Q_EMIT loadFailed(error);
}

void PagedTableModel::setSortState(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QList<std::pair<int, int>> PagedTableModel::runs(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, int>> out;
    for (int row : std::as_const(rows)) {
        if (!out.isEmpty() && out.last().second + 1 == row)
            out.last().second = row;
        else
            out.append({row, row});
    }
    return out;
}

void PagedTableModel::emitRowsChanged(QList<int> rows)
{
    const int lastColumn = columnCount() - 1;
    for (const auto &[first, last] : runs(std::move(rows)))
        Q_EMIT dataChanged(index(first, 0), index(last, lastColumn));
}

void PagedTableModel::removeRowRuns(QList<int> rows, const std::function<void(int, int)> &erase)
{
    const auto all = runs(std::move(rows));
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        erase(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
}

} // namespace nestogy
