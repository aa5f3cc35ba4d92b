#include "SettingsDatabaseForm.h"

#include "DatabaseConfig.h"
#include "FieldErrorLabel.h"
#include "SettingsLocal.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nestogy {

SettingsDatabaseForm::SettingsDatabaseForm(QWidget *parent)
    : SettingsForm(parent)
{
    setObjectName(u"settingsDatabaseForm"_s);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"databaseKindCombo"_s);
    m_kind->setAccessibleName(tr("Database"));
    m_kind->addItem(tr("SQLite in the data folder (default)"), DataFolder);
    m_kind->addItem(tr("SQLite file"), SqliteFile);
    m_kind->addItem(tr("PostgreSQL server (shared by a team)"), Postgres);

    m_location = new QLineEdit(this);
    m_location->setObjectName(u"databaseLocationEdit"_s);
    m_location->setAccessibleName(tr("Database location"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"databaseBrowseButton"_s);
    m_browse->setAccessibleName(tr("Choose the SQLite file"));
    m_error = new FieldErrorLabel(m_location, this);

    m_running = new QLabel(this);
    m_running->setObjectName(u"databaseRunning"_s);
    m_running->setWordWrap(true);
    m_running->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *location = new QWidget(this);
    auto *locationRow = new QHBoxLayout(location);
    locationRow->setContentsMargins(0, 0, 0, 0);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    addRow(form, tr("&Database:"), m_kind);
    addRow(form, tr("&Location:"), m_location, location, m_error);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_running);
    layout->addWidget(
        addNote(tr("Takes effect when Nestogy desk is started again; --database and NESTOGY_DATABASE_URL win "
                   "over it. Nothing is copied: the receiver then works with what is in that database. Keep "
                   "a PostgreSQL password in ~/.pgpass, not in the URL."),
                u"databaseNote"_s));
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        m_error->clearError();
    });
    connect(m_browse, &QPushButton::clicked, this, &SettingsDatabaseForm::browse);
    watch(m_kind);
    watch(m_location);
    setRunning({});
    reload();
}

void SettingsDatabaseForm::setRunning(const QString &description)
{
    m_running->setText(description.isEmpty() ? tr("No database is open.")
                                             : tr("In use now: %1.").arg(description));
}

void SettingsDatabaseForm::updateKind()
{
    const int kind = m_kind->currentData().toInt();
    m_location->setEnabled(kind != DataFolder);
    m_browse->setVisible(kind == SqliteFile);
    m_location->setPlaceholderText(kind == Postgres     ? u"postgresql://nestogy@db.example:5432/nestogy"_s
                                   : kind == SqliteFile ? tr("/path/to/nestogy.db")
                                                        : QString());
}

void SettingsDatabaseForm::browse()
{
    // Not modal-with-its-own-loop: the answer arrives through fileSelected.
    auto *dialog = new QFileDialog(this, tr("SQLite database file"));
    dialog->setObjectName(u"databaseFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilters({tr("SQLite databases (*.db *.sqlite)"), tr("All files (*)")});
    if (!m_location->text().isEmpty())
        dialog->selectFile(m_location->text());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_location->setText(file); });
    dialog->open();
}

void SettingsDatabaseForm::reload()
{
    const QString url = SettingsLocal::load().databaseUrl;
    QString error;
    const auto config = url.isEmpty() ? std::nullopt : DatabaseConfig::fromUrl(url, &error);
    const int kind = !config                                          ? DataFolder
                     : config->kind == DatabaseConfig::Kind::Postgres ? Postgres
                                                                      : SqliteFile;
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_location->setText(url);
    updateKind();
    m_error->clearError();
    setDirty(false);
}

QString SettingsDatabaseForm::checkedUrl(QString *error) const
{
    const int kind = m_kind->currentData().toInt();
    if (kind == DataFolder)
        return {};
    const QString text = m_location->text().trimmed();
    if (text.isEmpty()) {
        *error = kind == Postgres ? tr("Enter the server's URL, e.g. postgresql://user@host:5432/nestogy")
                                  : tr("Choose the database file");
        return {};
    }
    QString parseError;
    const auto config = DatabaseConfig::fromUrl(text, &parseError);
    if (!config) {
        *error = parseError;
        return {};
    }
    if (kind == Postgres) {
        if (config->kind != DatabaseConfig::Kind::Postgres) {
            *error = tr("A PostgreSQL URL starts with postgresql://");
            return {};
        }
        if (!config->password.isEmpty()) {
            *error = tr("Leave the password out of the URL (it would be stored in plain text); put it in "
                        "~/.pgpass instead");
            return {};
        }
        return text;
    }
    if (config->kind != DatabaseConfig::Kind::Sqlite) {
        *error = tr("This is a PostgreSQL URL: choose PostgreSQL server above");
        return {};
    }
    const QFileInfo file(config->sqlitePath);
    if (file.isRelative()) {
        *error = tr("Use an absolute path: a relative one depends on where Nestogy desk is started");
        return {};
    }
    if (!file.dir().exists()) {
        *error = tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(file.absolutePath()));
        return {};
    }
    if (file.isDir()) {
        *error = tr("This is a folder: name the database file inside it");
        return {};
    }
    return text;
}

void SettingsDatabaseForm::save()
{
    QString error;
    const QString url = checkedUrl(&error);
    if (!error.isEmpty()) {
        m_error->setError(error);
        Q_EMIT refused(tr("The database setting was not saved."));
        return;
    }
    m_error->clearError();
    SettingsLocal::Values v = SettingsLocal::load();
    v.databaseUrl = url;
    SettingsLocal::save(v);
    setDirty(false);
    Q_EMIT saved(tr("Saved. The receiver opens this database when Nestogy desk is started again."));
}

} // namespace nestogy
