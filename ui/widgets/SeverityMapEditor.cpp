#include "SeverityMapEditor.h"

#include "FieldErrorLabel.h"
#include "SeverityLabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
enum Column { WordColumn, SeverityColumn, ColumnCount };
}

SeverityMapEditor::SeverityMapEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(name);
    auto *hint = new QLabel(tr("Words your RMM sends as severity, and what they mean here. Words not "
                               "listed use the provider's usual meaning."),
                            this);
    hint->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(name + u"Table"_s);
    m_table->setAccessibleName(tr("Severity map"));
    m_table->setHorizontalHeaderLabels({tr("Word from the RMM"), tr("Severity")});
    m_table->horizontalHeader()->setSectionResizeMode(WordColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    hint->setBuddy(m_table);

    m_add = new QPushButton(tr("A&dd word"), this);
    m_add->setObjectName(name + u"Add"_s);
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(tr("Remo&ve word"), this);
    m_remove->setObjectName(name + u"Remove"_s);
    m_remove->setAutoDefault(false);
    m_error = new FieldErrorLabel(m_table, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({}, severity::toString(Severity::Normal));
        m_table->setCurrentCell(m_table->rowCount() - 1, WordColumn);
        m_table->setFocus();
        m_table->editItem(m_table->currentItem());
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        renumber();
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    m_remove->setEnabled(false);
}

void SeverityMapEditor::addRow(const QString &word, const QString &severityName)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, WordColumn, new QTableWidgetItem(word));
    auto *combo = new QComboBox(m_table);
    const QList<Severity> all = SeverityLabels::all();
    for (Severity s : all)
        combo->addItem(SeverityLabels::display(s), severity::toString(s));
    // A value the engine would refuse stays visible as it is, so the error under the table makes sense.
    if (combo->findData(severityName) < 0)
        combo->addItem(severityName, severityName);
    combo->setCurrentIndex(combo->findData(severityName));
    m_table->setCellWidget(row, SeverityColumn, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    renumber();
}

void SeverityMapEditor::renumber()
{
    // Names and spoken labels follow the row, so they stay unique and true after a row is removed.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QWidget *combo = m_table->cellWidget(row, SeverityColumn);
        combo->setObjectName(u"%1Severity%2"_s.arg(objectName()).arg(row));
        combo->setAccessibleName(tr("Severity for row %1").arg(row + 1));
    }
}

void SeverityMapEditor::setMap(const QJsonObject &map)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        addRow(it.key(), it.value().toString());
    m_loading = false;
}

QJsonObject SeverityMapEditor::map() const
{
    QJsonObject out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *word = m_table->item(row, WordColumn);
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, SeverityColumn));
        if (!word || word->text().trimmed().isEmpty() || !combo)
            continue;
        out.insert(word->text().trimmed(), combo->currentData().toString());
    }
    return out;
}

} // namespace nestogy
