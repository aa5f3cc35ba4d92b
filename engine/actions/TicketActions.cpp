#include "TicketActions.h"

#include "ActionOutcome.h"
#include "TicketStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nestogy::TicketActions {

std::optional<Problem> checkPatch(const QJsonObject &changes)
{
    static const QStringList known{QStringLiteral("status"), QStringLiteral("assignee_id"),
                                   QStringLiteral("priority"), QStringLiteral("note")};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!known.contains(it.key()))
            return Problem{it.key(), QStringLiteral("unknown field (known: %1)").arg(known.join(u", "))};
    }
    if (changes.isEmpty())
        return Problem{QStringLiteral("status"), QStringLiteral("nothing to change")};
    if (changes.contains(u"status") && !TicketStore::statuses().contains(changes.value(u"status").toString()))
        return Problem{QStringLiteral("status"),
                       QStringLiteral("one of %1").arg(TicketStore::statuses().join(u", "))};
    if (changes.contains(u"priority") &&
        !TicketStore::priorities().contains(changes.value(u"priority").toString()))
        return Problem{QStringLiteral("priority"),
                       QStringLiteral("one of %1").arg(TicketStore::priorities().join(u", "))};
    const QJsonValue assignee = changes.value(u"assignee_id");
    if (changes.contains(u"assignee_id") && !assignee.isNull() &&
        !(assignee.isDouble() && assignee.toDouble() >= 1))
        return Problem{QStringLiteral("assignee_id"), QStringLiteral("a technician id or null")};
    if (changes.contains(u"note") && changes.value(u"note").toString().trimmed().isEmpty())
        return Problem{QStringLiteral("note"), QStringLiteral("must be non-empty text")};
    return std::nullopt;
}

WriteResult patch(QSqlDatabase &db, qint64 ticketId, const QJsonObject &changes, const QString &who,
                  qint64 nowMs)
{
    if (const auto problem = checkPatch(changes))
        return WriteResult::failure(WriteResult::Code::Invalid,
                                    QStringLiteral("%1: %2").arg(problem->field, problem->message));
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT status FROM tickets WHERE id = ?"));
    exists.addBindValue(ticketId);
    if (!exists.exec())
        return WriteResult::queryFailed(exists);
    if (!exists.next())
        return WriteResult::failure(WriteResult::Code::NotFound, QStringLiteral("ticket not found"));
    exists.finish();
    const auto update = [&](const QString &sql, const QVariant &value) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(value);
        q.addBindValue(nowMs);
        q.addBindValue(ticketId);
        return q.exec();
    };
    const auto event = [&](const QString &kind, const QString &message) {
        return TicketStore::addEvent(db, ticketId, kind, who, message, changes, nowMs);
    };
    if (changes.contains(u"assignee_id") && !changes.value(u"assignee_id").isNull()) {
        QSqlQuery tech(db);
        tech.prepare(QStringLiteral("SELECT name FROM technicians WHERE id = ?"));
        tech.addBindValue(qint64(changes.value(u"assignee_id").toDouble()));
        if (!tech.exec() || !tech.next())
            return WriteResult::failure(WriteResult::Code::Invalid,
                                        QStringLiteral("assignee_id: no such technician"));
    }
    bool ok = true;
    if (changes.contains(u"status")) {
        const QString s = changes.value(u"status").toString();
        const bool closing = s == u"Resolved" || s == u"Closed";
        ok = ok &&
             update(QStringLiteral("UPDATE tickets SET status = ?, closed_by_system = 0, resolved_at = %1, "
                                   "updated_at = ? WHERE id = ?")
                        .arg(closing ? QString::number(nowMs) : QStringLiteral("NULL")),
                    s) &&
             event(QStringLiteral("status"), QStringLiteral("Status set to %1 by %2").arg(s, who));
    }
    if (changes.contains(u"priority")) {
        const QString p = changes.value(u"priority").toString();
        ok = ok &&
             update(QStringLiteral("UPDATE tickets SET priority = ?, updated_at = ? WHERE id = ?"), p) &&
             event(QStringLiteral("priority"), QStringLiteral("Priority set to %1 by %2").arg(p, who));
    }
    if (changes.contains(u"assignee_id")) {
        const QJsonValue a = changes.value(u"assignee_id");
        ok = ok &&
             update(QStringLiteral("UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE id = ?"),
                    a.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(qint64(a.toDouble()))) &&
             event(QStringLiteral("assignee"), QStringLiteral("Assignee changed by %1").arg(who));
    }
    if (changes.contains(u"note"))
        ok = ok && event(QStringLiteral("note"), changes.value(u"note").toString().trimmed());
    // Any of these is a technician's hand on the ticket: from now on only they close it.
    ok = ok && update(QStringLiteral("UPDATE tickets SET human_touched = ?, "
                                     "first_response_at = COALESCE(first_response_at, ?) WHERE id = ?"),
                      1);
    if (!ok)
        return WriteResult::failure(WriteResult::Code::Unavailable, db.lastError().text());
    ActionOutcome outcome;
    outcome.ticketIds = {ticketId};
    return outcome.toResult();
}

} // namespace nestogy::TicketActions
