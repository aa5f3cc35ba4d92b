#pragma once

#include <QAbstractTableModel>

#include <functional>

namespace nestogy {

// What every list model of the desktop shares, whatever its rows: page size, how many rows were read from
// SQL, errors, the sort shown in the header, and emitting row changes as runs of consecutive rows. The
// row-typed part is PagedQueryModel.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole, // the row's database id (qint64), any column
        RawValueRole,          // the column's value unformatted: ids, epoch ms, stored words
        FirstModelRole = Qt::UserRole + 16,
    };
    static constexpr int DefaultPageSize = 200;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Rows read from the database so far (pages, re-reads and live updates): a table of a million rows
    // must not read them all.
    qint64 rowsFetched() const { return m_rowsFetched; }
    QString lastError() const { return m_lastError; }
    // The column and order the rows are sorted by (for the header's sort indicator).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Drops the rows and reads the first page again.
    virtual void reload() = 0;

Q_SIGNALS:
    // A read failed; the model keeps what it showed and stops fetching until the next reload.
    void loadFailed(const QString &error);

protected:
    PagedTableModel(int sortColumn, Qt::SortOrder order, QObject *parent);

    void countFetched(qsizetype rows) { m_rowsFetched += rows; }
    void reportError(const QString &error);
    void setSortState(int column, Qt::SortOrder order);
    // dataChanged over all columns, once per run of consecutive rows.
    void emitRowsChanged(QList<int> rows);
    // Removes rows in runs of consecutive rows, bottom first; erase(first, count) drops the stored rows
    // between beginRemoveRows and endRemoveRows.
    void removeRowRuns(QList<int> rows, const std::function<void(int first, int count)> &erase);

private:
    // (first, last) of each run of consecutive rows, top first.
    static QList<std::pair<int, int>> runs(QList<int> rows);

    int m_pageSize = DefaultPageSize;
    qint64 m_rowsFetched = 0;
    QString m_lastError;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace nestogy
