#include "ConnectWiseApiClient.h"

#include "RmmFields.h"
#include "TimeParser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace F = RmmFields;

namespace {
// Automate tokens live about an hour; used when ExpirationDate is missing or already past (a clock apart).
constexpr qint64 FallbackTokenMs = 10 * 60 * 1000;
} // namespace

QStringList ConnectWiseApiClient::requiredCredentials()
{
    return {u"username"_s, u"password"_s, u"client_id"_s};
}

RmmApiClient::Cursor ConnectWiseApiClient::firstCursor() const
{
    Cursor c;
    c.page = 1;
    return c;
}

void ConnectWiseApiClient::addClientId(RmmHttp::Request &request) const
{
    request.headers.append({QByteArrayLiteral("ClientId"), credential(u"client_id"_s)});
}

RmmHttp::Request ConnectWiseApiClient::tokenRequest() const
{
    RmmHttp::Request r;
    r.method = QByteArrayLiteral("POST");
    r.url = apiUrl(u"/cwa/api/v1/apitoken"_s);
    r.contentType = QByteArrayLiteral("application/json");
    r.body = QJsonDocument(QJsonObject{{u"username"_s, QString::fromUtf8(credential(u"username"_s))},
                                       {u"password"_s, QString::fromUtf8(credential(u"password"_s))}})
                 .toJson(QJsonDocument::Compact);
    addClientId(r);
    return r;
}

std::optional<RmmApiClient::Token> ConnectWiseApiClient::readToken(const QJsonDocument &answer, qint64 nowMs,
                                                                   QString *error) const
{
    const QJsonObject o = answer.object();
    const QString token = F::text(o.value(u"AccessToken"));
    if (!answer.isObject() || token.isEmpty()) {
        *error = u"field AccessToken is %1"_s.arg(answer.isObject() ? F::typeName(o.value(u"AccessToken"))
                                                                    : u"missing (not an object)"_s);
        return std::nullopt;
    }
    if (F::flag(o.value(u"IsTwoFactorRequired")).value_or(false)) {
        *error = u"the API user needs two-factor authentication; use an integrator user without it"_s;
        return std::nullopt;
    }
    qint64 expires = TimeParser::parseToEpochMs(o.value(u"ExpirationDate"));
    if (expires <= nowMs)
        expires = nowMs + FallbackTokenMs;
    return Token{token.toUtf8(), expires};
}

void ConnectWiseApiClient::authorize(RmmHttp::Request &request, const QByteArray &token) const
{
    RmmApiClient::authorize(request, token);
    addClientId(request);
}

RmmHttp::Request ConnectWiseApiClient::pageRequest(const Cursor &cursor) const
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(cursor.page));
    query.addQueryItem(u"pageSize"_s, QString::number(pageSize()));
    RmmHttp::Request r;
    r.url = apiUrl(u"/cwa/api/v1/computers"_s, query);
    return r;
}

std::optional<RmmDevice> ConnectWiseApiClient::readDevice(const QJsonObject &o, QString *error)
{
    RmmDevice d;
    d.rmmId = F::first(o, {"Id", "ComputerID", "ComputerId"});
    if (d.rmmId.isEmpty()) {
        *error = u"field Id is %1"_s.arg(F::typeName(o.value(u"Id")));
        return std::nullopt;
    }
    const QJsonObject client = F::object(o, "Client");
    const QJsonObject location = F::object(o, "Location");
    d.name = F::first(o, {"ComputerName", "Name"});
    d.hostname = d.name;
    d.clientKey = F::text(client.value(u"Id"));
    if (d.clientKey.isEmpty())
        d.clientKey = F::first(o, {"ClientId", "ClientID"});
    d.clientName = F::text(client.value(u"Name"));
    d.siteName = F::text(location.value(u"Name"));
    d.serial = F::text(o.value(u"SerialNumber"));
    d.macAddresses = F::macs(o.value(u"MACAddress"));
    d.ipAddresses = F::texts(o.value(u"LocalIPAddress"));
    d.os = F::first(o, {"OperatingSystemName", "OS"});
    d.lastSeenMs = TimeParser::parseToEpochMs(o.value(u"RemoteAgentLastContact"));
    d.online = F::flag(o.value(u"Status"));
    return d;
}

RmmApiClient::ParsedPage ConnectWiseApiClient::readPage(const QJsonDocument &answer,
                                                        const Cursor &cursor) const
{
    ParsedPage page;
    if (!answer.isArray()) {
        page.error = u"expected a JSON array of computers, got %1"_s.arg(
            answer.isObject() ? u"an object"_s : u"something else"_s);
        return page;
    }
    const QJsonArray items = answer.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            page.error = u"computer %1 is %2, not an object"_s.arg(i + 1).arg(F::typeName(items.at(i)));
            return page;
        }
        QString problem;
        auto device = readDevice(items.at(i).toObject(), &problem);
        if (!device) {
            page.error = u"computer %1: %2"_s.arg(i + 1).arg(problem);
            return page;
        }
        page.devices.append(std::move(*device));
    }
    if (!items.isEmpty()) {
        Cursor next;
        next.page = cursor.page + 1;
        page.next = next;
    }
    return page;
}

} // namespace nestogy
