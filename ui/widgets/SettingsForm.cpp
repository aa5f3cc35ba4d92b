#include "SettingsForm.h"

#include "FieldErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nestogy {

void SettingsForm::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

void SettingsForm::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textChanged, this, [this] { setDirty(true); });
}

void SettingsForm::watch(QSpinBox *spin)
{
    connect(spin, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
}

void SettingsForm::watch(QComboBox *combo)
{
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
}

void SettingsForm::watch(QCheckBox *check)
{
    connect(check, &QCheckBox::toggled, this, [this] { setDirty(true); });
}

void SettingsForm::addRow(QFormLayout *form, const QString &label, QWidget *buddy, QWidget *field,
                          FieldErrorLabel *error)
{
    auto *title = new QLabel(label, this);
    title->setBuddy(buddy);
    QWidget *cell = field ? field : buddy;
    if (error) {
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(cell);
        column->addWidget(error);
        cell = box;
    }
    form->addRow(title, cell);
}

QLabel *SettingsForm::addNote(const QString &text, const QString &objectName)
{
    auto *note = new QLabel(text, this);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return note;
}

} // namespace nestogy
