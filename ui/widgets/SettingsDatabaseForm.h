#pragma once

#include "SettingsForm.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nestogy {

class FieldErrorLabel;

// Which database this workstation's receiver opens at its next start: SQLite in the data folder, another
// SQLite file, or a PostgreSQL server shared by a team. Checked with the engine's own URL parser; a
// PostgreSQL password is refused here (QSettings is plain text) and belongs in ~/.pgpass.
class SettingsDatabaseForm : public SettingsForm
{
    Q_OBJECT

public:
    enum Kind { DataFolder, SqliteFile, Postgres };

    explicit SettingsDatabaseForm(QWidget *parent = nullptr);

    void reload() override;
    void save() override;
    // The database the running receiver uses ("" when none runs).
    void setRunning(const QString &description);

private:
    void updateKind();
    void browse();
    // The URL to store ("" for the data folder), or "" with *error.
    QString checkedUrl(QString *error) const;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_location = nullptr;
    QPushButton *m_browse = nullptr;
    FieldErrorLabel *m_error = nullptr;
    QLabel *m_running = nullptr;
};

} // namespace nestogy
