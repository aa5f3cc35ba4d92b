#pragma once

#include "EnginePane.h"

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace nestogy {

class Engine;
class EngineCommands;
class IntegrationDialog;

// The RMM integrations the receiver accepts webhooks from, and where they are configured.
class IntegrationsPane : public EnginePane
{
    Q_OBJECT

public:
    explicit IntegrationsPane(QWidget *parent = nullptr);
    ~IntegrationsPane() override;

    // The engine running in this process (nullptr: let go of it; open dialogs close).
    void setEngine(Engine *engine) override;
    // Opens the dialog for a new integration (empty uuid) or to edit one, without blocking; nullptr (and a
    // message in the pane) while the engine is not ready or the integration is gone.
    IntegrationDialog *openIntegrationDialog(const QString &uuid = {});

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    EngineCommands *commands();
    QString currentUuid() const;

    Engine *m_engine = nullptr;
    std::unique_ptr<EngineCommands> m_commands;
    QListWidget *m_list = nullptr;
    QWidget *m_empty = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nestogy
