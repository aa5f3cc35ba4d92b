#pragma once

#include "DeviceActions.h"
#include "DeviceMappingRow.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace nestogy {

class Database;

// Asks which client, and optionally which of that client's assets, an RMM device belongs to. Lists are
// read on open; the pane applies the answer (target()) through DeviceActions.
class RemapDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    RemapDeviceDialog(Database &db, const DeviceMappingRow &device, QWidget *parent = nullptr);

    qint64 mappingId() const { return m_device.id; }
    // The chosen client and asset (assetId 0: none chosen; the current asset stays if it is that client's).
    DeviceActions::Target target() const;

private:
    void loadAssets();
    void updateOk();

    Database &m_db;
    DeviceMappingRow m_device;
    QComboBox *m_client = nullptr;
    QComboBox *m_asset = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace nestogy
