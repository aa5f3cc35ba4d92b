#pragma once

#include <QWidget>

namespace nestogy {

// The RMM integrations the receiver accepts webhooks from, and where they are configured.
class IntegrationsPane : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationsPane(QWidget *parent = nullptr);
};

} // namespace nestogy
