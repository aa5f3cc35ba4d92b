#include "AlertDetailView.h"

#include "AlertSeverityIcon.h"
#include "AlertTableModel.h"
#include "DisplayText.h"
#include "EmptyStateLabel.h"
#include "PayloadView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
const auto TicketLink = u"ticket"_s;
}

AlertDetailView::AlertDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"alertDetail"_s);
    setAccessibleName(tr("Alert details"));

    m_hint =
        new EmptyStateLabel(tr("Select an alert to see its details and the payload it arrived with."), this);
    m_hint->setObjectName(u"alertDetailHint"_s);

    m_content = new QWidget(this);
    m_content->setObjectName(u"alertDetailContent"_s);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    auto *titleRow = new QHBoxLayout;
    m_severityIcon = new QLabel(m_content);
    m_severityIcon->setObjectName(u"detailSeverityIcon"_s);
    titleRow->addWidget(m_severityIcon, 0, Qt::AlignTop);
    m_title = new QLabel(m_content);
    m_title->setObjectName(u"detailTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    titleRow->addWidget(m_title, 1);
    content->addLayout(titleRow);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(u"Severity"_s, tr("Severity:"));
    addField(u"Status"_s, tr("Status:"));
    addField(u"Ticket"_s, tr("Ticket:"));
    addField(u"Device"_s, tr("Device:"));
    addField(u"Client"_s, tr("Client:"));
    addField(u"Integration"_s, tr("Integration:"));
    addField(u"Type"_s, tr("Type:"));
    addField(u"Message"_s, tr("Message:"));
    addField(u"Occurrences"_s, tr("Occurrences:"));
    addField(u"FirstSeen"_s, tr("First seen:"));
    addField(u"LastSeen"_s, tr("Last seen:"));
    addField(u"OccurredAt"_s, tr("Occurred at the source:"));
    addField(u"ResolvedAt"_s, tr("Resolved:"));
    addField(u"ExternalId"_s, tr("RMM alert id:"));
    addField(u"Uuid"_s, tr("Alert id:"));
    content->addLayout(m_form);

    QLabel *ticket = m_fields.value(u"Ticket"_s);
    ticket->setTextFormat(Qt::RichText);
    ticket->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(ticket, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == TicketLink && m_alert.ticketId > 0)
            emit openTicketRequested(m_alert.ticketId);
    });

    auto *payloadLabel = new QLabel(tr("Raw &payload:"), m_content);
    payloadLabel->setObjectName(u"detailPayloadLabel"_s);
    m_payload = new PayloadView(m_content);
    m_payload->setObjectName(u"payloadView"_s);
    payloadLabel->setBuddy(m_payload);
    content->addWidget(payloadLabel);
    content->addWidget(m_payload, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_content, 1);
    clear();
}

QLabel *AlertDetailView::addField(const QString &name, const QString &label)
{
    auto *value = new QLabel(m_content);
    value->setObjectName(u"detail"_s + name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *caption = new QLabel(label, m_content);
    caption->setBuddy(value);
    value->setAccessibleName(label.chopped(label.endsWith(u':') ? 1 : 0));
    m_form->addRow(caption, value);
    m_fields.insert(name, value);
    return value;
}

void AlertDetailView::setField(const QString &name, const QString &text)
{
    QLabel *value = m_fields.value(name);
    value->setText(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

QString AlertDetailView::fieldText(const QString &field) const
{
    QLabel *value = m_fields.value(field);
    if (!value || !m_form->isRowVisible(value))
        return {};
    return value->textFormat() == Qt::RichText ? value->accessibleDescription() : value->text();
}

void AlertDetailView::clear(const QString &reason)
{
    m_alert = {};
    m_hint->setText(reason.isEmpty()
                        ? tr("Select an alert to see its details and the payload it arrived with.")
                        : reason);
    m_hint->show();
    m_content->hide();
    m_payload->clear();
}

void AlertDetailView::showAlert(const AlertDetail &alert)
{
    const bool sameAlert = alert.id == m_alert.id;
    const bool samePayload =
        sameAlert && alert.rawPayload == m_alert.rawPayload && alert.rawContentType == m_alert.rawContentType;
    m_alert = alert;
    m_hint->hide();
    m_content->show();

    m_severityIcon->setPixmap(AlertSeverityIcon::create(alert.severity).pixmap(24, 24));
    m_severityIcon->setAccessibleName(AlertTableModel::severityText(alert.severity));
    m_title->setText(alert.message.section(u'\n', 0, 0).isEmpty() ? alert.alertType
                                                                  : alert.message.section(u'\n', 0, 0));

    setField(u"Severity"_s, AlertTableModel::severityText(alert.severity));
    const QString status = AlertTableModel::statusText(alert.status);
    setField(u"Status"_s, alert.suppressed
                              ? tr("%1, held by a maintenance window (no ticket while it lasts)").arg(status)
                              : status);

    QLabel *ticket = m_fields.value(u"Ticket"_s);
    if (alert.ticketId > 0) {
        const QString text = tr("#%1 %2 (%3, %4)")
                                 .arg(alert.ticketNumber)
                                 .arg(alert.ticketSubject, alert.ticketStatus, alert.ticketPriority);
        ticket->setText(u"<a href=\"%1\">%2</a>"_s.arg(TicketLink, text.toHtmlEscaped()));
        ticket->setAccessibleDescription(text);
        ticket->setToolTip(tr("Open the ticket (Ctrl+O)"));
    } else {
        ticket->setText(tr("None yet"));
        ticket->setAccessibleDescription(tr("None yet"));
        ticket->setToolTip({});
    }
    m_form->setRowVisible(ticket, true);

    setField(u"Device"_s, alert.deviceId.isEmpty() || alert.deviceId == alert.deviceName
                              ? alert.deviceName
                              : tr("%1 (RMM id %2)").arg(alert.deviceName, alert.deviceId));
    setField(u"Client"_s, alert.clientName);
    setField(u"Integration"_s, tr("%1 (%2)").arg(alert.integrationName, alert.provider));
    setField(u"Type"_s, alert.alertType);
    setField(u"Message"_s, alert.message);
    setField(u"Occurrences"_s,
             alert.flapCount > 0
                 ? tr("%1, flapped %2 times").arg(QLocale().toString(alert.occurrences)).arg(alert.flapCount)
                 : QLocale().toString(alert.occurrences));
    setField(u"FirstSeen"_s, DisplayText::dateTime(alert.firstSeenMs));
    setField(u"LastSeen"_s, DisplayText::dateTime(alert.lastSeenMs));
    setField(u"OccurredAt"_s, DisplayText::dateTime(alert.occurredAtMs));
    setField(u"ResolvedAt"_s, DisplayText::dateTime(alert.resolvedAtMs));
    setField(u"ExternalId"_s, alert.externalAlertId);
    setField(u"Uuid"_s, alert.uuid);

    // A live update of the same alert keeps the reader's place in the payload.
    if (samePayload)
        return;
    const int scroll = sameAlert ? m_payload->verticalScrollBar()->value() : 0;
    m_payload->setPayload(alert.rawPayload, alert.rawContentType);
    m_payload->verticalScrollBar()->setValue(scroll);
}

} // namespace nestogy
