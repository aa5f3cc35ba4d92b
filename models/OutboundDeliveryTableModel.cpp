#include "OutboundDeliveryTableModel.h"

#include "ChangeNotifier.h"
#include "DisplayText.h"

#include <QColor>
#include <QUrl>

namespace nestogy {

namespace {
// Header and sort of each column, in Column order.
const PagedQueryModel<OutboundDeliveryQuery>::ColumnSpec Columns[] = {
    {QT_TRANSLATE_NOOP("nestogy::OutboundDeliveryTableModel", "Time"),
     OutboundDeliveryQuery::Sort::Created}, // CreatedColumn
    {QT_TRANSLATE_NOOP("nestogy::OutboundDeliveryTableModel", "Kind"),
     OutboundDeliveryQuery::Sort::Kind}, // KindColumn
    {QT_TRANSLATE_NOOP("nestogy::OutboundDeliveryTableModel", "Integration"),
     OutboundDeliveryQuery::Sort::Integration},                                         // IntegrationColumn
    {QT_TRANSLATE_NOOP("nestogy::OutboundDeliveryTableModel", "Target"), std::nullopt}, // TargetColumn
    {QT_TRANSLATE_NOOP("nestogy::OutboundDeliveryTableModel", "Status"),
     OutboundDeliveryQuery::Sort::Status}, // StatusColumn
    {QT_TRANSLATE_NOOP("nestogy::OutboundDeliveryTableModel", "Duration"),
     OutboundDeliveryQuery::Sort::Duration},                                           // DurationColumn
    {QT_TRANSLATE_NOOP("nestogy::OutboundDeliveryTableModel", "Error"), std::nullopt}, // ErrorColumn
    {QT_TRANSLATE_NOOP("nestogy::OutboundDeliveryTableModel", "Job"), std::nullopt},   // JobColumn
};
} // namespace

static_assert(std::size(Columns) == OutboundDeliveryTableModel::ColumnCount);

OutboundDeliveryTableModel::OutboundDeliveryTableModel(Database &db, ChangeNotifier *changes, QObject *parent)
    : PagedQueryModel(db, CreatedColumn, Columns, parent)
{
    if (changes)
        connect(changes, &ChangeNotifier::jobsChanged, this, [this] { refreshRows({}); });
}

QString OutboundDeliveryTableModel::kindText(const QString &kind)
{
    if (kind == u"chat_webhook")
        return tr("Chat message");
    if (kind == u"email")
        return tr("Email");
    if (kind == u"rmm_api")
        return tr("RMM API call");
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

QHash<int, QByteArray> OutboundDeliveryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(FailedRole, "failed");
    names.insert(JobIdRole, "jobId");
    names.insert(IntegrationIdRole, "integrationId");
    return names;
}

} // namespace nestogy
