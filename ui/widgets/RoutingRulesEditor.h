#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace nestogy {

class FieldErrorLabel;

// Edits an integration's ordered alert rules (RoutingRules): what an alert must match and what it becomes.
// The first matching rule wins, so rows can be moved. Rule parts without a column here (assignee, team,
// client, notify_client) are kept as they were.
class RoutingRulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingRulesEditor(const QString &name, QWidget *parent = nullptr);

    void setRules(const QJsonArray &rules);
    QJsonArray rules() const;
    QTableWidget *table() const { return m_table; }
    FieldErrorLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    enum Column { Severity, AlertType, Device, Message, Ticket, Priority, Category, ColumnCount };

    void addRow(int row, const QJsonObject &rule);
    QJsonObject ruleAt(int row) const;
    void moveCurrent(int by);
    void renumber();
    QComboBox *combo(int row, Column column) const;
    void emitChanged();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    FieldErrorLabel *m_error = nullptr;
    bool m_loading = false;
};

} // namespace nestogy
