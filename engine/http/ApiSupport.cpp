#include "ApiSupport.h"

#include "AdminTokens.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

namespace nestogy::api {

std::optional<QString> requireAdmin(const AdminTokens &tokens, const HttpRequest &req,
                                    const HttpResponder &resp)
{
    QByteArray presented = req.header("authorization").trimmed();
    if (presented.size() > 7 && presented.left(7).toLower() == "bearer ")
        presented = presented.mid(7).trimmed();
    else
        presented.clear();
    const QString name = tokens.authenticate(presented);
    if (name.isEmpty()) {
        resp.sendError(
            401, QStringLiteral("missing or invalid admin token"),
            {{QStringLiteral("hint"),
              QStringLiteral("send 'Authorization: Bearer <token>'; the token is "
                             "NESTOGY_ADMIN_TOKEN or the file DATA_DIR/admin-token")}},
            {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"nestogy\"")}});
        return std::nullopt;
    }
    return name;
}

std::optional<QJsonObject> jsonObjectBody(const HttpRequest &req, const HttpResponder &resp)
{
    const QByteArray type = req.header("content-type").toLower();
    // curl -d sends form-urlencoded unless told otherwise; accept such bodies when they are JSON after all.
    const bool acceptable = type.isEmpty() || type.startsWith("application/json") || type.contains("+json") ||
                            type.startsWith("application/x-www-form-urlencoded") ||
                            type.startsWith("text/plain");
    if (!acceptable) {
        resp.sendError(415, QStringLiteral("the body must be JSON"),
                       {{QStringLiteral("content_type"), QString::fromLatin1(type)}});
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &error);
    if (error.error != QJsonParseError::NoError) {
        resp.sendError(
            400, QStringLiteral("malformed JSON"),
            {{QStringLiteral("reason"), error.errorString()}, {QStringLiteral("offset"), error.offset}});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        resp.sendError(400, QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

void sendWriteFailure(const WriteResult &r, const HttpResponder &resp)
{
    switch (r.code) {
    case WriteResult::Code::Ok:
        resp.sendError(500, QStringLiteral("internal error: success reported as failure"));
        return;
    case WriteResult::Code::Invalid:
        resp.sendError(422, r.error);
        return;
    case WriteResult::Code::NotFound:
        resp.sendError(404, r.error);
        return;
    case WriteResult::Code::Conflict:
        resp.sendError(409, r.error);
        return;
    case WriteResult::Code::Unavailable:
        sendStorageUnavailable(resp, r.error);
        return;
    }
}

void sendStorageUnavailable(const HttpResponder &resp, const QString &reason)
{
    resp.sendError(503, QStringLiteral("storage unavailable"), {{QStringLiteral("reason"), reason}},
                   {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
}

void sendInvalid(const HttpResponder &resp, const QString &field, const QString &message)
{
    resp.sendJson(422,
                  QJsonObject{{QStringLiteral("error"), QStringLiteral("%1: %2").arg(field, message)},
                              {QStringLiteral("field"), field},
                              {QStringLiteral("detail"), QJsonObject{{QStringLiteral("field"), field},
                                                                     {QStringLiteral("message"), message}}}});
}

QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool readPaging(const HttpRequest &req, const HttpResponder &resp, int *limit, int *offset)
{
    for (const auto &[key, target, min, max] :
         {std::tuple{"limit", limit, 1, 1000}, std::tuple{"offset", offset, 0, INT_MAX}}) {
        const QString text = req.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < min || n > max) {
            sendInvalid(resp, QString::fromLatin1(key),
                        QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return false;
        }
        *target = n;
    }
    return true;
}

std::optional<qint64> parseId(const QString &segment)
{
    bool ok = false;
    const qint64 id = segment.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace nestogy::api
