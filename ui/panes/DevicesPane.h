#pragma once

#include "EnginePane.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nestogy {

class DeviceMappingTableModel;
class Engine;
class EngineCommands;
class InventorySyncBar;
class RemapDeviceDialog;
struct WriteResult;

// The devices the RMM tools reported and the client and asset each maps to, with last seen and a stale mark;
// filters by integration, stale only and text; Remap points the selected device at another client or asset
// through DeviceActions (audited, as the API would). For the integration chosen in the filter, Sync inventory
// reads its devices from the RMM API (InventorySyncBar) and the list fills in as pages are written.
class DevicesPane : public EnginePane
{
    Q_OBJECT

public:
    explicit DevicesPane(QWidget *parent = nullptr);
    ~DevicesPane() override;

    void setEngine(Engine *engine) override;

    DeviceMappingTableModel *model() const { return m_model; }
    InventorySyncBar *syncBar() const { return m_syncBar; }

public Q_SLOTS:
    // Opens the remap dialog for the selected device (without blocking); nullptr when nothing is selected.
    RemapDeviceDialog *remapCurrent();

Q_SIGNALS:
    // A remap was answered (the message is shown in the pane too).
    void remapFinished(bool ok, const QString &message);

private:
    void createActions();
    void applyFilter();
    void loadIntegrations();
    void remap(qint64 mappingId, const QString &device, const RemapDeviceDialog &dialog);
    void remapDone(const QString &device, const WriteResult &result);
    bool filtering() const;
    void updateState();
    void showMessage(const QString &text, bool error);

    QPointer<Engine> m_engine;
    std::unique_ptr<EngineCommands> m_commands;
    DeviceMappingTableModel *m_model = nullptr;
    QTimer m_typing;

    QWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QComboBox *m_integration = nullptr;
    QCheckBox *m_staleOnly = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_remap = nullptr;
    InventorySyncBar *m_syncBar = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_remapAction = nullptr;
};

} // namespace nestogy
