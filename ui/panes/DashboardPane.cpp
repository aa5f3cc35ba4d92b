#include "DashboardPane.h"

#include "ChangeNotifier.h"
#include "CircuitBreaker.h"
#include "Clock.h"
#include "DashboardStats.h"
#include "Database.h"
#include "Engine.h"
#include "widgets/AlertsPerHourChart.h"
#include "widgets/EmptyStateLabel.h"
#include "widgets/IntegrationHealthList.h"
#include "widgets/NoisyDevicesList.h"
#include "widgets/SeverityTile.h"
#include "widgets/SlaRiskList.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
QGroupBox *group(const QString &title, const QString &name, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(name);
    return box;
}
} // namespace

DashboardPane::DashboardPane(QWidget *parent)
    : EnginePane(parent)
{
    setObjectName(u"dashboardPane"_s);
    m_coalesce.setObjectName(u"refreshTimer"_s);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardPane::refresh);
    m_countdown.setObjectName(u"countdownTimer"_s);
    m_countdown.setInterval(CountdownMs);
    connect(&m_countdown, &QTimer::timeout, this, &DashboardPane::refresh);
    buildLayout();
}

void DashboardPane::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_emptyState =
        new EmptyStateLabel(tr("Open alerts, tickets close to their SLA and the health of the webhook "
                               "listener will be summarized here."),
                            this);
    layout->addWidget(m_emptyState);

    m_error = new QLabel(this);
    m_error->setObjectName(u"dashboardError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    m_content = new QWidget(this);
    m_content->setObjectName(u"dashboardContent"_s);
    m_content->hide();
    layout->addWidget(m_content, 1);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    auto *tiles = new QHBoxLayout;
    const struct
    {
        QString name;
        QString title;
        QColor accent;
    } severities[] = {{u"Urgent"_s, tr("Urgent"), QColor(0xc6, 0x28, 0x28)},
                      {u"High"_s, tr("High"), QColor(0xef, 0x6c, 0x00)},
                      {u"Normal"_s, tr("Normal"), QColor(0x15, 0x65, 0xc0)},
                      {u"Low"_s, tr("Low"), QColor(0x60, 0x7d, 0x8b)}};
    for (const auto &s : severities) {
        auto *tile = new SeverityTile(s.title, s.accent, m_content);
        tile->setObjectName(u"severityTile"_s + s.name);
        tiles->addWidget(tile);
        m_tiles.append(tile);
    }
    content->addLayout(tiles);

    auto *grid = new QGridLayout;
    QGroupBox *hourly = group(tr("New alerts per hour, last 24 hours"), u"alertsPerHourGroup"_s, m_content);
    m_chart = new AlertsPerHourChart(hourly);
    m_chart->setObjectName(u"alertsPerHourChart"_s);
    (new QVBoxLayout(hourly))->addWidget(m_chart);
    grid->addWidget(hourly, 0, 0);

    QGroupBox *noisy = group(tr("Noisiest devices, last 24 hours"), u"noisyDevicesGroup"_s, m_content);
    m_noisy = new NoisyDevicesList(noisy);
    m_noisy->setObjectName(u"noisyDevicesList"_s);
    (new QVBoxLayout(noisy))->addWidget(m_noisy);
    grid->addWidget(noisy, 0, 1);

    QGroupBox *sla = group(tr("Tickets closest to their SLA"), u"slaRiskGroup"_s, m_content);
    auto *slaLayout = new QVBoxLayout(sla);
    m_slaSummary = new QLabel(sla);
    m_slaSummary->setObjectName(u"slaSummary"_s);
    slaLayout->addWidget(m_slaSummary);
    m_sla = new SlaRiskList(sla);
    m_sla->setObjectName(u"slaRiskList"_s);
    slaLayout->addWidget(m_sla);
    grid->addWidget(sla, 1, 0);

    QGroupBox *health = group(tr("Integration health"), u"integrationHealthGroup"_s, m_content);
    m_integrations = new IntegrationHealthList(health);
    m_integrations->setObjectName(u"integrationHealthList"_s);
    (new QVBoxLayout(health))->addWidget(m_integrations);
    grid->addWidget(health, 1, 1);
    grid->setRowStretch(1, 1);
    content->addLayout(grid, 1);
}

QHash<QString, QString> DashboardPane::circuitStates() const
{
    QHash<QString, QString> states;
    if (!m_engine || !m_engine->breakers())
        return states;
    const QJsonObject all = m_engine->breakers()->toJson();
    for (auto it = all.begin(); it != all.end(); ++it)
        states.insert(it.key(), it.value().toObject().value(u"state").toString());
    return states;
}

void DashboardPane::setEngine(Engine *engine)
{
    m_engine = engine;
    m_database = nullptr;
    m_clock = engine ? &engine->clock() : nullptr;
    connectChanges(engine ? engine->changes() : nullptr);
    if (engine) {
        // The database opens while the engine starts; read once it is up.
        connect(engine, &Engine::started, this, [this] { scheduleRefresh(); });
    }
    m_emptyState->setVisible(!engine);
    m_content->setVisible(engine);
    m_countdown.start();
    scheduleRefresh();
}

void DashboardPane::setSources(Database *database, ChangeNotifier *changes, const Clock *clock)
{
    m_engine = nullptr;
    m_database = database;
    m_clock = clock;
    connectChanges(changes);
    m_emptyState->setVisible(!database);
    m_content->setVisible(database);
    m_countdown.start();
    scheduleRefresh();
}

void DashboardPane::setIntervals(int minRefreshMs, int countdownMs)
{
    m_minRefreshMs = minRefreshMs;
    m_countdown.setInterval(countdownMs);
}

void DashboardPane::connectChanges(ChangeNotifier *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    if (!changes)
        return;
    connect(changes, &ChangeNotifier::alertsChanged, this, [this] { scheduleRefresh(); });
    connect(changes, &ChangeNotifier::ticketsChanged, this, [this] { scheduleRefresh(); });
    connect(changes, &ChangeNotifier::integrationsChanged, this, [this] { scheduleRefresh(); });
}

Database *DashboardPane::database() const
{
    return m_engine ? m_engine->database() : m_database;
}

void DashboardPane::scheduleRefresh()
{
    m_stale = true;
    if (!isVisible() || m_coalesce.isActive())
        return;
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : qint64(m_minRefreshMs);
    m_coalesce.start(int(qMax<qint64>(0, m_minRefreshMs - since)));
}

void DashboardPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        scheduleRefresh();
}

void DashboardPane::refresh()
{
    Database *db = database();
    if (!db || !m_clock)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_coalesce.stop();
    m_stale = false;
    m_sinceRefresh.start();
    const qint64 now = m_clock->nowMs();
    QSqlDatabase connection = db->connection();
    QString error = connection.isOpen() ? QString() : db->lastOpenError();
    const auto stats = connection.isOpen()
                           ? DashboardStats::collect(connection, now, ListLimit, circuitStates(), &error)
                           : std::nullopt;
    if (!stats) {
        m_error->setText(tr("The dashboard could not be read from the database: %1").arg(error));
        m_error->show();
        emit refreshed();
        return;
    }
    m_error->hide();
    for (qsizetype i = 0; i < m_tiles.size() && i < stats->openAlerts.size(); ++i)
        m_tiles.at(i)->setCounts(stats->openAlerts.at(i).open, stats->openAlerts.at(i).acknowledged);
    m_chart->setData(stats->hourly.counts,
                     QDateTime::fromMSecsSinceEpoch(stats->hourly.firstHourStartMs, Qt::UTC));
    m_slaSummary->setText(tr("%1 open tickets with a running SLA target, %2 breached")
                              .arg(stats->sla.open)
                              .arg(stats->sla.breached));
    m_sla->setRisks(stats->sla.nearest);
    m_integrations->setIntegrations(stats->integrations, now);
    m_noisy->setDevices(stats->noisyDevices);
    emit refreshed();
}

} // namespace nestogy
