#pragma once

#include "AlertDetail.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace nestogy {

class PayloadView;

// The selected alert in full: its normalized fields, how often and when it fired, its ticket (a link that
// asks to open it) and the raw payload it arrived with. Shows a hint while no alert is selected.
class AlertDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit AlertDetailView(QWidget *parent = nullptr);

    void showAlert(const AlertDetail &alert);
    // No alert: the hint, or `reason` (an alert that could not be read).
    void clear(const QString &reason = {});

    // The alert shown, or 0.
    qint64 alertId() const { return m_alert.id; }
    qint64 ticketId() const { return m_alert.ticketId; }
    // The text shown for a field (objectName of its value label without the "detail" prefix, e.g. "Device").
    QString fieldText(const QString &field) const;

Q_SIGNALS:
    void openTicketRequested(qint64 ticketId);

private:
    QLabel *addField(const QString &name, const QString &label);
    void setField(const QString &name, const QString &text);

    AlertDetail m_alert;
    QLabel *m_hint = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_severityIcon = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_fields;
    PayloadView *m_payload = nullptr;
};

} // namespace nestogy
