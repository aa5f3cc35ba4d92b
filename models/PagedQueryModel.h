#pragma once

#include "PagedTableModel.h"

#include "PageRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>
#include <optional>
#include <span>

namespace nestogy {

class Database;

// A table over one of the engine's read queries (AlertQuery, TicketQuery, ...): it holds the rows from the
// top of the sorted, filtered list down to a cursor, reads the next page when a view scrolls there
// (canFetchMore/fetchMore), and resets only when the sort or filter changes. refreshRows() merges live
// changes: shown rows are updated in place, rows that no longer pass the filter are removed, and new rows
// that sort above the cursor are inserted where they belong (at the top for the newest-first lists).
template<class Query>
class PagedQueryModel : public PagedTableModel
{
public:
    using Row = typename Query::Row;
    using Filter = typename Query::Filter;
    using Sort = typename Query::Sort;

    // One column of the table: its header (marked with QT_TRANSLATE_NOOP in the model's class context and
    // translated when shown) and the query's sort for it, if it can be sorted.
    struct ColumnSpec
    {
        const char *header;
        std::optional<Sort> sort;
    };

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= int(m_columns.size()))
            return QAbstractTableModel::headerData(section, orientation, role);
        return QCoreApplication::translate(metaObject()->className(), m_columns[section].header);
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_atEnd && !m_failed && !m_changing;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QScopedValueRollback changing(m_changing, true);
        const auto page = read(PageRequest{m_cursor, std::nullopt, pageSize()});
        if (!page)
            return;
        advanceCursor(*page, pageSize());
        // A row updated in place may have moved past the cursor and come round again.
        QList<Row> fresh;
        for (const Row &row : *page) {
            if (!m_rowOfId.contains(row.id))
                fresh.append(row);
        }
        if (fresh.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        reindex();
        endInsertRows();
    }
    void sort(int column, Qt::SortOrder order) override
    {
        const std::optional<Sort> sort = sortFor(column);
        if (!sort || (column == sortColumn() && order == sortOrder()))
            return;
        m_query.setSort(*sort, order);
        setSortState(column, order);
        reload();
    }
    void reload() override
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        loadFirstPage();
        endResetModel();
    }

    // Drops the rows below the first `keep`: a list watched at its top during a flood keeps a bounded tail
    // instead of every row that ever arrived. The cursor moves up to the last kept row, so scrolling down
    // reads the dropped rows again.
    void trimTo(int keep)
    {
        if (keep < 1 || m_rows.size() <= keep || m_changing)
            return;
        const QScopedValueRollback changing(m_changing, true);
        beginRemoveRows({}, keep, int(m_rows.size()) - 1);
        m_rows.resize(keep);
        reindex();
        m_cursor = keyOf(m_rows.constLast());
        m_atEnd = false;
        endRemoveRows();
    }

    void setFilter(const Filter &filter)
    {
        m_query.setFilter(filter);
        reload();
    }
    const Filter &filter() const { return m_query.filter(); }

    // The row at a position, or nullptr.
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // Where the row with this id is shown, or -1.
    int rowOfId(qint64 id) const { return m_rowOfId.value(id, -1); }

    // Re-reads the rows with these ids (every shown row when ids is empty) and merges them in without a
    // reset, so selection and scroll position stay.
    void refreshRows(const QList<qint64> &ids)
    {
        const QScopedValueRollback changing(m_changing, true);
        if (ids.isEmpty())
            refreshShown();
        else
            refreshIds(ids);
    }

protected:
    // `columns` (in Column order) must outlive the model: a static table of the subclass.
    PagedQueryModel(Database &db, int sortColumn, std::span<const ColumnSpec> columns, QObject *parent)
        : PagedTableModel(sortColumn, Qt::DescendingOrder, parent)
        , m_columns(columns)
        , m_query(db)
    {
        setSortState(sortColumn, m_query.order());
        loadFirstPage();
    }

    // The query's sort for a column, or nullopt when the column cannot be sorted.
    std::optional<Sort> sortFor(int column) const
    {
        return column >= 0 && column < int(m_columns.size()) ? m_columns[column].sort : std::nullopt;
    }

private:
    std::optional<QList<Row>> read(const PageRequest &request)
    {
        QString error;
        auto rows = m_query.page(request, &error);
        return checked(std::move(rows), error);
    }
    std::optional<QList<Row>> checked(std::optional<QList<Row>> rows, const QString &error)
    {
        m_failed = !rows;
        if (!rows)
            reportError(error);
        else
            countFetched(rows->size());
        return rows;
    }
    void advanceCursor(const QList<Row> &page, int limit)
    {
        m_atEnd = page.size() < limit;
        if (!page.isEmpty())
            m_cursor = keyOf(page.constLast());
    }
    void loadFirstPage()
    {
        m_rows.clear();
        m_cursor.reset();
        m_atEnd = false;
        if (const auto page = read(PageRequest{std::nullopt, std::nullopt, pageSize()})) {
            m_rows = *page;
            advanceCursor(*page, pageSize());
        }
        reindex();
    }

    void refreshIds(const QList<qint64> &ids)
    {
        QString error;
        const auto fresh = checked(m_query.fetchByIds(ids, &error), error);
        if (!fresh)
            return;
        QSet<qint64> found;
        QList<Row> shown;
        QList<Row> added;
        for (const Row &row : *fresh) {
            found.insert(row.id);
            if (m_rowOfId.contains(row.id))
                shown.append(row);
            else if (inWindow(row))
                added.append(row);
        }
        QList<int> gone;
        for (qint64 id : ids) {
            if (!found.contains(id) && m_rowOfId.contains(id))
                gone.append(m_rowOfId.value(id));
        }
        merge(gone, shown, added);
    }

    // Re-reads everything down to the cursor (a little more when everything was read) and diffs it.
    void refreshShown()
    {
        const int limit = int(m_rows.size()) + pageSize();
        const auto fresh = read(PageRequest{std::nullopt, m_atEnd ? std::nullopt : m_cursor, limit});
        if (!fresh)
            return;
        if (m_atEnd || !m_cursor || fresh->size() == limit)
            advanceCursor(*fresh, limit);
        QSet<qint64> found;
        QList<Row> shown;
        QList<Row> added;
        for (const Row &row : *fresh) {
            found.insert(row.id);
            (m_rowOfId.contains(row.id) ? shown : added).append(row);
        }
        QList<int> gone;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!found.contains(m_rows.at(i).id))
                gone.append(i);
        }
        merge(gone, shown, added);
    }

    void merge(const QList<int> &gone, const QList<Row> &shown, QList<Row> added)
    {
        removeRowRuns(gone, [this](int first, int count) { m_rows.remove(first, count); });
        reindex();

        QList<int> changed;
        for (const Row &row : shown) {
            const int i = m_rowOfId.value(row.id);
            if (!(m_rows.at(i) == row)) {
                m_rows[i] = row;
                changed.append(i);
            }
        }
        emitRowsChanged(changed);

        // Insert in sort order, one beginInsertRows per run that lands between the same two shown rows.
        std::sort(added.begin(), added.end(), [this](const Row &a, const Row &b) { return before(a, b); });
        int at = 0;
        for (qsizetype next = 0; next < added.size();) {
            while (at < m_rows.size() && before(m_rows.at(at), added.at(next)))
                ++at;
            qsizetype end = next + 1;
            while (end < added.size() && (at == m_rows.size() || before(added.at(end), m_rows.at(at))))
                ++end;
            const int count = int(end - next);
            beginInsertRows({}, at, at + count - 1);
            for (int k = 0; k < count; ++k)
                m_rows.insert(at + k, added.at(next + k));
            endInsertRows();
            at += count;
            next = end;
        }
        reindex();
    }

    // A row belongs among the shown ones when it sorts no later than the cursor, or everything was read.
    bool inWindow(const Row &row) const
    {
        if (m_atEnd)
            return true;
        return m_cursor && !ReadKey::before(*m_cursor, keyOf(row), m_query.order());
    }
    bool before(const Row &a, const Row &b) const
    {
        return ReadKey::before(keyOf(a), keyOf(b), m_query.order());
    }
    static ReadKey keyOf(const Row &row) { return {row.sortKey, row.id}; }
    void reindex()
    {
        m_rowOfId.clear();
        m_rowOfId.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).id, i);
    }

    std::span<const ColumnSpec> m_columns;
    Query m_query;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    std::optional<ReadKey> m_cursor; // key of the last row read by a page
    bool m_atEnd = false;            // the last page was short: every row has been read
    bool m_failed = false;           // the last read failed: fetch nothing more until a reload
    // Rows are being changed: a fetchMore from a slot connected to our own signals (a model tester, a
    // proxy) must wait, or it would insert rows in the middle of another insertion.
    bool m_changing = false;
};

} // namespace nestogy
