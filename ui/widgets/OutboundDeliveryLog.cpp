#include "OutboundDeliveryLog.h"

#include "OutboundDeliveryTableModel.h"
#include "TableHeaderState.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

OutboundDeliveryLog::OutboundDeliveryLog(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"outboundDeliveryLog"_s);

    m_failedOnly = new QCheckBox(tr("Fai&led only"), this);
    m_failedOnly->setObjectName(u"deliveriesFailedOnly"_s);
    m_failedOnly->setAccessibleName(tr("Show failed deliveries only"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"deliveriesSearch"_s);
    m_text->setAccessibleName(tr("Search deliveries"));
    m_text->setPlaceholderText(tr("Kind, target, error or integration"));
    m_text->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"deliveryTable"_s);
    m_table->setAccessibleName(tr("Outbound deliveries"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_failedOnly);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &OutboundDeliveryLog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_failedOnly, &QCheckBox::toggled, this, &OutboundDeliveryLog::applyFilter);
}

OutboundDeliveryLog::~OutboundDeliveryLog()
{
    saveHeader();
}

void OutboundDeliveryLog::setSources(Database *database, ChangeNotifier *changes)
{
    if (m_model) {
        saveHeader();
        QItemSelectionModel *selection = m_table->selectionModel();
        m_table->setModel(nullptr);
        delete selection;
        delete m_model;
        m_model = nullptr;
    }
    if (!database)
        return;
    m_model = new OutboundDeliveryTableModel(*database, changes, this);
    applyFilter();
    m_table->setSortingEnabled(false);
    m_table->setModel(m_model);
    restoreHeader();
}

void OutboundDeliveryLog::applyFilter()
{
    m_typing.stop();
    if (!m_model)
        return;
    OutboundDeliveryQuery::Filter f;
    f.failedOnly = m_failedOnly->isChecked();
    f.text = m_text->text();
    m_model->setFilter(f);
}

void OutboundDeliveryLog::refresh()
{
    if (m_model)
        m_model->refreshRows({});
}

void OutboundDeliveryLog::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void OutboundDeliveryLog::saveHeader()
{
    if (m_model)
        TableHeaderState::save(*m_table, HeaderKey);
}

void OutboundDeliveryLog::restoreHeader()
{
    TableHeaderState::restore(*m_table, *m_model, HeaderKey);
}

} // namespace nestogy
