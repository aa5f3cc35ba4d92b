#include "FieldErrorLabel.h"

#include <QVBoxLayout>

namespace nestogy {

FieldErrorLabel::FieldErrorLabel(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = palette();
    // Red that stays readable on light and dark themes alike.
    p.setColor(QPalette::WindowText, QColor(0xd0, 0x31, 0x2d));
    setPalette(p);
    setVisible(false);
    if (field && !field->objectName().isEmpty())
        setObjectName(field->objectName() + QStringLiteral("Error"));
}

void FieldErrorLabel::setError(const QString &reason)
{
    setText(reason);
    setAccessibleName(reason.isEmpty() ? QString() : tr("Error: %1").arg(reason));
    setVisible(!reason.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(reason);
}

QWidget *FieldErrorLabel::under(QWidget *field, FieldErrorLabel *error, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(error);
    return cell;
}

} // namespace nestogy
