#pragma once

#include <QFrame>

class QLabel;

namespace nestogy {

// One severity's unresolved alerts on the dashboard: the number large, and how many of them someone has
// acknowledged below it.
class SeverityTile : public QFrame
{
    Q_OBJECT

public:
    SeverityTile(const QString &title, const QColor &accent, QWidget *parent = nullptr);

    void setCounts(int open, int acknowledged);
    int unresolved() const { return m_open + m_acknowledged; }

private:
    QString m_title;
    QLabel *m_count = nullptr;
    QLabel *m_detail = nullptr;
    int m_open = 0;
    int m_acknowledged = 0;
};

} // namespace nestogy
