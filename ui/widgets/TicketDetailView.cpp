#include "TicketDetailView.h"

#include "DisplayText.h"
#include "RelativeTime.h"
#include "TicketTableModel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
qint64 epochMs(const QJsonValue &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

TicketDetailView::TicketDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ticketDetail"_s);

    m_title = valueLabel(u"ticketTitle"_s, this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);

    m_reason = valueLabel(u"ticketAssignmentReason"_s, this);
    m_reason->setAccessibleName(tr("Why it is assigned"));
    m_reason->setFrameShape(QFrame::StyledPanel);
    m_reason->setMargin(6);
    m_reason->setAutoFillBackground(true);
    m_reason->setBackgroundRole(QPalette::AlternateBase);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QLabel *&value, const QString &name) {
        value = valueLabel(name, this);
        form->addRow(label, value);
    };
    row(tr("Client:"), m_client, u"ticketClient"_s);
    row(tr("Priority:"), m_priority, u"ticketPriority"_s);
    row(tr("Status:"), m_status, u"ticketStatus"_s);
    row(tr("Assignee:"), m_assignee, u"ticketAssignee"_s);
    row(tr("Response due:"), m_responseDue, u"ticketResponseDue"_s);
    row(tr("Resolution due:"), m_resolutionDue, u"ticketResolutionDue"_s);
    row(tr("Created:"), m_created, u"ticketCreated"_s);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"ticketDetails"_s);
    m_details->setAccessibleName(tr("Ticket details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 8);

    m_events = new QTreeWidget(this);
    m_events->setObjectName(u"ticketEvents"_s);
    m_events->setAccessibleName(tr("Ticket history"));
    m_events->setColumnCount(EventColumnCount);
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("Event"), tr("Message")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setWordWrap(false);
    m_events->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Details:"), this));
    layout->addWidget(m_details);
    layout->addWidget(new QLabel(tr("History:"), this));
    layout->addWidget(m_events, 1);
    clear();
}

void TicketDetailView::clear()
{
    m_ticket = {};
    m_title->setText(tr("No ticket selected"));
    for (QLabel *label :
         {m_client, m_priority, m_status, m_assignee, m_responseDue, m_resolutionDue, m_created})
        label->clear();
    m_reason->hide();
    m_details->clear();
    m_events->clear();
}

void TicketDetailView::setTicket(const QJsonObject &ticket, qint64 nowMs)
{
    m_ticket = ticket;
    m_title->setText(
        tr("#%1 %2").arg(ticket.value(u"number").toInteger()).arg(ticket.value(u"subject").toString()));
    const QString client = ticket.value(u"client").toString();
    m_client->setText(client.isEmpty() ? tr("No client") : client);
    m_priority->setText(TicketTableModel::priorityText(ticket.value(u"priority").toString()));
    m_status->setText(TicketTableModel::statusText(ticket.value(u"status").toString()));
    const QString assignee = ticket.value(u"assignee").toString();
    m_assignee->setText(ticket.value(u"assignee_id").isNull() || assignee.isEmpty() ? tr("Unassigned")
                                                                                    : assignee);
    m_created->setText(DisplayText::dateTime(epochMs(ticket.value(u"created_at"))));
    m_details->setPlainText(ticket.value(u"details").toString());

    const QJsonArray events = ticket.value(u"events").toArray();
    const QString reason = assignmentReason(events);
    m_reason->setText(tr("Assignment: %1").arg(reason));
    m_reason->setVisible(!reason.isEmpty());

    m_events->clear();
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QJsonObject e = events.at(i).toObject();
        auto *item = new QTreeWidgetItem(m_events);
        const qint64 at = epochMs(e.value(u"at"));
        item->setText(WhenColumn, DisplayText::dateTime(at));
        item->setData(WhenColumn, Qt::UserRole, at);
        item->setText(WhoColumn, e.value(u"actor").toString());
        item->setText(KindColumn, eventKindText(e.value(u"kind").toString()));
        item->setData(KindColumn, Qt::UserRole, e.value(u"kind").toString());
        item->setText(MessageColumn, e.value(u"message").toString().section(u'\n', 0, 0));
        item->setToolTip(MessageColumn, e.value(u"message").toString());
    }
    for (int c = WhenColumn; c < MessageColumn; ++c)
        m_events->resizeColumnToContents(c);
    updateCountdowns(nowMs);
}

void TicketDetailView::updateCountdowns(qint64 nowMs)
{
    if (m_ticket.isEmpty())
        return;
    m_responseDue->setText(dueText(u"response_due"_s, u"first_response_at"_s, nowMs));
    m_resolutionDue->setText(dueText(u"resolution_due"_s, u"resolved_at"_s, nowMs));
}

QString TicketDetailView::dueText(const QString &dueKey, const QString &metKey, qint64 nowMs) const
{
    const qint64 due = epochMs(m_ticket.value(dueKey));
    if (due <= 0)
        return tr("No target");
    const QString when = DisplayText::dateTime(due);
    const qint64 met = epochMs(m_ticket.value(metKey));
    if (met > 0)
        return met <= due ? tr("%1 (done %2)").arg(when, DisplayText::dateTime(met))
                          : tr("%1 (done late, %2)").arg(when, DisplayText::dateTime(met));
    return tr("%1 (%2)").arg(when, RelativeTime::countdown(due - nowMs));
}

QString TicketDetailView::assignmentReason(const QJsonArray &events)
{
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QJsonObject e = events.at(i).toObject();
        const QString kind = e.value(u"kind").toString();
        if (kind == u"assignment" || kind == u"assignee")
            return e.value(u"message").toString();
    }
    return {};
}

QString TicketDetailView::eventKindText(const QString &kind)
{
    if (kind == u"created")
        return tr("Created");
    if (kind == u"assignment")
        return tr("Assigned");
    if (kind == u"assignee")
        return tr("Assignee changed");
    if (kind == u"status")
        return tr("Status");
    if (kind == u"priority")
        return tr("Priority");
    if (kind == u"note")
        return tr("Note");
    if (kind == u"occurred_again")
        return tr("Alert again");
    if (kind == u"auto_resolved")
        return tr("Resolved by the RMM");
    if (kind.startsWith(u"sla_"))
        return tr("SLA");
    return kind;
}

} // namespace nestogy
