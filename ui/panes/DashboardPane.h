#pragma once

#include "EnginePane.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QLabel;

namespace nestogy {

class AlertsPerHourChart;
class ChangeNotifier;
class Clock;
class Database;
class Engine;
class IntegrationHealthList;
class NoisyDevicesList;
class SeverityTile;
class SlaRiskList;

// The technician's overview: what needs attention now across alerts, tickets and integrations. Reads
// DashboardStats on the GUI thread's own connection; refreshes when the engine reports changed alerts,
// tickets or integrations (at most once every MinRefreshMs however many arrive) and every CountdownMs for the
// SLA countdowns, and only while it is visible (a hidden dashboard catches up when shown).
class DashboardPane : public EnginePane
{
    Q_OBJECT

public:
    static constexpr int MinRefreshMs = 2000;
    static constexpr int CountdownMs = 30'000;
    static constexpr int ListLimit = 10;

    explicit DashboardPane(QWidget *parent = nullptr);

    // The engine of this process: its database, its change notifications and its clock.
    void setEngine(Engine *engine) override;
    // The same pieces without an Engine (tests); `changes` may be null. They must outlive the pane.
    void setSources(Database *database, ChangeNotifier *changes, const Clock *clock);
    // Test seam: shorter intervals than MinRefreshMs and CountdownMs.
    void setIntervals(int minRefreshMs, int countdownMs);

public Q_SLOTS:
    // Reads the figures now (if visible and a database is set).
    void refresh();

Q_SIGNALS:
    // After each read, successful or not.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    // integration uuid -> circuit state of its outbound calls, from the engine's breakers.
    QHash<QString, QString> circuitStates() const;
    void connectChanges(ChangeNotifier *changes);
    // A change arrived: refresh soon, but not sooner than m_minRefreshMs after the last refresh.
    void scheduleRefresh();
    Database *database() const;

    QPointer<Engine> m_engine;
    Database *m_database = nullptr;
    const Clock *m_clock = nullptr;
    QPointer<ChangeNotifier> m_changes;
    int m_minRefreshMs = MinRefreshMs;
    QTimer m_coalesce;
    QTimer m_countdown;
    QElapsedTimer m_sinceRefresh;
    bool m_stale = true;

    QWidget *m_content = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_error = nullptr;
    QList<SeverityTile *> m_tiles;
    AlertsPerHourChart *m_chart = nullptr;
    QLabel *m_slaSummary = nullptr;
    SlaRiskList *m_sla = nullptr;
    IntegrationHealthList *m_integrations = nullptr;
    NoisyDevicesList *m_noisy = nullptr;
};

} // namespace nestogy
