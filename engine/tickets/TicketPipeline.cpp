#include "TicketPipeline.h"

#include "JobStore.h"
#include "MaintenanceWindows.h"
#include "RoutingRules.h"
#include "SlaPolicy.h"
#include "StatementCache.h"
#include "TicketStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace nestogy::TicketPipeline {

namespace {
const QString System = QStringLiteral("system");

struct AlertRow
{
    qint64 id = 0;
    QString uuid;
    QString severity;
    QString status;
    QString alertType;
    QString deviceName;
    std::optional<qint64> clientId;
    QString clientName;
    QString message;
    qint64 occurredAtMs = 0;
    int occurrences = 0;
    std::optional<qint64> ticketId;
    std::optional<qint64> assetId;
    QJsonArray rules;
    QJsonObject integrationSettings;
    QString integrationName;
    QString integrationUuid;
    QString deviceId;
};

std::optional<AlertRow> loadAlert(QSqlDatabase &db, const QString &uuid, QString *error)
{
    QSqlQuery &q = StatementCache::get(
        db, QStringLiteral(
                "SELECT a.id, a.uuid, a.severity, a.status, a.alert_type, a.device_name, a.client_id, "
                "COALESCE(c.name, a.client_name), a.message, a.occurred_at, a.occurrences, a.ticket_id, "
                "a.asset_id, i.alert_rules, i.name, i.uuid, a.device_id, i.settings FROM rmm_alerts a "
                "JOIN integrations i ON i.id = a.integration_id LEFT JOIN clients c ON c.id = a.client_id "
                "WHERE a.uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    AlertRow a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.severity = q.value(2).toString();
    a.status = q.value(3).toString();
    a.alertType = q.value(4).toString();
    a.deviceName = q.value(5).toString();
    if (!q.value(6).isNull())
        a.clientId = q.value(6).toLongLong();
    a.clientName = q.value(7).toString();
    a.message = q.value(8).toString();
    a.occurredAtMs = q.value(9).toLongLong();
    a.occurrences = q.value(10).toInt();
    if (!q.value(11).isNull())
        a.ticketId = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        a.assetId = q.value(12).toLongLong();
    a.rules = QJsonDocument::fromJson(q.value(13).toByteArray()).array();
    a.integrationName = q.value(14).toString();
    a.integrationUuid = q.value(15).toString();
    a.deviceId = q.value(16).toString();
    a.integrationSettings = QJsonDocument::fromJson(q.value(17).toByteArray()).object();
    q.finish();
    return a;
}

struct TicketState
{
    QString status;
    bool closedBySystem = false;
    bool humanTouched = false;
};

std::optional<TicketState> ticketState(QSqlDatabase &db, qint64 id)
{
    QSqlQuery &q = StatementCache::get(
        db, QStringLiteral("SELECT status, closed_by_system, human_touched FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    TicketState s{q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toInt() != 0};
    q.finish();
    return s;
}

bool setStatus(QSqlDatabase &db, qint64 ticketId, const QString &status, bool closedBySystem, qint64 nowMs)
{
    QSqlQuery &q = StatementCache::get(
        db,
        QStringLiteral("UPDATE tickets SET status = ?, closed_by_system = ?, resolved_at = ?, updated_at = ? "
                       "WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(closedBySystem ? 1 : 0);
    q.addBindValue(status == u"Resolved" || status == u"Closed" ? QVariant(nowMs)
                                                                : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nowMs);
    q.addBindValue(ticketId);
    return q.exec();
}

bool isClosed(const QString &status)
{
    return status == u"Resolved" || status == u"Closed";
}

WriteResult failed(const QString &what, QSqlDatabase &db)
{
    return WriteResult::failure(WriteResult::Code::Unavailable,
                                what + QStringLiteral(": ") + db.lastError().text());
}

// A rule may name the assignee (and an Urgent ticket then tells them at once); otherwise the AutoAssignTicket
// job picks one and says why, in the same transaction as the ticket so it cannot be lost.
WriteResult assign(QSqlDatabase &db, qint64 ticketId, const RoutingDecision &d, qint64 nowMs)
{
    if (!d.assigneeId)
        return JobStore::enqueue(db, QStringLiteral("AutoAssignTicket"), QStringLiteral("ticket-assignment"),
                                 {{QStringLiteral("ticket_id"), ticketId}}, nowMs, nowMs);
    const QString reason = QStringLiteral("assigned by routing rule %1").arg(d.ruleIndex + 1);
    if (!TicketStore::addEvent(db, ticketId, QStringLiteral("assignment"), System, reason,
                               {{QStringLiteral("assignee_id"), *d.assigneeId}}, nowMs))
        return failed(QStringLiteral("cannot record the assignment"), db);
    if (d.priority != u"Urgent")
        return WriteResult::success();
    return JobStore::enqueue(
        db, QStringLiteral("NotifyTechnicians"), QStringLiteral("notifications"),
        {{QStringLiteral("ticket_id"), ticketId},
         {QStringLiteral("reason"), QStringLiteral("urgent_ticket")},
         {QStringLiteral("message"), QStringLiteral("New Urgent ticket. %1").arg(reason)}},
        nowMs, nowMs);
}

// `requestedBy` names the person who asked for this ticket (createTicketFor); empty when the system decides.
WriteResult createTicket(QSqlDatabase &db, const AlertRow &a, const Input &in,
                         const QString &requestedBy = {})
{
    // A person's request is not held by a maintenance window nor refused by a rule saying "no ticket"; the
    // rule still sets priority, category, team and assignee.
    const bool requested = !requestedBy.isEmpty();
    // Inside a maintenance window the alert is kept, marked suppressed, and makes no ticket (yet).
    if (const auto window = requested ? std::nullopt
                                      : MaintenanceWindows::activeFor(db, a.integrationUuid, a.clientId,
                                                                      a.deviceId, in.nowMs)) {
        QSqlQuery &hold =
            StatementCache::get(db, QStringLiteral("UPDATE rmm_alerts SET suppressed = 1 WHERE id = ?"));
        hold.addBindValue(a.id);
        if (!hold.exec())
            return WriteResult::queryFailed(hold);
        return WriteResult::success(QStringLiteral("suppressed by maintenance window %1").arg(window->id));
    }
    const RoutingDecision d =
        RoutingRules::decide(a.rules, {a.severity, a.clientId, a.alertType, a.deviceName, a.message});
    if (!d.createTicket && !requested)
        return WriteResult::success(
            QStringLiteral("no ticket: routing rule %1 says so").arg(d.ruleIndex + 1));
    TicketStore::NewTicket t;
    const QString what = a.alertType.isEmpty() ? QStringLiteral("Alert") : a.alertType;
    t.subject =
        QStringLiteral("[%1] %2 - %3")
            .arg(d.priority, what, a.deviceName.isEmpty() ? QStringLiteral("unknown device") : a.deviceName);
    t.details =
        QStringLiteral("%1\n\nDevice: %2\nClient: %3\nOccurred: %4\nSource: %5\nAlert: /api/alerts/%6")
            .arg(a.message, a.deviceName, a.clientName,
                 QDateTime::fromMSecsSinceEpoch(a.occurredAtMs, Qt::UTC).toString(Qt::ISODate),
                 a.integrationName, a.uuid);
    t.clientId = a.clientId;
    t.assetId = a.assetId;
    t.priority = d.priority;
    t.category = d.category;
    t.assigneeId = d.assigneeId;
    t.team = d.team;
    const SlaPolicy policy = SlaPolicy::load(db);
    const SlaTargets sla = policy.targetsFor(d.priority);
    t.responseDueMs = policy.dueAt(d.priority, in.nowMs, sla.responseMs);
    t.resolutionDueMs = policy.dueAt(d.priority, in.nowMs, sla.resolutionMs);
    const WriteResult created = TicketStore::create(db, t, in.nowMs);
    if (!created.ok())
        return created;
    const qint64 ticketId = created.value.toLongLong();
    QString why = d.ruleIndex < 0 ? QStringLiteral("default rule: a ticket for every alert")
                                  : QStringLiteral("routing rule %1").arg(d.ruleIndex + 1);
    if (requested)
        why = QStringLiteral("requested by %1; %2").arg(requestedBy, why);
    if (!TicketStore::addEvent(db, ticketId, QStringLiteral("created"), requested ? requestedBy : System,
                               QStringLiteral("Created from RMM alert (%1), priority %2 from severity %3")
                                   .arg(why, d.priority, a.severity),
                               {{QStringLiteral("alert_id"), a.uuid}, {QStringLiteral("rule"), d.ruleIndex}},
                               in.nowMs))
        return failed(QStringLiteral("cannot record the ticket event"), db);
    if (const WriteResult assigned = assign(db, ticketId, d, in.nowMs); !assigned.ok())
        return assigned;
    // The integration's chat channel (Slack/Teams incoming webhook) hears of every new ticket.
    if (!a.integrationSettings.value(u"notify_webhook_url").toString().isEmpty()) {
        const WriteResult job =
            JobStore::enqueue(db, QStringLiteral("NotifyChatWebhook"), QStringLiteral("notifications"),
                              {{QStringLiteral("alert_id"), a.uuid}}, in.nowMs, in.nowMs);
        if (!job.ok())
            return job;
    }
    if (d.notifyClient) {
        const WriteResult job =
            JobStore::enqueue(db, QStringLiteral("NotifyClientOfRmmAlert"), QStringLiteral("notifications"),
                              {{QStringLiteral("alert_id"), a.uuid}}, in.nowMs, in.nowMs);
        if (!job.ok())
            return job;
    }
    QSqlQuery &link =
        StatementCache::get(db, QStringLiteral("UPDATE rmm_alerts SET ticket_id = ? WHERE id = ?"));
    link.addBindValue(ticketId);
    link.addBindValue(a.id);
    if (!link.exec())
        return WriteResult::queryFailed(link);
    return WriteResult::success(QStringLiteral("ticket %1 created").arg(ticketId));
}

WriteResult occurredAgain(QSqlDatabase &db, const AlertRow &a, qint64 ticketId, const Input &in)
{
    // Keyed by the occurrence count: a retried job finds its event already there and adds nothing.
    const QJsonObject data{{QStringLiteral("alert_id"), a.uuid},
                           {QStringLiteral("occurrences"), a.occurrences}};
    const QString key = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    if (TicketStore::hasEvent(db, ticketId, QStringLiteral("occurred_again"), key))
        return WriteResult::success(QStringLiteral("already noted"));
    if (!TicketStore::addEvent(db, ticketId, QStringLiteral("occurred_again"), System,
                               QStringLiteral("The alert occurred again (%1)").arg(a.occurrences), data,
                               in.nowMs))
        return failed(QStringLiteral("cannot record the ticket event"), db);
    return WriteResult::success(QStringLiteral("occurrence noted"));
}

WriteResult act(QSqlDatabase &db, const AlertRow &a, const Input &in)
{
    const std::optional<TicketState> ticket = a.ticketId ? ticketState(db, *a.ticketId) : std::nullopt;
    if (in.event == u"accepted")
        return ticket ? WriteResult::success(QStringLiteral("ticket exists")) : createTicket(db, a, in);
    if (in.event == u"duplicate" || in.event == u"redelivery")
        return ticket ? occurredAgain(db, a, *a.ticketId, in) : createTicket(db, a, in);
    if (in.event == u"reopened") {
        if (!ticket)
            return createTicket(db, a, in);
        if (isClosed(ticket->status) && ticket->closedBySystem) {
            if (!setStatus(db, *a.ticketId, QStringLiteral("Open"), false, in.nowMs) ||
                !TicketStore::addEvent(
                    db, *a.ticketId, QStringLiteral("reopened"), System,
                    QStringLiteral("Reopened: the alert came back within the reopen window"),
                    {{QStringLiteral("alert_id"), a.uuid}}, in.nowMs))
                return failed(QStringLiteral("cannot reopen the ticket"), db);
            return WriteResult::success(QStringLiteral("ticket reopened"));
        }
        return occurredAgain(db, a, *a.ticketId, in);
    }
    if (in.event == u"resolved") {
        if (!ticket || isClosed(ticket->status))
            return WriteResult::success(QStringLiteral("nothing to close"));
        if (ticket->humanTouched) {
            const QJsonObject data{{QStringLiteral("alert_id"), a.uuid},
                                   {QStringLiteral("event"), QStringLiteral("resolved")}};
            if (TicketStore::hasEvent(db, *a.ticketId, QStringLiteral("source_resolved"),
                                      QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))))
                return WriteResult::success(QStringLiteral("already noted"));
            if (!TicketStore::addEvent(
                    db, *a.ticketId, QStringLiteral("source_resolved"), System,
                    QStringLiteral("The source reports the alert resolved; a technician has worked "
                                   "on this ticket, so it stays open for them to close"),
                    data, in.nowMs))
                return failed(QStringLiteral("cannot record the ticket event"), db);
            return WriteResult::success(QStringLiteral("resolve noted"));
        }
        if (!setStatus(db, *a.ticketId, QStringLiteral("Resolved"), true, in.nowMs) ||
            !TicketStore::addEvent(
                db, *a.ticketId, QStringLiteral("auto_resolved"), System,
                QStringLiteral("Resolved automatically: the source reports the alert resolved and "
                               "nobody had touched the ticket"),
                {{QStringLiteral("alert_id"), a.uuid}}, in.nowMs))
            return failed(QStringLiteral("cannot resolve the ticket"), db);
        return WriteResult::success(QStringLiteral("ticket resolved"));
    }
    // resolved_unknown: a resolve for an alert that never opened; there is no ticket to act on.
    return WriteResult::success(QStringLiteral("nothing to do for %1").arg(in.event));
}
} // namespace

WriteResult process(QSqlDatabase &db, const Input &in)
{
    QString error;
    const auto alert = loadAlert(db, in.alertUuid, &error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Code::Unavailable, error);
    WriteResult result =
        alert ? act(db, *alert, in)
              : WriteResult::success(QStringLiteral("alert %1 no longer exists").arg(in.alertUuid));
    if (!result.ok())
        return result;
    // The ticket change and the end of the job commit together: exactly once, even across a crash.
    const WriteResult finished = JobStore::finish(db, in.jobId, in.jobOwner, in.nowMs);
    return finished.ok() ? result : finished;
}

WriteResult createTicketFor(QSqlDatabase &db, const QString &alertUuid, const QString &actor, qint64 nowMs)
{
    QString error;
    const auto alert = loadAlert(db, alertUuid, &error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Code::Unavailable, error);
    if (!alert)
        return WriteResult::failure(WriteResult::Code::NotFound, QStringLiteral("alert not found"));
    if (alert->ticketId && ticketState(db, *alert->ticketId))
        return WriteResult::failure(WriteResult::Code::Conflict,
                                    QStringLiteral("the alert already has ticket %1").arg(*alert->ticketId));
    const WriteResult created = createTicket(db, *alert, Input{alertUuid, {}, 0, {}, nowMs}, actor);
    if (!created.ok())
        return created;
    const auto linked = loadAlert(db, alertUuid, &error);
    if (!linked || !linked->ticketId)
        return WriteResult::failure(WriteResult::Code::Unavailable,
                                    QStringLiteral("the new ticket could not be read back: %1").arg(error));
    return WriteResult::success(*linked->ticketId);
}

} // namespace nestogy::TicketPipeline
