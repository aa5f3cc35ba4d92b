#pragma once

#include "SettingsCommands.h"
#include "SettingsForm.h"

#include <QJsonObject>
#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;

namespace nestogy {

class EmptyStateLabel;
class FieldErrorLabel;

// How long finished records are kept (settings section "retention", shared by every workstation and receiver
// on the database): resolved alerts, finished jobs, the outbound delivery log; 0 keeps them forever. Saved
// through SettingsCommands, so it refuses exactly what the API refuses; "Purge now" applies the saved periods
// at once and says what went (the engine also purges hourly).
class SettingsRetentionForm : public SettingsForm
{
    Q_OBJECT

public:
    explicit SettingsRetentionForm(QWidget *parent = nullptr);

    // The running engine's settings commands; null shows the empty state. Must outlive its use here.
    void setCommands(SettingsCommands *commands);

    void reload() override;
    void save() override;
    bool canSave() const override { return m_commands && !m_busy; }

private:
    QSpinBox *daysSpin(const QString &objectName, const QString &accessibleName);
    void showStored(const QJsonObject &retention);
    void purgeNow();
    void setBusy(bool busy);
    void updatePurgeButton();

    QPointer<SettingsCommands> m_commands;
    bool m_busy = false;
    bool m_purging = false;
    EmptyStateLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_readError = nullptr;
    QSpinBox *m_alerts = nullptr;
    QSpinBox *m_jobs = nullptr;
    QSpinBox *m_deliveries = nullptr;
    FieldErrorLabel *m_alertsError = nullptr;
    FieldErrorLabel *m_jobsError = nullptr;
    FieldErrorLabel *m_deliveriesError = nullptr;
    QPushButton *m_purge = nullptr;
    QLabel *m_purgeResult = nullptr;
};

} // namespace nestogy
