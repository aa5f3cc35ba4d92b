#include "Migrator.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace nestogy {

Migrator::Migrator(QSqlDatabase db, const SqlDialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

QList<Migrator::Migration> Migrator::available()
{
    QList<Migration> out;
    static const QRegularExpression nameRe(QStringLiteral(R"(^(\d+)_([A-Za-z0-9_]+)\.sql$)"));
    QDirIterator it(QStringLiteral(":/migrations"), {QStringLiteral("*.sql")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        const auto m = nameRe.match(it.fileName());
        if (!m.hasMatch())
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

int Migrator::latestVersion()
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QStringList Migrator::statements(const QString &sql)
{
    QStringList out;
    QString current;
    const auto lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            out.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

int Migrator::currentVersion(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QString Migrator::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, applied_at BIGINT NOT NULL)")))
        return QStringLiteral("cannot create schema_version: %1").arg(q.lastError().text());

    QString readError;
    const int current = currentVersion(&readError);
    if (!readError.isEmpty())
        return QStringLiteral("cannot read the schema version: %1").arg(readError);
    const int latest = latestVersion();
    if (current > latest) {
        return QStringLiteral(
                   "the database schema is version %1 but this build knows only up to version %2: it was "
                   "written by a newer Nestogy desk. Upgrade this program; the database was not changed.")
            .arg(current)
            .arg(latest);
    }
    const auto migrations = available();
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (const QString err = apply(m); !err.isEmpty())
            return err;
        qCInfo(lcStorage).noquote() << "applied migration" << m.version << m.name;
    }
    return {};
}

QString Migrator::apply(const Migration &migration)
{
    if (!m_db.transaction())
        return QStringLiteral("cannot begin migration %1: %2")
            .arg(migration.version)
            .arg(m_db.lastError().text());
    QSqlQuery q(m_db);
    // Another process may be migrating the same database; only one must win, the other then sees it applied.
    if (m_dialect.kind() == DatabaseConfig::Kind::Postgres)
        q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(724242)"));
    QString raceCheck;
    if (currentVersion(&raceCheck) >= migration.version) {
        m_db.rollback();
        return {};
    }
    const auto stmts = statements(m_dialect.translateDdl(migration.sql));
    for (const QString &stmt : stmts) {
        if (!q.exec(stmt)) {
            const QString err = q.lastError().text();
            m_db.rollback();
            return QStringLiteral("migration %1 (%2) failed: %3\nin: %4")
                .arg(migration.version)
                .arg(migration.name, err, stmt.left(200));
        }
    }
    q.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
    q.addBindValue(migration.version);
    q.addBindValue(migration.name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !m_db.commit()) {
        const QString err = q.lastError().isValid() ? q.lastError().text() : m_db.lastError().text();
        m_db.rollback();
        return QStringLiteral("cannot record migration %1: %2").arg(migration.version).arg(err);
    }
    return {};
}

} // namespace nestogy
