#pragma once

#include "Technician.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace nestogy {

// What a technician changes on a ticket: status, priority, assignee and a note. Asks for exactly the fields
// that differ from the ticket as loaded (in TicketActions::patch's shape); a reload while the technician is
// choosing keeps the choices they made and takes the new values for the rest.
class TicketEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TicketEditor(QWidget *parent = nullptr);

    // Refills the assignee choices (active technicians, plus the ticket's assignee if inactive).
    void setTechnicians(const QList<Technician> &technicians);
    // The ticket as TicketStore::find returns it; an empty object disables the editor.
    void load(const QJsonObject &ticket);
    // The changes the controls ask for; empty when there is nothing to apply.
    QJsonObject changes() const;
    // While a change is being applied the controls stay readable but cannot be used.
    void setBusy(bool busy);
    // The note went into the history: clear it.
    void clearNote();

public Q_SLOTS:
    // Emits applyRequested() with changes(), if there are any and nothing is being applied.
    void apply();

Q_SIGNALS:
    void applyRequested(const QJsonObject &changes);

private:
    void fillAssignees();
    void updateApply();
    static void choose(QComboBox *combo, const QVariant &value, const QVariant &previousBase);
    qint64 chosenAssignee() const;

    QList<Technician> m_technicians;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_baseStatus;
    QString m_basePriority;
    qint64 m_baseAssignee = 0; // 0: unassigned
    QString m_baseAssigneeName;

    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace nestogy
