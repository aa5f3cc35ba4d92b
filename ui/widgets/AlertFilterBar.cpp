#include "AlertFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
// The status combo's entries: which statuses, and whether only held alerts.
struct StatusChoice
{
    QStringList statuses;
    bool heldOnly = false;
};

QComboBox *combo(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

AlertFilterBar::AlertFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"alertFilterBar"_s);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"alertSearch"_s);
    m_search->setAccessibleName(tr("Search alerts"));
    m_search->setPlaceholderText(tr("Search device, message, type or client"));
    m_search->setClearButtonEnabled(true);

    m_severity = combo(u"severityFilter"_s, tr("Severity filter"), this);
    m_severity->addItem(tr("All severities"), QStringList());
    m_severity->addItem(tr("Urgent"), QStringList{u"urgent"_s});
    m_severity->addItem(tr("Urgent and high"), QStringList{u"urgent"_s, u"high"_s});
    m_severity->addItem(tr("High"), QStringList{u"high"_s});
    m_severity->addItem(tr("Normal"), QStringList{u"normal"_s});
    m_severity->addItem(tr("Low"), QStringList{u"low"_s});

    m_status = combo(u"statusFilter"_s, tr("Status filter"), this);
    const auto addStatus = [this](const QString &text, const QStringList &statuses, bool heldOnly = false) {
        m_status->addItem(text, QVariantList{statuses, heldOnly});
    };
    addStatus(tr("Unresolved"), {u"open"_s, u"acknowledged"_s});
    addStatus(tr("Open"), {u"open"_s});
    addStatus(tr("Acknowledged"), {u"acknowledged"_s});
    addStatus(tr("Resolved"), {u"resolved"_s});
    addStatus(tr("Held by a maintenance window"), {u"open"_s, u"acknowledged"_s}, true);
    addStatus(tr("All statuses"), {});

    m_integration = combo(u"integrationFilter"_s, tr("Integration filter"), this);
    setChoices(m_integration, tr("All integrations"), {});
    m_client = combo(u"clientFilter"_s, tr("Client filter"), this);
    setChoices(m_client, tr("All clients"), {});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_severity);
    layout->addWidget(m_status);
    layout->addWidget(m_integration);
    layout->addWidget(m_client);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &AlertFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    // The clear button changes the text without an edit.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_typing.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        emit filterChanged();
    });
    for (QComboBox *box : {m_severity, m_status, m_integration, m_client})
        connect(box, &QComboBox::activated, this, &AlertFilterBar::filterChanged);
}

AlertQuery::Filter AlertFilterBar::filter() const
{
    AlertQuery::Filter f;
    f.severities = m_severity->currentData().toStringList();
    const QVariantList status = m_status->currentData().toList();
    f.statuses = status.value(0).toStringList();
    if (status.value(1).toBool())
        f.suppressed = true;
    f.integrationId = chosenId(m_integration);
    f.clientId = chosenId(m_client);
    f.text = m_search->text().trimmed();
    return f;
}

std::optional<qint64> AlertFilterBar::chosenId(const QComboBox *combo)
{
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void AlertFilterBar::setIntegrations(const QList<Choice> &integrations)
{
    setChoices(m_integration, tr("All integrations"), integrations);
}

void AlertFilterBar::setClients(const QList<Choice> &clients)
{
    setChoices(m_client, tr("All clients"), clients);
}

void AlertFilterBar::setChoices(QComboBox *combo, const QString &allText, const QList<Choice> &choices)
{
    const qint64 current = combo->currentData().toLongLong();
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(allText, qint64(0));
    for (const Choice &c : choices)
        combo->addItem(c.name, c.id);
    const int at = combo->findData(current);
    combo->setCurrentIndex(qMax(0, at));
    if (current > 0 && at < 0)
        emit filterChanged();
}

} // namespace nestogy
