#pragma once

#include <QJsonObject>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace nestogy {

class FieldErrorLabel;

// Edits a severity map: which word from the RMM ("Disaster", "P1", "warning") means which of our four
// severities. Words are matched case-insensitively by the engine; rows without a word are left out.
class SeverityMapEditor : public QWidget
{
    Q_OBJECT

public:
    // `name` prefixes the object names of the table and buttons (tests and accessibility tools find them).
    explicit SeverityMapEditor(const QString &name, QWidget *parent = nullptr);

    void setMap(const QJsonObject &map);
    QJsonObject map() const;
    QTableWidget *table() const { return m_table; }
    FieldErrorLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    void addRow(const QString &word, const QString &severity);
    void renumber();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    FieldErrorLabel *m_error = nullptr;
    bool m_loading = false;
};

} // namespace nestogy
