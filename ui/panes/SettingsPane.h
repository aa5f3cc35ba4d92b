#pragma once

#include "EnginePane.h"
#include "SettingsCommands.h"

#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;

namespace nestogy {

class Engine;
class SettingsDatabaseForm;
class SettingsForm;
class SettingsMailForm;
class SettingsReceiverForm;
class SettingsRetentionForm;

// The application's settings, one tab each: this workstation's receiver (listen address, database, webhook
// rate limit) and desktop (language, tray), kept in QSettings and used from the next start, and the
// installation's mail server and retention periods, kept in the database for every workstation. Save (Ctrl+S)
// and Revert act on the tab shown. The workstation tabs work without a running engine, so a receiver that
// cannot start (port taken, database unreachable) can be set right here.
class SettingsPane : public EnginePane
{
    Q_OBJECT

public:
    explicit SettingsPane(QWidget *parent = nullptr);
    void setEngine(Engine *engine) override;

protected:
    // Shows mail settings another admin changed meanwhile (through the API or another workstation), unless
    // they are being edited here.
    void showEvent(QShowEvent *event) override;

private:
    void addForm(SettingsForm *form, const QString &title);
    SettingsForm *currentForm() const;
    void updateButtons();
    void showStatus(const QString &text, bool error);

    QPointer<Engine> m_engine;
    QPointer<SettingsCommands> m_commands; // a child of the pane, replaced with the engine
    QTabWidget *m_tabs = nullptr;
    SettingsReceiverForm *m_receiver = nullptr;
    SettingsDatabaseForm *m_database = nullptr;
    SettingsMailForm *m_mail = nullptr;
    SettingsRetentionForm *m_retention = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QAction *m_saveAction = nullptr;
};

} // namespace nestogy
