#include "SecretField.h"

#include "FieldErrorLabel.h"
#include "IntegrationCommands.h"
#include "ObjectNames.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SecretField::SecretField(const QString &name, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_label(label)
{
    const QString base = objectNames::camel(name);
    setObjectName(base + u"Field"_s);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(base + u"Edit"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(label);
    m_edit->setPlaceholderText(tr("Not set"));

    m_show = new QToolButton(this);
    m_show->setObjectName(base + u"Show"_s);
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setAccessibleName(tr("Show %1").arg(label));
    m_show->setFocusPolicy(Qt::StrongFocus);

    m_generate = new QPushButton(tr("Generate"), this);
    m_generate->setObjectName(base + u"Generate"_s);
    m_generate->setAccessibleName(tr("Generate %1").arg(label));
    m_generate->setAutoDefault(false);

    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(base + u"Copy"_s);
    m_copy->setAccessibleName(tr("Copy %1").arg(label));
    m_copy->setAutoDefault(false);

    m_keep = new QPushButton(tr("Keep current"), this);
    m_keep->setObjectName(base + u"Keep"_s);
    m_keep->setAccessibleName(tr("Keep the stored %1").arg(label));
    m_keep->setAutoDefault(false);

    m_state = new QLabel(tr("set"), this);
    m_state->setObjectName(base + u"State"_s);
    m_state->setAccessibleName(tr("%1 is set").arg(label));

    m_replace = new QPushButton(tr("Replace…"), this);
    m_replace->setObjectName(base + u"Replace"_s);
    m_replace->setAccessibleName(tr("Replace %1").arg(label));
    m_replace->setAutoDefault(false);

    m_rotate = new QPushButton(tr("Rotate"), this);
    m_rotate->setObjectName(base + u"Rotate"_s);
    m_rotate->setAccessibleName(tr("Rotate %1").arg(label));
    m_rotate->setToolTip(tr("Store a new random value now; the old one keeps working for 24 hours."));
    m_rotate->setAutoDefault(false);

    m_error = new FieldErrorLabel(m_edit, this);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w :
         {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_show), static_cast<QWidget *>(m_generate),
          static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_keep), static_cast<QWidget *>(m_state),
          static_cast<QWidget *>(m_replace), static_cast<QWidget *>(m_rotate)})
        row->addWidget(w);
    row->setStretchFactor(m_edit, 1);
    row->addStretch(0);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_error);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_copy->setEnabled(!m_edit->text().isEmpty());
        Q_EMIT edited();
    });
    connect(m_show, &QToolButton::toggled, this,
            [this](bool on) { m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_generate, &QPushButton::clicked, this, &SecretField::generate);
    connect(m_copy, &QPushButton::clicked, this, &SecretField::copy);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_replacing = true;
        updateState();
        m_edit->setFocus();
        Q_EMIT edited();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_replacing = false;
        m_edit->clear();
        updateState();
        m_replace->setFocus();
        Q_EMIT edited();
    });
    connect(m_rotate, &QPushButton::clicked, this, [this] { Q_EMIT rotateRequested(m_name); });
    updateState();
}

void SecretField::setGeneratable(bool generatable)
{
    m_generatable = generatable;
    updateState();
}

void SecretField::setRotatable(bool rotatable)
{
    m_rotatable = rotatable;
    updateState();
}

void SecretField::setStored(bool stored)
{
    m_stored = stored;
    m_replacing = false;
    m_edit->clear();
    m_edit->setReadOnly(false);
    m_show->setChecked(false);
    updateState();
}

std::optional<QString> SecretField::newValue() const
{
    if ((m_stored && !m_replacing) || m_edit->isReadOnly() || m_edit->text().isEmpty())
        return std::nullopt;
    return m_edit->text();
}

void SecretField::showNewSecret(const QString &secret)
{
    // Stored already: visible once so it can be copied into the sender, never editable.
    m_stored = true;
    m_replacing = true;
    m_edit->setText(secret);
    m_edit->setReadOnly(true);
    m_show->setChecked(true);
    updateState();
    m_keep->setVisible(false);
    m_generate->setVisible(false);
}

void SecretField::updateState()
{
    const bool editing = !m_stored || m_replacing;
    m_edit->setVisible(editing);
    m_show->setVisible(editing);
    m_generate->setVisible(editing && m_generatable);
    m_copy->setVisible(editing);
    m_copy->setEnabled(!m_edit->text().isEmpty());
    m_keep->setVisible(editing && m_stored);
    m_state->setVisible(!editing);
    m_replace->setVisible(!editing);
    m_rotate->setVisible(!editing && m_generatable && m_rotatable);
    setFocusProxy(editing ? static_cast<QWidget *>(m_edit) : static_cast<QWidget *>(m_replace));
}

void SecretField::generate()
{
    m_edit->setText(QString::fromLatin1(IntegrationCommands::generateSecret()));
    // A generated value is useless unless the admin can copy it into the sender before saving.
    m_show->setChecked(true);
    m_copy->setFocus();
}

void SecretField::copy()
{
    QGuiApplication::clipboard()->setText(m_edit->text());
}

} // namespace nestogy
