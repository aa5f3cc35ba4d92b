#include "NinjaApiClient.h"

#include "RmmFields.h"
#include "TimeParser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace F = RmmFields;

QStringList NinjaApiClient::requiredCredentials()
{
    return {u"client_id"_s, u"client_secret"_s};
}

RmmHttp::Request NinjaApiClient::tokenRequest() const
{
    RmmHttp::Request r;
    r.method = QByteArrayLiteral("POST");
    r.url = apiUrl(u"/ws/oauth/token"_s);
    r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    r.body = formBody({{u"grant_type"_s, QByteArrayLiteral("client_credentials")},
                       {u"client_id"_s, credential(u"client_id"_s)},
                       {u"client_secret"_s, credential(u"client_secret"_s)},
                       {u"scope"_s, QByteArrayLiteral("monitoring management")}});
    return r;
}

std::optional<RmmApiClient::Token> NinjaApiClient::readToken(const QJsonDocument &answer, qint64 nowMs,
                                                             QString *error) const
{
    const QJsonObject o = answer.object();
    const QString token = F::text(o.value(u"access_token"));
    if (!answer.isObject() || token.isEmpty()) {
        *error = u"field access_token is %1"_s.arg(answer.isObject() ? F::typeName(o.value(u"access_token"))
                                                                     : u"missing (not an object)"_s);
        return std::nullopt;
    }
    const qint64 seconds = F::integer(o.value(u"expires_in")).value_or(3600);
    return Token{token.toUtf8(), nowMs + qMax<qint64>(1, seconds) * 1000};
}

RmmHttp::Request NinjaApiClient::pageRequest(const Cursor &cursor) const
{
    QUrlQuery query;
    query.addQueryItem(u"pageSize"_s, QString::number(pageSize()));
    if (!cursor.after.isEmpty())
        query.addQueryItem(u"after"_s, cursor.after);
    RmmHttp::Request r;
    r.url = apiUrl(u"/v2/devices-detailed"_s, query);
    return r;
}

std::optional<RmmDevice> NinjaApiClient::readDevice(const QJsonObject &o, QString *error)
{
    RmmDevice d;
    d.rmmId = F::text(o.value(u"id"));
    if (d.rmmId.isEmpty()) {
        *error = u"field id is %1"_s.arg(F::typeName(o.value(u"id")));
        return std::nullopt;
    }
    const QJsonObject references = F::object(o, "references");
    const QJsonObject organization = F::object(references, "organization");
    const QJsonObject location = F::object(references, "location");
    d.name = F::first(o, {"displayName", "systemName", "dnsName", "netbiosName"});
    d.hostname = F::first(o, {"systemName", "netbiosName", "dnsName"});
    d.clientKey = F::text(o.value(u"organizationId"));
    if (d.clientKey.isEmpty())
        d.clientKey = F::text(organization.value(u"id"));
    d.clientName = F::text(organization.value(u"name"));
    d.siteName = F::text(location.value(u"name"));
    d.serial = F::first(F::object(o, "system"), {"serialNumber", "biosSerialNumber"});
    if (d.serial.isEmpty())
        d.serial = F::text(o.value(u"serialNumber"));
    d.macAddresses = F::macs(o.value(u"macAddresses"));
    d.ipAddresses = F::texts(o.value(u"ipAddresses"));
    d.os = F::first(F::object(o, "os"), {"name"});
    if (d.os.isEmpty())
        d.os = F::text(o.value(u"nodeClass"));
    d.lastSeenMs = TimeParser::parseToEpochMs(o.value(u"lastContact"));
    if (const auto offline = F::flag(o.value(u"offline")))
        d.online = !*offline;
    return d;
}

RmmApiClient::ParsedPage NinjaApiClient::readPage(const QJsonDocument &answer, const Cursor &cursor) const
{
    ParsedPage page;
    if (!answer.isArray()) {
        page.error = u"expected a JSON array of devices, got %1"_s.arg(
            answer.isObject() ? u"an object"_s : u"something else"_s);
        return page;
    }
    const QJsonArray items = answer.array();
    QString lastId;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            page.error = u"device %1 is %2, not an object"_s.arg(i + 1).arg(F::typeName(items.at(i)));
            return page;
        }
        QString problem;
        auto device = readDevice(items.at(i).toObject(), &problem);
        if (!device) {
            page.error = u"device %1: %2"_s.arg(i + 1).arg(problem);
            return page;
        }
        lastId = device->rmmId;
        page.devices.append(std::move(*device));
    }
    if (items.isEmpty())
        return page; // the end
    if (lastId == cursor.after) {
        page.error =
            u"the last device id %1 repeats the page's 'after' value: the pages do not advance"_s.arg(lastId);
        return page;
    }
    Cursor next;
    next.after = lastId;
    page.next = next;
    return page;
}

} // namespace nestogy
