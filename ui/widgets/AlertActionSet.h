#pragma once

#include <QKeySequence>
#include <QModelIndexList>
#include <QObject>

class QAction;
class QIcon;
class QWidget;

namespace nestogy {

// The Alerts pane's commands as QActions with their shortcuts, shared by its tool bar and context menu, and
// which of them apply to the selected alerts. The shortcuts work wherever the keyboard focus is inside the
// pane (and only there), so the other panes may use the same keys.
class AlertActionSet : public QObject
{
    Q_OBJECT

public:
    // The actions are added to `pane`.
    explicit AlertActionSet(QWidget *pane);

    QAction *acknowledge = nullptr;  // Ctrl+K
    QAction *resolve = nullptr;      // Ctrl+R
    QAction *createTicket = nullptr; // Ctrl+T
    QAction *openTicket = nullptr;   // Ctrl+O
    QAction *snooze = nullptr;       // Ctrl+M ("maintenance")
    QAction *refresh = nullptr;      // F5
    QAction *find = nullptr;         // Ctrl+F

    // The actions that change alerts, in tool bar order.
    QList<QAction *> alertActions() const;
    // Enables what applies to `rows` (indexes of the alert model, one per selected alert); while an action
    // is in flight (`busy`), none of the alert actions.
    void update(const QModelIndexList &rows, bool busy);

private:
    QAction *add(const QString &name, const QString &text, const QString &tip, const QKeySequence &key,
                 const QIcon &icon);

    QWidget *m_pane;
};

} // namespace nestogy
