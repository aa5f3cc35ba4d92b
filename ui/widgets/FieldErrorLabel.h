#pragma once

#include <QLabel>
#include <QPointer>

namespace nestogy {

// The red sentence under a form field saying why its value cannot be saved. It also becomes the field's
// accessible description, so a screen reader announces the reason with the field; hidden while all is well.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    // `field` is the control the reason is about; its accessible description is kept in step.
    explicit FieldErrorLabel(QWidget *field, QWidget *parent = nullptr);

    void setError(const QString &reason);
    void clearError() { setError({}); }
    QString error() const { return text(); }
    bool hasError() const { return !text().isEmpty(); }
    QWidget *field() const { return m_field; }

    // A form cell: `field` with its error sentence right under it.
    static QWidget *under(QWidget *field, FieldErrorLabel *error, QWidget *parent);

private:
    QPointer<QWidget> m_field;
};

} // namespace nestogy
