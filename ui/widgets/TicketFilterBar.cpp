#include "TicketFilterBar.h"

#include "TicketStore.h"
#include "TicketTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
// Assignee choices that are not a technician id.
constexpr qint64 Anyone = 0;
constexpr qint64 Nobody = -1;

QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

TicketFilterBar::TicketFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ticketFilterBar"_s);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"ticketStatusFilter"_s);
    m_status->setAccessibleName(tr("Show tickets with status"));
    m_status->addItem(tr("Not finished"), QStringList{u"Open"_s, u"In Progress"_s, u"Waiting"_s});
    m_status->addItem(tr("Any status"), QStringList());
    for (const QString &status : TicketStore::statuses())
        m_status->addItem(TicketTableModel::statusText(status), QStringList{status});

    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"ticketPriorityFilter"_s);
    m_priority->setAccessibleName(tr("Show tickets with priority"));
    m_priority->addItem(tr("Any priority"), QString());
    for (const QString &priority : TicketStore::priorities())
        m_priority->addItem(TicketTableModel::priorityText(priority), priority);

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"ticketAssigneeFilter"_s);
    m_assignee->setAccessibleName(tr("Show tickets assigned to"));
    setTechnicians({});

    m_text = new QLineEdit(this);
    m_text->setObjectName(u"ticketSearch"_s);
    m_text->setAccessibleName(tr("Search tickets"));
    m_text->setPlaceholderText(tr("Subject, number, client or technician"));
    m_text->setClearButtonEnabled(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(labelFor(tr("Status:"), m_status, this));
    layout->addWidget(m_status);
    layout->addWidget(labelFor(tr("Priority:"), m_priority, this));
    layout->addWidget(m_priority);
    layout->addWidget(labelFor(tr("Assignee:"), m_assignee, this));
    layout->addWidget(m_assignee);
    layout->addWidget(m_text, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &TicketFilterBar::filterChanged);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    for (QComboBox *combo : {m_status, m_priority, m_assignee})
        connect(combo, &QComboBox::activated, this, &TicketFilterBar::filterChanged);
}

TicketQuery::Filter TicketFilterBar::filter() const
{
    TicketQuery::Filter f;
    f.statuses = m_status->currentData().toStringList();
    const QString priority = m_priority->currentData().toString();
    if (!priority.isEmpty())
        f.priorities = {priority};
    const qint64 assignee = m_assignee->currentData().toLongLong();
    f.unassignedOnly = assignee == Nobody;
    if (assignee > 0)
        f.assigneeId = assignee;
    f.text = m_text->text();
    return f;
}

void TicketFilterBar::setTechnicians(const QList<Technician> &technicians)
{
    const qint64 chosen = m_assignee->currentData().toLongLong();
    const QSignalBlocker quiet(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), Anyone);
    m_assignee->addItem(tr("Unassigned"), Nobody);
    for (const Technician &t : technicians)
        m_assignee->addItem(t.active ? t.name : tr("%1 (inactive)").arg(t.name), t.id);
    const int index = m_assignee->findData(chosen);
    m_assignee->setCurrentIndex(qMax(0, index));
    // The technician filtered by is gone: the list must not keep filtering by them unseen.
    if (index < 0 && chosen > 0)
        Q_EMIT filterChanged();
}

void TicketFilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

} // namespace nestogy
