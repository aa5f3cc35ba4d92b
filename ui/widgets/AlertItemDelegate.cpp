#include "AlertItemDelegate.h"

#include "AlertSeverityIcon.h"
#include "AlertTableModel.h"

namespace nestogy {

AlertItemDelegate::AlertItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QIcon AlertItemDelegate::severityIcon(const QString &severity) const
{
    auto it = m_icons.constFind(severity);
    if (it == m_icons.constEnd())
        it = m_icons.insert(severity, AlertSeverityIcon::create(severity));
    return *it;
}

void AlertItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == AlertTableModel::SeverityColumn) {
        option->icon = severityIcon(index.data(AlertTableModel::SeverityRole).toString());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
    }
    if (index.data(AlertTableModel::StatusRole).toString() == u"resolved") {
        const QColor muted = option->palette.color(QPalette::PlaceholderText);
        option->palette.setColor(QPalette::Text, muted);
        option->palette.setColor(QPalette::WindowText, muted);
    }
}

} // namespace nestogy
