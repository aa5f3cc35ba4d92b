#include "SettingsRetentionForm.h"

#include "DesktopActor.h"
#include "EmptyStateLabel.h"
#include "FieldErrorLabel.h"
#include "RetentionPolicy.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SettingsRetentionForm::SettingsRetentionForm(QWidget *parent)
    : SettingsForm(parent)
{
    setObjectName(u"settingsRetentionForm"_s);
    m_empty = new EmptyStateLabel(tr("Retention is set up here once the alert receiver has opened its "
                                     "database."),
                                  this);
    m_content = new QWidget(this);
    m_content->setObjectName(u"retentionContent"_s);

    m_readError = new QLabel(m_content);
    m_readError->setObjectName(u"retentionReadError"_s);
    m_readError->setWordWrap(true);
    m_readError->setVisible(false);
    m_alerts = daysSpin(u"retentionAlertsSpin"_s, tr("Days resolved alerts are kept"));
    m_jobs = daysSpin(u"retentionJobsSpin"_s, tr("Days finished jobs are kept"));
    m_deliveries = daysSpin(u"retentionDeliveriesSpin"_s, tr("Days the delivery log is kept"));
    m_alertsError = new FieldErrorLabel(m_alerts, m_content);
    m_jobsError = new FieldErrorLabel(m_jobs, m_content);
    m_deliveriesError = new FieldErrorLabel(m_deliveries, m_content);
    auto *form = new QFormLayout;
    addRow(form, tr("Resolved &alerts:"), m_alerts, nullptr, m_alertsError);
    addRow(form, tr("Finished &jobs:"), m_jobs, nullptr, m_jobsError);
    addRow(form, tr("&Delivery log:"), m_deliveries, nullptr, m_deliveriesError);

    m_purge = new QPushButton(tr("&Purge now"), m_content);
    m_purge->setObjectName(u"purgeNowButton"_s);
    m_purge->setAccessibleName(tr("Delete what the saved periods say is old enough, now"));
    m_purgeResult = new QLabel(m_content);
    m_purgeResult->setObjectName(u"purgeResult"_s);
    m_purgeResult->setWordWrap(true);
    m_purgeResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *purgeRow = new QHBoxLayout;
    purgeRow->addWidget(m_purge);
    purgeRow->addWidget(m_purgeResult, 1);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_readError);
    content->addLayout(form);
    content->addLayout(purgeRow);
    content->addWidget(addNote(tr("Alerts still open, alerts of tickets not yet resolved, jobs waiting or "
                                  "failed for good, tickets and the audit log are never deleted. The "
                                  "receiver purges every hour; the periods apply to every workstation and "
                                  "receiver sharing this database."),
                               u"retentionNote"_s));
    content->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);

    for (QSpinBox *spin : {m_alerts, m_jobs, m_deliveries})
        watch(spin);
    connect(m_purge, &QPushButton::clicked, this, &SettingsRetentionForm::purgeNow);
    connect(this, &SettingsForm::dirtyChanged, this, &SettingsRetentionForm::updatePurgeButton);
    setCommands(nullptr);
}

QSpinBox *SettingsRetentionForm::daysSpin(const QString &objectName, const QString &accessibleName)
{
    auto *spin = new QSpinBox(m_content);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, RetentionPolicy::MaxDays);
    spin->setSpecialValueText(tr("Keep forever"));
    spin->setSuffix(tr(" days"));
    return spin;
}

void SettingsRetentionForm::setCommands(SettingsCommands *commands)
{
    m_commands = commands;
    m_empty->setVisible(!commands);
    m_content->setVisible(commands);
    if (commands)
        reload();
    updatePurgeButton();
    Q_EMIT canSaveChanged();
}

void SettingsRetentionForm::reload()
{
    for (FieldErrorLabel *label : {m_alertsError, m_jobsError, m_deliveriesError})
        label->clearError();
    QString error;
    const auto stored = m_commands ? m_commands->read(u"retention"_s, &error) : std::nullopt;
    m_readError->setText(tr("The retention settings could not be read: %1").arg(error));
    m_readError->setVisible(m_commands && !stored);
    showStored(stored.value_or(RetentionPolicy().toJson()));
    setDirty(false);
}

void SettingsRetentionForm::showStored(const QJsonObject &retention)
{
    const RetentionPolicy defaults;
    m_alerts->setValue(retention.value(u"resolved_alert_days").toInt(defaults.resolvedAlertDays));
    m_jobs->setValue(retention.value(u"finished_job_days").toInt(defaults.finishedJobDays));
    m_deliveries->setValue(retention.value(u"delivery_log_days").toInt(defaults.deliveryLogDays));
}

void SettingsRetentionForm::save()
{
    if (!m_commands || m_busy)
        return;
    for (FieldErrorLabel *label : {m_alertsError, m_jobsError, m_deliveriesError})
        label->clearError();
    const QJsonObject body{{u"resolved_alert_days"_s, m_alerts->value()},
                           {u"finished_job_days"_s, m_jobs->value()},
                           {u"delivery_log_days"_s, m_deliveries->value()}};
    setBusy(true);
    m_commands->save(
        u"retention"_s, body, DesktopActor::name(), this, [this](const SettingsCommands::Outcome &o) {
            setBusy(false);
            if (o.ok()) {
                showStored(o.stored);
                setDirty(false);
                Q_EMIT saved(tr("Retention saved for every workstation and receiver sharing this database."));
                return;
            }
            QStringList elsewhere;
            for (const auto &problem : o.problems) {
                FieldErrorLabel *label = problem.field == u"resolved_alert_days" ? m_alertsError
                                         : problem.field == u"finished_job_days" ? m_jobsError
                                         : problem.field == u"delivery_log_days" ? m_deliveriesError
                                                                                 : nullptr;
                if (label)
                    label->setError(problem.message);
                else
                    elsewhere.append(u"%1: %2"_s.arg(problem.field, problem.message));
            }
            if (!o.message.isEmpty())
                elsewhere.append(o.message);
            Q_EMIT refused(elsewhere.isEmpty() ? tr("Not saved: correct the marked fields.")
                                               : tr("Not saved: %1").arg(elsewhere.join(u"; ")));
        });
}

void SettingsRetentionForm::purgeNow()
{
    if (!m_commands || m_purging || isDirty())
        return;
    m_purging = true;
    m_purgeResult->setText(tr("Purging…"));
    updatePurgeButton();
    m_commands->purgeNow(this, [this](const RetentionPurger::Outcome &o) {
        m_purging = false;
        const QString counts = tr("%n resolved alert(s)", nullptr, int(o.resolvedAlerts)) + u", "_s +
                               tr("%n finished job(s)", nullptr, int(o.finishedJobs)) + u", "_s +
                               tr("%n delivery log record(s)", nullptr, int(o.deliveryLog));
        m_purgeResult->setText(o.error.isEmpty() ? tr("Deleted %1.").arg(counts)
                                                 : tr("Deleted %1, then stopped: %2").arg(counts, o.error));
        m_purgeResult->setAccessibleDescription(m_purgeResult->text());
        updatePurgeButton();
    });
}

void SettingsRetentionForm::setBusy(bool busy)
{
    m_busy = busy;
    m_content->setEnabled(!busy);
    Q_EMIT canSaveChanged();
}

void SettingsRetentionForm::updatePurgeButton()
{
    m_purge->setEnabled(m_commands && !m_purging && !isDirty());
    m_purge->setToolTip(isDirty() ? tr("Save first: the purge uses the saved periods.") : QString());
}

} // namespace nestogy
