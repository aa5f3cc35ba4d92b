#include "TicketTableModel.h"

#include "ChangeNotifier.h"
#include "Clock.h"
#include "DisplayText.h"

#include <QColor>
#include <QTimer>

namespace nestogy {

namespace {
// Header and sort of each column, in Column order.
const PagedQueryModel<TicketQuery>::ColumnSpec Columns[] = {
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Number"), TicketQuery::Sort::Number},   // NumberColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Subject"), TicketQuery::Sort::Subject}, // SubjectColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Priority"),
     TicketQuery::Sort::Priority},                                                         // PriorityColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Status"), TicketQuery::Sort::Status}, // StatusColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Assignee"),
     TicketQuery::Sort::Assignee},                                                         // AssigneeColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Client"), TicketQuery::Sort::Client}, // ClientColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "SLA"), TicketQuery::Sort::ResolutionDue}, // SlaColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Response due"),
     TicketQuery::Sort::ResponseDue}, // ResponseDueColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Resolution due"),
     TicketQuery::Sort::ResolutionDue}, // ResolutionDueColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Created"), TicketQuery::Sort::Created}, // CreatedColumn
    {QT_TRANSLATE_NOOP("nestogy::TicketTableModel", "Updated"), TicketQuery::Sort::Updated}, // UpdatedColumn
};
} // namespace

static_assert(std::size(Columns) == TicketTableModel::ColumnCount);

namespace {
bool finished(const TicketRow &row)
{
    return row.status == u"Resolved" || row.status == u"Closed";
}
} // namespace

TicketTableModel::TicketTableModel(Database &db, ChangeNotifier *changes, const Clock &clock, QObject *parent)
    : PagedQueryModel(db, CreatedColumn, Columns, parent)
    , m_clock(clock)
    , m_countdown(new QTimer(this))
{
    if (changes)
        connect(changes, &ChangeNotifier::ticketsChanged, this,
                [this](const QList<qint64> &ids) { refreshRows(ids); });
    m_countdown->setInterval(CountdownIntervalMs);
    connect(m_countdown, &QTimer::timeout, this, &TicketTableModel::updateCountdowns);
    m_countdown->start();
}

void TicketTableModel::updateCountdowns()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SlaColumn), index(rowCount() - 1, SlaColumn));
}

QString TicketTableModel::priorityText(const QString &priority)
{
    if (priority == u"Urgent")
        return tr("Urgent");
    if (priority == u"High")
        return tr("High");
    if (priority == u"Normal")
        return tr("Normal");
    if (priority == u"Low")
        return tr("Low");
    return priority;
}

QString TicketTableModel::statusText(const QString &status)
{
    if (status == u"Open")
        return tr("Open");
    if (status == u"In Progress")
        return tr("In Progress");
    if (status == u"Waiting")
        return tr("Waiting");
    if (status == u"Resolved")
        return tr("Resolved");
    if (status == u"Closed")
        return tr("Closed");
    return status;
}

std::optional<qint64> TicketTableModel::slaRemaining(const TicketRow &row) const
{
    if (row.resolutionDueMs <= 0 || finished(row))
        return std::nullopt;
    return row.resolutionDueMs - m_clock.nowMs();
}

QVariant TicketTableModel::slaColour(const TicketRow &row) const
{
    const auto remaining = slaRemaining(row);
    if (!remaining)
        return {};
    if (*remaining < 0)
        return QColor(0xc6, 0x28, 0x28);
    // The escalator warns at 75 % of the target; so does the colour.
    const qint64 target = row.resolutionDueMs - row.createdMs;
    if (target > 0 && *remaining * 4 < target)
        return QColor(0xe6, 0x51, 0x00);
    return {};
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    const TicketRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return row->subject;
        if (index.column() == SlaColumn && row->resolutionDueMs > 0)
            return tr("Resolution due %1").arg(DisplayText::dateTime(row->resolutionDueMs));
        return {};
    case Qt::ForegroundRole:
        return index.column() == SlaColumn ? slaColour(*row) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row->id;
    case RawValueRole:
        if (index.column() == SlaColumn) {
            const auto remaining = slaRemaining(*row);
            return remaining ? QVariant(*remaining) : QVariant();
        }
        return raw(*row, index.column());
    case NumberRole:
        return row->number;
    case PriorityRole:
        return row->priority;
    case StatusRole:
        return row->status;
    case AssigneeIdRole:
        return row->assigneeId;
    case ClientIdRole:
        return row->clientId;
    case SlaRemainingRole: {
        const auto remaining = slaRemaining(*row);
        return remaining ? QVariant(*remaining) : QVariant();
    }
    default:
        return {};
    }
}

QVariant TicketTableModel::display(const TicketRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return QString(u'#' + QString::number(row.number));
    case SubjectColumn:
        return row.subject;
    case PriorityColumn:
        return priorityText(row.priority);
    case StatusColumn:
        return statusText(row.status);
    case AssigneeColumn:
        return row.assigneeId > 0 ? row.assigneeName : tr("Unassigned");
    case ClientColumn:
        return row.clientName;
    case SlaColumn: {
        const auto remaining = slaRemaining(row);
        if (!remaining)
            return {};
        return *remaining >= 0 ? tr("%1 left").arg(DisplayText::duration(*remaining))
                               : tr("%1 overdue").arg(DisplayText::duration(-*remaining));
    }
    case ResponseDueColumn:
        return DisplayText::dateTime(row.responseDueMs);
    case ResolutionDueColumn:
        return DisplayText::dateTime(row.resolutionDueMs);
    case CreatedColumn:
        return DisplayText::dateTime(row.createdMs);
    case UpdatedColumn:
        return DisplayText::dateTime(row.updatedMs);
    default:
        return {};
    }
}

QVariant TicketTableModel::raw(const TicketRow &row, int column)
{
    switch (column) {
    case NumberColumn:
        return row.number;
    case SubjectColumn:
        return row.subject;
    case PriorityColumn:
        return row.priority;
    case StatusColumn:
        return row.status;
    case AssigneeColumn:
        return row.assigneeName;
    case ClientColumn:
        return row.clientName;
    case ResponseDueColumn:
        return row.responseDueMs;
    case ResolutionDueColumn:
        return row.resolutionDueMs;
    case CreatedColumn:
        return row.createdMs;
    case UpdatedColumn:
        return row.updatedMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketTableModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(PriorityRole, "priority");
    names.insert(StatusRole, "status");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(ClientIdRole, "clientId");
    names.insert(SlaRemainingRole, "slaRemaining");
    return names;
}

} // namespace nestogy
