#include "AlertTableModel.h"

#include "ChangeNotifier.h"
#include "DisplayText.h"

#include <QColor>

namespace nestogy {

AlertTableModel::AlertTableModel(Database &db, ChangeNotifier *changes, QObject *parent)
    : PagedQueryModel(db, LastSeenColumn, parent)
{
    if (changes)
        connect(changes, &ChangeNotifier::alertsChanged, this,
                [this](const QList<qint64> &ids) { refreshRows(ids); });
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case LastSeenColumn:
        return tr("Last seen");
    case DeviceColumn:
        return tr("Device");
    case ClientColumn:
        return tr("Client");
    case AlertTypeColumn:
        return tr("Type");
    case MessageColumn:
        return tr("Message");
    case IntegrationColumn:
        return tr("Integration");
    case OccurrencesColumn:
        return tr("Count");
    case TicketColumn:
        return tr("Ticket");
    case FirstSeenColumn:
        return tr("First seen");
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

std::optional<AlertQuery::Sort> AlertTableModel::sortFor(int column) const
{
    switch (column) {
    case SeverityColumn:
        return AlertQuery::Sort::Severity;
    case StatusColumn:
        return AlertQuery::Sort::Status;
    case LastSeenColumn:
        return AlertQuery::Sort::LastSeen;
    case DeviceColumn:
        return AlertQuery::Sort::Device;
    case ClientColumn:
        return AlertQuery::Sort::Client;
    case AlertTypeColumn:
        return AlertQuery::Sort::AlertType;
    case MessageColumn:
        return AlertQuery::Sort::Message;
    case IntegrationColumn:
        return AlertQuery::Sort::Integration;
    case OccurrencesColumn:
        return AlertQuery::Sort::Occurrences;
    case TicketColumn:
        return AlertQuery::Sort::Ticket;
    case FirstSeenColumn:
        return AlertQuery::Sort::FirstSeen;
    default:
        return std::nullopt;
    }
}

} // namespace nestogy
