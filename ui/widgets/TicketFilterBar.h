#pragma once

#include "Technician.h"
#include "TicketQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace nestogy {

// The ticket list's filters: status (the unfinished ones by default), priority, assignee (anyone, nobody or
// one technician) and a search text; emits filterChanged() once a choice is made or typing pauses.
class TicketFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingPauseMs = 250;

    explicit TicketFilterBar(QWidget *parent = nullptr);

    TicketQuery::Filter filter() const;
    // Refills the assignee choices, keeping the chosen technician if they are still listed.
    void setTechnicians(const QList<Technician> &technicians);
    // Puts the cursor in the search field, its text selected.
    void focusSearch();

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer m_typing;
};

} // namespace nestogy
