#include "AlertActionSet.h"

#include "AlertTableModel.h"

#include <QAction>
#include <QIcon>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
QIcon themeIcon(const QWidget *widget, const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}
} // namespace

AlertActionSet::AlertActionSet(QWidget *pane)
    : QObject(pane)
    , m_pane(pane)
{
    acknowledge = add(
        u"acknowledgeAction"_s, tr("Acknowledge"), tr("Acknowledge the selected alerts: someone is on it"),
        QKeySequence(Qt::CTRL | Qt::Key_K), themeIcon(pane, u"dialog-ok"_s, QStyle::SP_DialogOkButton));
    resolve = add(u"resolveAction"_s, tr("Resolve"),
                  tr("Resolve the selected alerts; a ticket nobody has worked on is resolved with them"),
                  QKeySequence(Qt::CTRL | Qt::Key_R),
                  themeIcon(pane, u"dialog-apply"_s, QStyle::SP_DialogApplyButton));
    createTicket =
        add(u"createTicketAction"_s, tr("Create ticket"),
            tr("Create a ticket for each selected alert that has none"), QKeySequence(Qt::CTRL | Qt::Key_T),
            themeIcon(pane, u"document-new"_s, QStyle::SP_FileDialogNewFolder));
    openTicket = add(u"openTicketAction"_s, tr("Open ticket"), tr("Show the selected alert's ticket"),
                     QKeySequence(Qt::CTRL | Qt::Key_O),
                     themeIcon(pane, u"document-open"_s, QStyle::SP_DialogOpenButton));
    snooze =
        add(u"snoozeAction"_s, tr("Snooze device…"),
            tr("Put the selected alerts' devices into maintenance for a while: their new alerts are held"),
            QKeySequence(Qt::CTRL | Qt::Key_M),
            themeIcon(pane, u"media-playback-pause"_s, QStyle::SP_MediaPause));
    refresh = add(u"refreshAlertsAction"_s, tr("Refresh"), tr("Read the alerts again"),
                  QKeySequence(Qt::Key_F5), themeIcon(pane, u"view-refresh"_s, QStyle::SP_BrowserReload));
    find =
        add(u"findAlertsAction"_s, tr("Search"), tr("Search the alerts"), QKeySequence(Qt::CTRL | Qt::Key_F),
            themeIcon(pane, u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    update({}, false);
}

QAction *AlertActionSet::add(const QString &name, const QString &text, const QString &tip,
                             const QKeySequence &key, const QIcon &icon)
{
    auto *action = new QAction(icon, text, m_pane);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)", "action tool tip: what it does (shortcut)")
                           .arg(tip, key.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    m_pane->addAction(action);
    return action;
}

QList<QAction *> AlertActionSet::alertActions() const
{
    return {acknowledge, resolve, createTicket, openTicket, snooze};
}

void AlertActionSet::update(const QModelIndexList &rows, bool busy)
{
    bool anyOpen = false;
    bool anyUnresolved = false;
    bool anyWithoutTicket = false;
    for (const QModelIndex &row : rows) {
        const QString status = row.data(AlertTableModel::StatusRole).toString();
        anyOpen |= status == u"open";
        anyUnresolved |= status != u"resolved";
        anyWithoutTicket |= row.data(AlertTableModel::TicketIdRole).toLongLong() == 0;
    }
    acknowledge->setEnabled(!busy && anyOpen);
    resolve->setEnabled(!busy && anyUnresolved);
    createTicket->setEnabled(!busy && anyWithoutTicket);
    snooze->setEnabled(!busy && anyUnresolved);
    // Opening is not a change: it needs one alert with a ticket, busy or not.
    openTicket->setEnabled(rows.size() == 1 &&
                           rows.constFirst().data(AlertTableModel::TicketIdRole).toLongLong() > 0);
}

} // namespace nestogy
