#pragma once

#include "AlertQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace nestogy {

// The alert list's filters: severity, status, integration, client and a text search (in device, message,
// type and client), as one AlertQuery::Filter. Typing is applied after a short pause, Return applies it at
// once; every other change at once. Starts on the unresolved alerts.
class AlertFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingPauseMs = 300;

    // A choice in the integration or client list: its id and the name shown.
    struct Choice
    {
        qint64 id = 0;
        QString name;
    };

    explicit AlertFilterBar(QWidget *parent = nullptr);

    AlertQuery::Filter filter() const;
    // Replace the lists; the current choice stays if it is still there, else the filter falls back to all
    // (and filterChanged is emitted).
    void setIntegrations(const QList<Choice> &integrations);
    void setClients(const QList<Choice> &clients);

    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    void setChoices(QComboBox *combo, const QString &allText, const QList<Choice> &choices);
    static std::optional<qint64> chosenId(const QComboBox *combo);

    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_integration = nullptr;
    QComboBox *m_client = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer m_typing;
};

} // namespace nestogy
