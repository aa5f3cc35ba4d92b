#include "FieldErrorLabel.h"

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

} // namespace nestogy
