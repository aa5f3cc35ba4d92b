#pragma once

#include "SettingsForm.h"

class QSpinBox;

namespace nestogy {

// How many webhooks per minute this workstation's receiver takes from one integration and sender address
// before answering 429, for integrations without a limit of their own. Used at the next start.
class SettingsLimitsForm : public SettingsForm
{
    Q_OBJECT

public:
    static constexpr int MaxPerMinute = 1'000'000;

    explicit SettingsLimitsForm(QWidget *parent = nullptr);

    void reload() override;
    void save() override;

private:
    QSpinBox *m_rateLimit = nullptr;
};

} // namespace nestogy
