#pragma once

#include "EnginePane.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace nestogy {

class Engine;
class EngineCommands;
class IntegrationDialog;
class IntegrationListProxy;
class IntegrationTableModel;

// The RMM integrations the receiver accepts webhooks from: a live list with each provider's badge, whether
// it accepts webhooks (a check box), when it last sent one and the circuit of our calls to it; New, Edit
// (Enter or double-click), Activate/Deactivate and Delete go through IntegrationCommands, as the API does.
class IntegrationsPane : public EnginePane
{
    Q_OBJECT

public:
    // How often the circuit column is re-read while the pane is shown (breakers have no change signal).
    static constexpr int CircuitRefreshMs = 5000;

    explicit IntegrationsPane(QWidget *parent = nullptr);
    ~IntegrationsPane() override;

    // The engine running in this process (nullptr: let go of it; open dialogs close).
    void setEngine(Engine *engine) override;
    // Opens the dialog for a new integration (empty uuid) or to edit one, without blocking; nullptr (and a
    // message in the pane) while the engine is not ready or the integration is gone.
    IntegrationDialog *openIntegrationDialog(const QString &uuid = {});

    IntegrationTableModel *model() const { return m_model; }
    // The uuid of the selected integration, or "".
    QString currentUuid() const;

public Q_SLOTS:
    // Re-reads the shown rows and the circuit states.
    void refresh();
    // Turns webhooks to the selected integration off when they are on, and on when they are off.
    void toggleCurrentActive();
    // Asks, then deletes the selected integration with its secrets and device mappings.
    void deleteCurrent();

Q_SIGNALS:
    // A change made from this pane was answered (the message is shown in the pane too).
    void commandFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    EngineCommands *commands();
    void setActive(const QString &uuid, bool active);
    void remove(const QString &uuid);
    void refreshCircuits();
    void updateState();
    void showMessage(const QString &text, bool error);

    QPointer<Engine> m_engine;
    std::unique_ptr<EngineCommands> m_commands;
    IntegrationTableModel *m_model = nullptr;
    IntegrationListProxy *m_proxy = nullptr;
    QTimer m_circuitTimer;
    QTableView *m_table = nullptr;
    QWidget *m_empty = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QMessageBox> m_confirm;
    QAction *m_newAction = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace nestogy
