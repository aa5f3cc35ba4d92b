#include "SettingsLimitsForm.h"

#include "SettingsLocal.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SettingsLimitsForm::SettingsLimitsForm(QWidget *parent)
    : SettingsForm(parent)
{
    setObjectName(u"settingsLimitsForm"_s);

    m_rateLimit = new QSpinBox(this);
    m_rateLimit->setObjectName(u"rateLimitSpin"_s);
    m_rateLimit->setAccessibleName(tr("Webhooks per minute per integration and sender"));
    m_rateLimit->setRange(0, MaxPerMinute);
    m_rateLimit->setSingleStep(100);
    m_rateLimit->setSpecialValueText(tr("Default (1000)"));
    m_rateLimit->setSuffix(tr(" per minute"));

    auto *form = new QFormLayout;
    addRow(form, tr("&Webhook rate limit:"), m_rateLimit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        addNote(tr("Counted per integration and sender address; beyond it the sender is told to retry later "
                   "(429). An integration with its own limit (rate_limit_per_minute in its settings) keeps "
                   "it. Takes effect when Nestogy desk is started again; NESTOGY_RMM_RATE_LIMIT in the "
                   "environment wins over it."),
                u"limitsNote"_s));
    layout->addStretch(1);

    watch(m_rateLimit);
    reload();
}

void SettingsLimitsForm::reload()
{
    m_rateLimit->setValue(SettingsLocal::load().rateLimitPerMinute);
    setDirty(false);
}

void SettingsLimitsForm::save()
{
    SettingsLocal::Values v = SettingsLocal::load();
    v.rateLimitPerMinute = m_rateLimit->value();
    SettingsLocal::save(v);
    setDirty(false);
    Q_EMIT saved(tr("Saved. The receiver uses the new limit when Nestogy desk is started again."));
}

} // namespace nestogy
