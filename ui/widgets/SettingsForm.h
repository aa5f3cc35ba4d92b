#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nestogy {

class FieldErrorLabel;

// One tab of the Settings pane: shows what is stored, marks what is wrong at its field, and stores. The pane
// owns the Save and Revert buttons and the status line; a form reports through saved() and refused().
class SettingsForm : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows what is stored, dropping edits and error marks.
    virtual void reload() = 0;
    // Validates; then stores (saved()) or marks the fields (refused()). May answer later.
    virtual void save() = 0;
    // Whether there is anything to save to right now (the mail settings need the engine).
    virtual bool canSave() const { return true; }
    bool isDirty() const { return m_dirty; }

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void canSaveChanged();
    void saved(const QString &message);
    void refused(const QString &message);

protected:
    void setDirty(bool dirty);
    // Any edit of these marks the form as changed.
    void watch(QLineEdit *edit);
    void watch(QSpinBox *spin);
    void watch(QComboBox *combo);
    void watch(QCheckBox *check);
    // A row of `form` whose label's mnemonic focuses `buddy`; `field` (default: the buddy) shows its error,
    // if any, right under it.
    void addRow(QFormLayout *form, const QString &label, QWidget *buddy, QWidget *field = nullptr,
                FieldErrorLabel *error = nullptr);
    // A muted sentence under the fields (restart needed, what wins over the setting).
    QLabel *addNote(const QString &text, const QString &objectName);

private:
    bool m_dirty = false;
};

} // namespace nestogy
