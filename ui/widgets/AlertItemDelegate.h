#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace nestogy {

// Paints the alert list: the severity column with its icon, and resolved alerts muted so the open ones stand
// out.
class AlertItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AlertItemDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon severityIcon(const QString &severity) const;

    mutable QHash<QString, QIcon> m_icons; // painted once per severity
};

} // namespace nestogy
