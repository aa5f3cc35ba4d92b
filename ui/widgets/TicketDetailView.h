#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace nestogy {

// One ticket as a technician reads it: number and subject, client, priority, status, assignee, the response
// and resolution targets with the time left, why it is assigned to whom (set apart, it is the first question
// asked), the details, and the event history newest first with who and when. Read-only.
class TicketDetailView : public QWidget
{
    Q_OBJECT

public:
    enum EventColumn { WhenColumn, WhoColumn, KindColumn, MessageColumn, EventColumnCount };

    explicit TicketDetailView(QWidget *parent = nullptr);

    // The ticket as TicketStore::find returns it with its events.
    void setTicket(const QJsonObject &ticket, qint64 nowMs);
    void clear();
    // Redraws the time left to the targets.
    void updateCountdowns(qint64 nowMs);

    // The message of the latest assignment decision (the assigner's reasoning or a technician's change),
    // empty when there is none.
    static QString assignmentReason(const QJsonArray &events);
    static QString eventKindText(const QString &kind);

private:
    QString dueText(const QString &dueKey, const QString &metKey, qint64 nowMs) const;

    QJsonObject m_ticket;
    QLabel *m_title = nullptr;
    QLabel *m_client = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_responseDue = nullptr;
    QLabel *m_resolutionDue = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_reason = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QTreeWidget *m_events = nullptr;
};

} // namespace nestogy
