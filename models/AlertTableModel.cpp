#include "AlertTableModel.h"

#include "ChangeNotifier.h"
#include "DisplayText.h"

#include <QColor>

namespace nestogy {

namespace {
// Header and sort of each column, in Column order.
const PagedQueryModel<AlertQuery>::ColumnSpec Columns[] = {
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Severity"), AlertQuery::Sort::Severity}, // SeverityColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Status"), AlertQuery::Sort::Status},     // StatusColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Last seen"),
     AlertQuery::Sort::LastSeen},                                                          // LastSeenColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Device"), AlertQuery::Sort::Device},   // DeviceColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Client"), AlertQuery::Sort::Client},   // ClientColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Type"), AlertQuery::Sort::AlertType},  // AlertTypeColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Message"), AlertQuery::Sort::Message}, // MessageColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Integration"),
     AlertQuery::Sort::Integration}, // IntegrationColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Count"),
     AlertQuery::Sort::Occurrences},                                                     // OccurrencesColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "Ticket"), AlertQuery::Sort::Ticket}, // TicketColumn
    {QT_TRANSLATE_NOOP("nestogy::AlertTableModel", "First seen"),
     AlertQuery::Sort::FirstSeen}, // FirstSeenColumn
};
} // namespace

static_assert(std::size(Columns) == AlertTableModel::ColumnCount);

AlertTableModel::AlertTableModel(Database &db, ChangeNotifier *changes, QObject *parent)
    : PagedQueryModel(db, LastSeenColumn, Columns, parent)
{
    if (changes)
        connect(changes, &ChangeNotifier::alertsChanged, this,
                [this](const QList<qint64> &ids) { refreshRows(ids); });
}

QString AlertTableModel::severityText(const QString &severity)
{
    if (severity == u"urgent")
        return tr("Urgent");
    if (severity == u"high")
        return tr("High");
    if (severity == u"normal")
        return tr("Normal");
    if (severity == u"low")
        return tr("Low");
    return severity;
}

QString AlertTableModel::statusText(const QString &status)
{
    if (status == u"open")
        return tr("Open");
    if (status == u"acknowledged")
        return tr("Acknowledged");
    if (status == u"resolved")
        return tr("Resolved");
    return status;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    const AlertRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return row->message;
        if (index.column() == StatusColumn && row->suppressed)
            return tr("Held by a maintenance window: no ticket is made while it lasts.");
        if (index.column() == IntegrationColumn)
            return row->provider;
        return {};
    case Qt::ForegroundRole:
        if (index.column() != SeverityColumn)
            return {};
        if (row->severity == u"urgent")
            return QColor(0xc6, 0x28, 0x28);
        if (row->severity == u"high")
            return QColor(0xe6, 0x51, 0x00);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OccurrencesColumn || index.column() == TicketColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row->id;
    case RawValueRole:
        return raw(*row, index.column());
    case UuidRole:
        return row->uuid;
    case SeverityRole:
        return row->severity;
    case StatusRole:
        return row->status;
    case SuppressedRole:
        return row->suppressed;
    case TicketIdRole:
        return row->ticketId;
    case IntegrationIdRole:
        return row->integrationId;
    case ClientIdRole:
        return row->clientId;
    default:
        return {};
    }
}

QVariant AlertTableModel::display(const AlertRow &row, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityText(row.severity);
    case StatusColumn:
        return row.suppressed ? tr("%1 (suppressed)").arg(statusText(row.status)) : statusText(row.status);
    case LastSeenColumn:
        return DisplayText::dateTime(row.lastSeenMs);
    case DeviceColumn:
        return row.deviceName;
    case ClientColumn:
        return row.clientName;
    case AlertTypeColumn:
        return row.alertType;
    case MessageColumn:
        // One line in the table; the tooltip has all of it.
        return row.message.section(u'\n', 0, 0);
    case IntegrationColumn:
        return row.integrationName;
    case OccurrencesColumn:
        return row.occurrences;
    case TicketColumn:
        return row.ticketNumber > 0 ? QVariant(u'#' + QString::number(row.ticketNumber)) : QVariant();
    case FirstSeenColumn:
        return DisplayText::dateTime(row.firstSeenMs);
    default:
        return {};
    }
}

QVariant AlertTableModel::raw(const AlertRow &row, int column)
{
    switch (column) {
    case SeverityColumn:
        return row.severity;
    case StatusColumn:
        return row.status;
    case LastSeenColumn:
        return row.lastSeenMs;
    case DeviceColumn:
        return row.deviceName;
    case ClientColumn:
        return row.clientName;
    case AlertTypeColumn:
        return row.alertType;
    case MessageColumn:
        return row.message;
    case IntegrationColumn:
        return row.integrationName;
    case OccurrencesColumn:
        return row.occurrences;
    case TicketColumn:
        return row.ticketNumber;
    case FirstSeenColumn:
        return row.firstSeenMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertTableModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(SeverityRole, "severity");
    names.insert(StatusRole, "status");
    names.insert(SuppressedRole, "suppressed");
    names.insert(TicketIdRole, "ticketId");
    names.insert(IntegrationIdRole, "integrationId");
    names.insert(ClientIdRole, "clientId");
    return names;
}

} // namespace nestogy
