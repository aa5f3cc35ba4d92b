#include "RoutingRulesEditor.h"

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
constexpr int RuleRole = Qt::UserRole + 1;

const QStringList &priorities()
{
    static const QStringList p{u"Urgent"_s, u"High"_s, u"Normal"_s, u"Low"_s};
    return p;
}

// The match keys with a text column, in column order.
const QStringList &patternKeys()
{
    static const QStringList keys{u"alert_type"_s, u"device"_s, u"message"_s};
    return keys;
}
} // namespace

RoutingRulesEditor::RoutingRulesEditor(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(name);
    auto *hint =
        new QLabel(tr("Rules are tried from the top; the first that matches decides. Without a "
                      "matching rule every alert becomes a ticket with the priority of its severity. "
                      "Alert type, device and message are regular expressions."),
                   this);
    hint->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(name + u"Table"_s);
    m_table->setAccessibleName(tr("Alert rules"));
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("Alert type"), tr("Device"), tr("Message"),
                                        tr("Ticket"), tr("Priority"), tr("Category")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    hint->setBuddy(m_table);

    m_add = new QPushButton(tr("A&dd rule"), this);
    m_remove = new QPushButton(tr("Remo&ve rule"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_add->setObjectName(name + u"Add"_s);
    m_remove->setObjectName(name + u"Remove"_s);
    m_up->setObjectName(name + u"Up"_s);
    m_down->setObjectName(name + u"Down"_s);
    m_error = new FieldErrorLabel(m_table, this);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(m_table->rowCount(), {});
        m_table->setCurrentCell(m_table->rowCount() - 1, AlertType);
        m_table->setFocus();
        emitChanged();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        renumber();
        emitChanged();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::itemChanged, this, &RoutingRulesEditor::emitChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
    });
    m_remove->setEnabled(false);
    m_up->setEnabled(false);
    m_down->setEnabled(false);
}

void RoutingRulesEditor::emitChanged()
{
    if (!m_loading)
        Q_EMIT changed();
}

QComboBox *RoutingRulesEditor::combo(int row, Column column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
}

void RoutingRulesEditor::addRow(int row, const QJsonObject &rule)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_table->insertRow(row);
    const QJsonObject match = rule.value(u"match").toObject();

    auto *severityCombo = new QComboBox(m_table);
    severityCombo->addItem(tr("Any"), QString());
    const QList<nestogy::Severity> all = SeverityLabels::all();
    for (nestogy::Severity s : all)
        severityCombo->addItem(SeverityLabels::display(s), severity::toString(s));
    const QJsonValue wanted = match.value(u"severity");
    if (wanted.isArray()) {
        // Several severities have no single choice here; they are shown and kept as they are.
        QStringList names;
        const QJsonArray list = wanted.toArray();
        for (const QJsonValue &v : list)
            names << v.toString();
        severityCombo->addItem(names.join(u", "_s), QVariant::fromValue(list));
        severityCombo->setCurrentIndex(severityCombo->count() - 1);
    } else {
        const int index = severityCombo->findData(wanted.toString().toLower());
        severityCombo->setCurrentIndex(qMax(0, index));
    }

    auto *priorityCombo = new QComboBox(m_table);
    priorityCombo->addItem(tr("From severity"), QString());
    for (const QString &p : priorities())
        priorityCombo->addItem(SeverityLabels::display(*severity::fromString(p.toLower())), p);
    priorityCombo->setCurrentIndex(qMax(0, priorityCombo->findData(rule.value(u"priority").toString())));

    m_table->setCellWidget(row, Severity, severityCombo);
    m_table->setCellWidget(row, Priority, priorityCombo);
    for (QComboBox *c : {severityCombo, priorityCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &RoutingRulesEditor::emitChanged);

    auto *first = new QTableWidgetItem;
    first->setData(RuleRole, rule);
    first->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    m_table->setItem(row, Severity, first);
    for (int i = 0; i < patternKeys().size(); ++i)
        m_table->setItem(row, AlertType + i,
                         new QTableWidgetItem(match.value(patternKeys().at(i)).toString()));
    auto *ticket = new QTableWidgetItem;
    ticket->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    ticket->setCheckState(rule.value(u"create_ticket").toBool(true) ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Ticket, ticket);
    m_table->setItem(row, Category, new QTableWidgetItem(rule.value(u"category").toString()));
    m_loading = wasLoading;
    renumber();
}

void RoutingRulesEditor::renumber()
{
    // Names and spoken labels follow the row, so they stay unique and true after rows move.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QComboBox *c = combo(row, Severity)) {
            c->setObjectName(u"%1Severity%2"_s.arg(objectName()).arg(row));
            c->setAccessibleName(tr("Severity of rule %1").arg(row + 1));
        }
        if (QComboBox *c = combo(row, Priority)) {
            c->setObjectName(u"%1Priority%2"_s.arg(objectName()).arg(row));
            c->setAccessibleName(tr("Priority of rule %1").arg(row + 1));
        }
    }
}

void RoutingRulesEditor::setRules(const QJsonArray &rules)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const QJsonValue &rule : rules)
        addRow(m_table->rowCount(), rule.toObject());
    m_loading = false;
}

QJsonObject RoutingRulesEditor::ruleAt(int row) const
{
    QJsonObject rule = m_table->item(row, Severity)->data(RuleRole).toJsonObject();
    QJsonObject match = rule.value(u"match").toObject();
    const QVariant severity = combo(row, Severity)->currentData();
    if (severity.userType() == qMetaTypeId<QJsonArray>())
        match.insert(u"severity"_s, severity.toJsonArray());
    else if (severity.toString().isEmpty())
        match.remove(u"severity"_s);
    else
        match.insert(u"severity"_s, severity.toString());
    for (int i = 0; i < patternKeys().size(); ++i) {
        const QString text = m_table->item(row, AlertType + i)->text();
        if (text.isEmpty())
            match.remove(patternKeys().at(i));
        else
            match.insert(patternKeys().at(i), text);
    }
    if (match.isEmpty())
        rule.remove(u"match"_s);
    else
        rule.insert(u"match"_s, match);
    rule.insert(u"create_ticket"_s, m_table->item(row, Ticket)->checkState() == Qt::Checked);
    const QString priority = combo(row, Priority)->currentData().toString();
    if (priority.isEmpty())
        rule.remove(u"priority"_s);
    else
        rule.insert(u"priority"_s, priority);
    const QString category = m_table->item(row, Category)->text().trimmed();
    if (category.isEmpty())
        rule.remove(u"category"_s);
    else
        rule.insert(u"category"_s, category);
    return rule;
}

QJsonArray RoutingRulesEditor::rules() const
{
    QJsonArray out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append(ruleAt(row));
    return out;
}

void RoutingRulesEditor::moveCurrent(int by)
{
    const int from = m_table->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const QJsonObject rule = ruleAt(from);
    m_loading = true;
    m_table->removeRow(from);
    addRow(to, rule); // renumbers
    m_loading = false;
    m_table->setCurrentCell(to, AlertType);
    emitChanged();
}

} // namespace nestogy
