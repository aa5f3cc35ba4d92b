#include "SeverityTile.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SeverityTile::SeverityTile(const QString &title, const QColor &accent, QWidget *parent)
    : QFrame(parent)
    , m_title(title)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // screen readers reach the figure by keyboard

    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"title"_s);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_count = new QLabel(this);
    m_count->setObjectName(u"count"_s);
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_count->setFont(big);
    QPalette palette = m_count->palette();
    palette.setColor(QPalette::WindowText, accent);
    m_count->setPalette(palette);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"detail"_s);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_count);
    layout->addWidget(m_detail);
    setCounts(0, 0);
}

void SeverityTile::setCounts(int open, int acknowledged)
{
    m_open = open;
    m_acknowledged = acknowledged;
    m_count->setText(QString::number(unresolved()));
    m_detail->setText(tr("%1 acknowledged").arg(acknowledged));
    setAccessibleName(tr("%1 alerts").arg(m_title));
    setAccessibleDescription(
        tr("%1 unresolved, %2 of them acknowledged").arg(unresolved()).arg(acknowledged));
}

} // namespace nestogy
