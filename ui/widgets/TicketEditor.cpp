#include "TicketEditor.h"

#include "TicketStore.h"
#include "TicketTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace nestogy {

TicketEditor::TicketEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ticketEditor"_s);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"ticketStatusEdit"_s);
    m_status->setAccessibleName(tr("Status"));
    for (const QString &status : TicketStore::statuses())
        m_status->addItem(TicketTableModel::statusText(status), status);

    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"ticketPriorityEdit"_s);
    m_priority->setAccessibleName(tr("Priority"));
    for (const QString &priority : TicketStore::priorities())
        m_priority->addItem(TicketTableModel::priorityText(priority), priority);

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"ticketAssigneeEdit"_s);
    m_assignee->setAccessibleName(tr("Assignee"));

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"ticketNoteEdit"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Add a note to the ticket's history"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);

    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(u"applyTicketChangesButton"_s);
    m_apply->setToolTip(tr("Save the status, priority, assignee and note (Ctrl+Return)"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto row = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Status:"), m_status);
    row(tr("P&riority:"), m_priority);
    row(tr("Assi&gnee:"), m_assignee);
    row(tr("&Note:"), m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    form->addRow(buttons);

    for (QComboBox *combo : {m_status, m_priority, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketEditor::updateApply);
    connect(m_note, &QPlainTextEdit::textChanged, this, &TicketEditor::updateApply);
    connect(m_apply, &QPushButton::clicked, this, &TicketEditor::apply);
    // Focus given to the editor (Enter on a ticket in the list) lands on its first control.
    setFocusProxy(m_status);
    fillAssignees();
    load({});
}

void TicketEditor::setTechnicians(const QList<Technician> &technicians)
{
    m_technicians = technicians;
    fillAssignees();
}

void TicketEditor::fillAssignees()
{
    const qint64 chosen = chosenAssignee();
    const QSignalBlocker quiet(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    for (const Technician &t : std::as_const(m_technicians)) {
        if (t.active)
            m_assignee->addItem(t.name, t.id);
        else if (t.id == m_baseAssignee)
            m_assignee->addItem(tr("%1 (inactive)").arg(t.name), t.id);
    }
    // An assignee missing from the list (deleted, or the list not read yet) is still shown as such.
    if (m_baseAssignee > 0 && m_assignee->findData(m_baseAssignee) < 0)
        m_assignee->addItem(m_baseAssigneeName, m_baseAssignee);
    const int index = m_assignee->findData(chosen);
    m_assignee->setCurrentIndex(index >= 0 ? index : m_assignee->findData(m_baseAssignee));
    updateApply();
}

qint64 TicketEditor::chosenAssignee() const
{
    return m_assignee->currentIndex() >= 0 ? m_assignee->currentData().toLongLong() : m_baseAssignee;
}

void TicketEditor::choose(QComboBox *combo, const QVariant &value, const QVariant &previousBase)
{
    // A choice the technician made (differing from what was loaded before) survives the reload.
    if (combo->currentIndex() >= 0 && combo->currentData() != previousBase)
        return;
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

void TicketEditor::load(const QJsonObject &ticket)
{
    const bool sameTicket = m_loaded && !ticket.isEmpty();
    m_loaded = !ticket.isEmpty();
    const QString oldStatus = m_baseStatus;
    const QString oldPriority = m_basePriority;
    const qint64 oldAssignee = m_baseAssignee;
    m_baseStatus = ticket.value(u"status").toString();
    m_basePriority = ticket.value(u"priority").toString();
    m_baseAssignee = ticket.value(u"assignee_id").toInteger();
    m_baseAssigneeName = ticket.value(u"assignee").toString();
    if (!sameTicket) {
        // Another ticket: nothing chosen for the last one carries over.
        m_status->setCurrentIndex(-1);
        m_priority->setCurrentIndex(-1);
        m_assignee->setCurrentIndex(-1);
        m_note->clear();
    }
    choose(m_status, m_baseStatus, oldStatus);
    choose(m_priority, m_basePriority, oldPriority);
    if (sameTicket && m_assignee->currentData().toLongLong() != oldAssignee) {
        fillAssignees(); // keeps the technician's choice
    } else {
        m_assignee->setCurrentIndex(-1);
        fillAssignees(); // selects the loaded assignee
    }
    setEnabled(m_loaded);
    updateApply();
}

QJsonObject TicketEditor::changes() const
{
    QJsonObject out;
    if (!m_loaded)
        return out;
    if (m_status->currentIndex() >= 0 && m_status->currentData().toString() != m_baseStatus)
        out.insert(u"status"_s, m_status->currentData().toString());
    if (m_priority->currentIndex() >= 0 && m_priority->currentData().toString() != m_basePriority)
        out.insert(u"priority"_s, m_priority->currentData().toString());
    const qint64 assignee = chosenAssignee();
    if (assignee != m_baseAssignee)
        out.insert(u"assignee_id"_s, assignee > 0 ? QJsonValue(assignee) : QJsonValue());
    const QString note = m_note->toPlainText().trimmed();
    if (!note.isEmpty())
        out.insert(u"note"_s, note);
    return out;
}

void TicketEditor::setBusy(bool busy)
{
    m_busy = busy;
    for (QComboBox *combo : {m_status, m_priority, m_assignee})
        combo->setEnabled(!busy);
    m_note->setReadOnly(busy);
    updateApply();
}

void TicketEditor::clearNote()
{
    m_note->clear();
}

void TicketEditor::apply()
{
    const QJsonObject c = changes();
    if (m_busy || c.isEmpty())
        return;
    Q_EMIT applyRequested(c);
}

void TicketEditor::updateApply()
{
    m_apply->setEnabled(!m_busy && !changes().isEmpty());
}

} // namespace nestogy
