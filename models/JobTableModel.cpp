#include "JobTableModel.h"

#include "ChangeNotifier.h"
#include "DisplayText.h"

#include <QColor>

namespace nestogy {

namespace {
// Header and sort of each column, in Column order.
const PagedQueryModel<JobQuery>::ColumnSpec Columns[] = {
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "Id"), JobQuery::Sort::Id},             // IdColumn
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "Kind"), JobQuery::Sort::Kind},         // KindColumn
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "Queue"), JobQuery::Sort::Queue},       // QueueColumn
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "State"), JobQuery::Sort::State},       // StateColumn
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "Attempts"), JobQuery::Sort::Attempts}, // AttemptsColumn
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "Run at"), JobQuery::Sort::RunAt},      // RunAtColumn
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "Updated"), JobQuery::Sort::Updated},   // UpdatedColumn
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "Finished"), JobQuery::Sort::Finished}, // FinishedColumn
    {QT_TRANSLATE_NOOP("nestogy::JobTableModel", "Last error"), std::nullopt},           // LastErrorColumn
};
} // namespace

static_assert(std::size(Columns) == JobTableModel::ColumnCount);

JobTableModel::JobTableModel(Database &db, ChangeNotifier *changes, QObject *parent)
    : PagedQueryModel(db, IdColumn, Columns, parent)
{
    if (changes)
        connect(changes, &ChangeNotifier::jobsChanged, this, [this] { refreshRows({}); });
}

QString JobTableModel::stateText(const QString &state)
{
    if (state == u"queued")
        return tr("Queued");
    if (state == u"running")
        return tr("Running");
    if (state == u"done")
        return tr("Done");
    if (state == u"failed")
        return tr("Failed, will retry");
    if (state == u"dead")
        return tr("Gave up");
    return state;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    const JobRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastErrorColumn)
            return row->lastError;
        if (index.column() == StateColumn && row->state == u"running")
            return tr("Running on %1").arg(row->lockedBy);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && row->state == u"dead")
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row->id;
    case RawValueRole:
        return raw(*row, index.column());
    case StateRole:
        return row->state;
    case QueueRole:
        return row->queue;
    case KindRole:
        return row->kind;
    default:
        return {};
    }
}

QVariant JobTableModel::display(const JobRow &row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.id;
    case KindColumn:
        return row.kind;
    case QueueColumn:
        return row.queue;
    case StateColumn:
        return stateText(row.state);
    case AttemptsColumn:
        return tr("%1 of %2").arg(row.attempts).arg(row.maxAttempts);
    case RunAtColumn:
        return DisplayText::dateTime(row.runAtMs);
    case UpdatedColumn:
        return DisplayText::dateTime(row.updatedMs);
    case FinishedColumn:
        return DisplayText::dateTime(row.finishedMs);
    case LastErrorColumn:
        return row.lastError.section(u'\n', 0, 0);
    default:
        return {};
    }
}

QVariant JobTableModel::raw(const JobRow &row, int column)
{
    switch (column) {
    case IdColumn:
        return row.id;
    case KindColumn:
        return row.kind;
    case QueueColumn:
        return row.queue;
    case StateColumn:
        return row.state;
    case AttemptsColumn:
        return row.attempts;
    case RunAtColumn:
        return row.runAtMs;
    case UpdatedColumn:
        return row.updatedMs;
    case FinishedColumn:
        return row.finishedMs;
    case LastErrorColumn:
        return row.lastError;
    default:
        return {};
    }
}

QHash<int, QByteArray> JobTableModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(QueueRole, "queue");
    names.insert(KindRole, "kind");
    return names;
}

} // namespace nestogy
