#include "OutboundDeliveryTableModel.h"

#include "ChangeNotifier.h"
#include "DisplayText.h"

#include <QColor>
#include <QUrl>

namespace nestogy {

OutboundDeliveryTableModel::OutboundDeliveryTableModel(Database &db, ChangeNotifier *changes, QObject *parent)
    : PagedQueryModel(db, CreatedColumn, parent)
{
    if (changes)
        connect(changes, &ChangeNotifier::jobsChanged, this, [this] { refreshRows({}); });
}

int OutboundDeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboundDeliveryTableModel::kindText(const QString &kind)
{
    if (kind == u"chat_webhook")
        return tr("Chat message");
    if (kind == u"email")
        return tr("Email");
    return kind;
}

QString OutboundDeliveryTableModel::shownTarget(const OutboundDeliveryRow &row)
{
    if (row.kind != u"chat_webhook")
        return row.url;
    // Slack and Teams incoming webhooks carry their credential in the path: anyone who reads it can post.
    const QUrl url(row.url);
    if (url.path().isEmpty() || url.path() == u"/")
        return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery) + QStringLiteral("/…");
}

QVariant OutboundDeliveryTableModel::data(const QModelIndex &index, int role) const
{
    const OutboundDeliveryRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn)
            return row->error;
        if (index.column() == TargetColumn)
            return shownTarget(*row);
        return {};
    case Qt::ForegroundRole:
        if (row->failed() && (index.column() == StatusColumn || index.column() == ErrorColumn))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn || index.column() == JobColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row->id;
    case RawValueRole:
        return raw(*row, index.column());
    case KindRole:
        return row->kind;
    case FailedRole:
        return row->failed();
    case JobIdRole:
        return row->jobId;
    case IntegrationIdRole:
        return row->integrationId;
    default:
        return {};
    }
}

QVariant OutboundDeliveryTableModel::display(const OutboundDeliveryRow &row, int column) const
{
    switch (column) {
    case CreatedColumn:
        return DisplayText::dateTime(row.createdMs);
    case KindColumn:
        return kindText(row.kind);
    case IntegrationColumn:
        return row.integrationName;
    case TargetColumn:
        return QString(row.method + u' ' + shownTarget(row));
    case StatusColumn:
        return row.statusCode > 0 ? QString::number(row.statusCode) : tr("No answer");
    case DurationColumn:
        return tr("%1 ms").arg(row.durationMs);
    case ErrorColumn:
        return row.error.section(u'\n', 0, 0);
    case JobColumn:
        return row.jobId > 0 ? QVariant(row.jobId) : QVariant();
    default:
        return {};
    }
}

QVariant OutboundDeliveryTableModel::raw(const OutboundDeliveryRow &row, int column)
{
    switch (column) {
    case CreatedColumn:
        return row.createdMs;
    case KindColumn:
        return row.kind;
    case IntegrationColumn:
        return row.integrationName;
    case TargetColumn:
        return shownTarget(row);
    case StatusColumn:
        return row.statusCode;
    case DurationColumn:
        return row.durationMs;
    case ErrorColumn:
        return row.error;
    case JobColumn:
        return row.jobId;
    default:
        return {};
    }
}

QVariant OutboundDeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case IntegrationColumn:
        return tr("Integration");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    case JobColumn:
        return tr("Job");
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboundDeliveryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(FailedRole, "failed");
    names.insert(JobIdRole, "jobId");
    names.insert(IntegrationIdRole, "integrationId");
    return names;
}

std::optional<OutboundDeliveryQuery::Sort> OutboundDeliveryTableModel::sortFor(int column) const
{
    switch (column) {
    case CreatedColumn:
        return OutboundDeliveryQuery::Sort::Created;
    case KindColumn:
        return OutboundDeliveryQuery::Sort::Kind;
    case IntegrationColumn:
        return OutboundDeliveryQuery::Sort::Integration;
    case StatusColumn:
        return OutboundDeliveryQuery::Sort::Status;
    case DurationColumn:
        return OutboundDeliveryQuery::Sort::Duration;
    default:
        return std::nullopt;
    }
}

} // namespace nestogy
