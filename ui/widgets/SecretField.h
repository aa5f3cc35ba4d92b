#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;
class QPushButton;

namespace nestogy {

class FieldErrorLabel;

// One credential of an integration. A new value is typed (or generated) into a password field; once saved,
// the value never comes back out of the vault, so the field only says "set" and offers Replace (and Rotate
// for secrets we generate, which keeps the old value valid for a while).
class SecretField : public QWidget
{
    Q_OBJECT

public:
    // `name` is the credential's API name (e.g. "hmac_secret"); `label` what the admin reads.
    SecretField(const QString &name, const QString &label, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    QString label() const { return m_label; }
    void setGeneratable(bool generatable);
    // Rotate is offered for a stored, generatable secret of a saved integration.
    void setRotatable(bool rotatable);
    // true: a value is stored (shown as "set" with Replace); false: the password field.
    void setStored(bool stored);
    bool isStored() const { return m_stored; }
    // The value to save, when the admin typed or generated one.
    std::optional<QString> newValue() const;
    // After a rotation: the new value, shown once in clear with Copy, to paste into the sender.
    void showNewSecret(const QString &secret);

    QLineEdit *lineEdit() const { return m_edit; }
    FieldErrorLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void edited();
    void rotateRequested(const QString &name);

private:
    void updateState();
    void generate();
    void copy();

    QString m_name;
    QString m_label;
    bool m_stored = false;
    bool m_replacing = false;
    bool m_generatable = false;
    bool m_rotatable = false;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_show = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_keep = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_rotate = nullptr;
    FieldErrorLabel *m_error = nullptr;
};

} // namespace nestogy
