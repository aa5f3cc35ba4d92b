#include "MaintenanceWindows.h"

#include "JobStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace nestogy::MaintenanceWindows {

namespace {
const QStringList &dayNames()
{
    static const QStringList d{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                               QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                               QStringLiteral("sun")};
    return d;
}

Window fromRow(const QSqlQuery &q)
{
    Window w;
    w.id = q.value(0).toLongLong();
    w.scope = q.value(1).toString();
    w.scopeKey = q.value(2).toString();
    w.startsMs = q.value(3).toLongLong();
    w.endsMs = q.value(4).toLongLong();
    w.weekdays = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
    w.startTime = q.value(6).toString();
    w.endTime = q.value(7).toString();
    w.timezone = q.value(8).toString();
    w.reason = q.value(9).toString();
    return w;
}

const QString Columns = QStringLiteral(
    "id, scope, scope_key, starts_at, ends_at, weekdays, start_time, end_time, timezone, reason");
} // namespace

bool covers(const Window &w, qint64 nowMs)
{
    if (w.weekdays.isEmpty())
        return w.startsMs <= nowMs && nowMs < w.endsMs;
    const QTimeZone zone = w.timezone.isEmpty() ? QTimeZone::utc() : QTimeZone(w.timezone.toUtf8());
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone.isValid() ? zone : QTimeZone::utc());
    if (!w.weekdays.contains(dayNames().at(local.date().dayOfWeek() - 1)))
        return false;
    const QTime from = QTime::fromString(w.startTime, u"HH:mm");
    const QTime to = QTime::fromString(w.endTime, u"HH:mm");
    return local.time() >= from && (local.time() < to || to == QTime(0, 0));
}

QList<Window> list(QSqlDatabase &db, QString *error)
{
    QList<Window> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM maintenance_windows ORDER BY id").arg(Columns))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<Window> activeFor(QSqlDatabase &db, const QString &integrationUuid,
                                std::optional<qint64> clientId, const QString &deviceId, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM maintenance_windows WHERE (scope = 'integration' AND scope_key = ?) "
                       "OR (scope = 'client' AND scope_key = ?) OR (scope = 'device' AND scope_key = ?)")
            .arg(Columns));
    q.addBindValue(integrationUuid);
    q.addBindValue(clientId ? QString::number(*clientId) : QString());
    q.addBindValue(deviceId);
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        const Window w = fromRow(q);
        if (covers(w, nowMs))
            return w;
    }
    return std::nullopt;
}

WriteResult releaseEnded(QSqlDatabase &db, qint64 nowMs)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT a.id, a.uuid, a.client_id, a.device_id, i.uuid FROM rmm_alerts a JOIN integrations "
            "i ON i.id = a.integration_id WHERE a.suppressed = 1 AND a.status <> 'resolved' "
            "AND a.ticket_id IS NULL")))
        return WriteResult::queryFailed(q);
    struct Held
    {
        qint64 id;
        QString uuid;
        std::optional<qint64> clientId;
        QString deviceId;
        QString integrationUuid;
    };
    QList<Held> held;
    while (q.next())
        held.append({q.value(0).toLongLong(), q.value(1).toString(),
                     q.value(2).isNull() ? std::nullopt : std::optional<qint64>(q.value(2).toLongLong()),
                     q.value(3).toString(), q.value(4).toString()});
    q.finish();
    int released = 0;
    for (const Held &h : held) {
        if (activeFor(db, h.integrationUuid, h.clientId, h.deviceId, nowMs))
            continue;
        QSqlQuery up(db);
        up.prepare(QStringLiteral("UPDATE rmm_alerts SET suppressed = 0 WHERE id = ?"));
        up.addBindValue(h.id);
        if (!up.exec())
            return WriteResult::queryFailed(up);
        const WriteResult job = JobStore::enqueue(
            db, QStringLiteral("ProcessRmmAlert"), QString::fromLatin1(JobStore::RmmAlerts),
            {{QStringLiteral("alert_id"), h.uuid}, {QStringLiteral("event"), QStringLiteral("accepted")}},
            nowMs, nowMs);
        if (!job.ok())
            return job;
        ++released;
    }
    return WriteResult::success(released);
}

std::optional<Window> fromJson(const QJsonObject &body, QString *field, QString *error)
{
    Window w;
    w.scope = body.value(u"scope").toString();
    if (w.scope != u"integration" && w.scope != u"client" && w.scope != u"device") {
        *field = QStringLiteral("scope");
        *error = QStringLiteral("one of integration, client, device");
        return std::nullopt;
    }
    const QJsonValue key = body.value(u"scope_id");
    w.scopeKey = key.isDouble() ? QString::number(qint64(key.toDouble())) : key.toString().trimmed();
    if (w.scopeKey.isEmpty()) {
        *field = QStringLiteral("scope_id");
        *error = QStringLiteral("the integration id, client id or RMM device id the window is for");
        return std::nullopt;
    }
    w.reason = body.value(u"reason").toString();
    w.timezone = body.value(u"timezone").toString();
    if (!w.timezone.isEmpty() && !QTimeZone(w.timezone.toUtf8()).isValid()) {
        *field = QStringLiteral("timezone");
        *error = QStringLiteral("an IANA time zone such as Europe/Berlin");
        return std::nullopt;
    }
    if (body.contains(u"weekdays")) {
        const QJsonArray days = body.value(u"weekdays").toArray();
        for (const QJsonValue &d : days) {
            const QString day = d.toString().left(3).toLower();
            if (!dayNames().contains(day)) {
                *field = QStringLiteral("weekdays");
                *error = QStringLiteral("a list of mon, tue, wed, thu, fri, sat, sun");
                return std::nullopt;
            }
            w.weekdays << day;
        }
        w.startTime = body.value(u"start_time").toString();
        w.endTime = body.value(u"end_time").toString();
        if (w.weekdays.isEmpty() || !QTime::fromString(w.startTime, u"HH:mm").isValid() ||
            !QTime::fromString(w.endTime, u"HH:mm").isValid()) {
            *field = w.weekdays.isEmpty() ? QStringLiteral("weekdays") : QStringLiteral("start_time");
            *error = QStringLiteral("a weekly window needs weekdays and start_time/end_time as HH:mm");
            return std::nullopt;
        }
        return w;
    }
    const QDateTime starts = QDateTime::fromString(body.value(u"starts_at").toString(), Qt::ISODate);
    const QDateTime ends = QDateTime::fromString(body.value(u"ends_at").toString(), Qt::ISODate);
    if (!starts.isValid() || !ends.isValid() || ends <= starts) {
        *field = starts.isValid() ? QStringLiteral("ends_at") : QStringLiteral("starts_at");
        *error = QStringLiteral("a one-off window needs starts_at < ends_at as ISO 8601 times");
        return std::nullopt;
    }
    w.startsMs = starts.toMSecsSinceEpoch();
    w.endsMs = ends.toMSecsSinceEpoch();
    return w;
}

QJsonObject toJson(const Window &w)
{
    QJsonObject o{{QStringLiteral("id"), w.id},
                  {QStringLiteral("scope"), w.scope},
                  {QStringLiteral("scope_id"), w.scopeKey},
                  {QStringLiteral("reason"), w.reason},
                  {QStringLiteral("timezone"), w.timezone}};
    if (w.weekdays.isEmpty()) {
        o.insert(QStringLiteral("starts_at"),
                 QDateTime::fromMSecsSinceEpoch(w.startsMs, Qt::UTC).toString(Qt::ISODate));
        o.insert(QStringLiteral("ends_at"),
                 QDateTime::fromMSecsSinceEpoch(w.endsMs, Qt::UTC).toString(Qt::ISODate));
    } else {
        o.insert(QStringLiteral("weekdays"), QJsonArray::fromStringList(w.weekdays));
        o.insert(QStringLiteral("start_time"), w.startTime);
        o.insert(QStringLiteral("end_time"), w.endTime);
    }
    return o;
}

} // namespace nestogy::MaintenanceWindows
