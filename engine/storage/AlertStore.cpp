#include "AlertStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace nestogy {

namespace {
const QString Select = QStringLiteral(
    "SELECT a.uuid, i.uuid, i.provider, a.external_alert_id, a.device_id, a.device_name, a.client_id, "
    "COALESCE(c.name, a.client_name), a.alert_type, a.severity, a.status, a.message, a.occurrences, "
    "a.first_seen, "
    "a.last_seen, a.ticket_id, a.flap_count, a.occurred_at, a.resolved_at, a.series_key, a.raw_payload, "
    "a.raw_content_type, a.suppressed FROM rmm_alerts a JOIN integrations i ON i.id = a.integration_id "
    "LEFT JOIN clients c ON c.id = a.client_id");

QJsonValue iso(const QVariant &ms)
{
    if (ms.isNull() || ms.toLongLong() <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject fromRow(const QSqlQuery &q, bool withRaw)
{
    QJsonObject o{{QStringLiteral("id"), q.value(0).toString()},
                  {QStringLiteral("integration_id"), q.value(1).toString()},
                  {QStringLiteral("provider"), q.value(2).toString()},
                  {QStringLiteral("external_alert_id"), q.value(3).toString()},
                  {QStringLiteral("device_id"), q.value(4).toString()},
                  {QStringLiteral("device_name"), q.value(5).toString()},
                  {QStringLiteral("client_id"),
                   q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toLongLong())},
                  {QStringLiteral("client"), q.value(7).toString()},
                  {QStringLiteral("alert_type"), q.value(8).toString()},
                  {QStringLiteral("severity"), q.value(9).toString()},
                  {QStringLiteral("status"), q.value(10).toString()},
                  {QStringLiteral("message"), q.value(11).toString()},
                  {QStringLiteral("occurrences"), q.value(12).toInt()},
                  {QStringLiteral("first_seen"), iso(q.value(13))},
                  {QStringLiteral("last_seen"), iso(q.value(14))},
                  {QStringLiteral("ticket_id"),
                   q.value(15).isNull() ? QJsonValue() : QJsonValue(q.value(15).toLongLong())},
                  {QStringLiteral("flap_count"), q.value(16).toInt()},
                  {QStringLiteral("occurred_at"), iso(q.value(17))},
                  {QStringLiteral("resolved_at"), iso(q.value(18))},
                  {QStringLiteral("suppressed"), q.value(22).toInt() != 0}};
    if (withRaw) {
        o.insert(QStringLiteral("series_key"), q.value(19).toString());
        o.insert(QStringLiteral("raw_payload"), q.value(20).toString());
        o.insert(QStringLiteral("raw_content_type"), q.value(21).toString());
    }
    return o;
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
}
} // namespace

std::optional<AlertStore::Page> AlertStore::list(QSqlDatabase &db, const Filter &f, QString *error)
{
    QStringList where;
    QVariantList binds;
    if (!f.integrationUuid.isEmpty()) {
        where << QStringLiteral("i.uuid = ?");
        binds << f.integrationUuid;
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("a.status = ?");
        binds << f.status;
    }
    if (!f.severity.isEmpty()) {
        where << QStringLiteral("a.severity = ?");
        binds << f.severity;
    }
    if (!f.client.isEmpty()) {
        bool numeric = false;
        const qint64 id = f.client.toLongLong(&numeric);
        if (numeric) {
            where << QStringLiteral("a.client_id = ?");
            binds << id;
        } else {
            where << QStringLiteral("LOWER(COALESCE(c.name, a.client_name)) LIKE ?");
            binds << QString(QStringLiteral("%") + f.client.toLower() + u'%');
        }
    }
    if (!f.text.isEmpty()) {
        where << QStringLiteral(
            "(LOWER(a.message) LIKE ? OR LOWER(a.device_name) LIKE ? OR LOWER(a.alert_type) LIKE ? "
            "OR LOWER(a.device_id) LIKE ?)");
        const QString like = QStringLiteral("%") + f.text.toLower() + u'%';
        binds << like << like << like << like;
    }
    const QString clause = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");

    QSqlQuery count(db);
    count.prepare(
        QStringLiteral("SELECT COUNT(*) FROM rmm_alerts a JOIN integrations i ON i.id = a.integration_id "
                       "LEFT JOIN clients c ON c.id = a.client_id") +
        clause);
    bindAll(count, binds);
    if (!count.exec() || !count.next()) {
        *error = count.lastError().text();
        return std::nullopt;
    }
    Page page;
    page.total = count.value(0).toLongLong();

    QSqlQuery q(db);
    q.prepare(Select + clause + QStringLiteral(" ORDER BY a.last_seen DESC, a.id DESC LIMIT ? OFFSET ?"));
    bindAll(q, binds);
    q.addBindValue(f.limit);
    q.addBindValue(f.offset);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        page.items.append(fromRow(q, false));
    return page;
}

std::optional<QJsonObject> AlertStore::find(QSqlDatabase &db, const QString &uuid, bool withRaw,
                                            QString *error)
{
    QSqlQuery q(db);
    q.prepare(Select + QStringLiteral(" WHERE a.uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q, withRaw);
}

} // namespace nestogy
