#include "DattoApiClient.h"

#include "RmmFields.h"
#include "TimeParser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace F = RmmFields;

namespace {
// Datto's documented public client for API access (not a secret).
const QByteArray PublicClient = QByteArrayLiteral("public-client:public");
// Datto tokens live about 100 hours; used when the answer does not say.
constexpr qint64 DefaultTokenSeconds = 100 * 3600;
} // namespace

QStringList DattoApiClient::requiredCredentials()
{
    return {u"api_key"_s, u"api_secret"_s};
}

RmmHttp::Request DattoApiClient::tokenRequest() const
{
    RmmHttp::Request r;
    r.method = QByteArrayLiteral("POST");
    r.url = apiUrl(u"/auth/oauth/token"_s);
    r.headers.append(
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + PublicClient.toBase64()});
    r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    r.body = formBody({{u"grant_type"_s, QByteArrayLiteral("password")},
                       {u"username"_s, credential(u"api_key"_s)},
                       {u"password"_s, credential(u"api_secret"_s)}});
    return r;
}

std::optional<RmmApiClient::Token> DattoApiClient::readToken(const QJsonDocument &answer, qint64 nowMs,
                                                             QString *error) const
{
    const QJsonObject o = answer.object();
    const QString token = F::text(o.value(u"access_token"));
    if (!answer.isObject() || token.isEmpty()) {
        *error = u"field access_token is %1"_s.arg(answer.isObject() ? F::typeName(o.value(u"access_token"))
                                                                     : u"missing (not an object)"_s);
        return std::nullopt;
    }
    const qint64 seconds = F::integer(o.value(u"expires_in")).value_or(DefaultTokenSeconds);
    return Token{token.toUtf8(), nowMs + qMax<qint64>(1, seconds) * 1000};
}

RmmHttp::Request DattoApiClient::pageRequest(const Cursor &cursor) const
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(cursor.page));
    query.addQueryItem(u"max"_s, QString::number(pageSize()));
    RmmHttp::Request r;
    r.url = apiUrl(u"/api/v2/account/devices"_s, query);
    return r;
}

std::optional<RmmDevice> DattoApiClient::readDevice(const QJsonObject &o, QString *error)
{
    RmmDevice d;
    // Datto's webhooks name a device by its uid; the numeric id is the fallback.
    d.rmmId = F::first(o, {"uid", "id"});
    if (d.rmmId.isEmpty()) {
        *error = u"fields uid and id are %1 and %2"_s.arg(F::typeName(o.value(u"uid")),
                                                          F::typeName(o.value(u"id")));
        return std::nullopt;
    }
    d.hostname = F::text(o.value(u"hostname"));
    d.name = F::first(o, {"hostname", "description"});
    d.clientKey = F::first(o, {"siteUid", "siteId"});
    d.clientName = F::text(o.value(u"siteName"));
    d.serial = F::first(o, {"serialNumber", "serial"});
    d.ipAddresses = F::texts(o.value(u"intIpAddress"));
    d.macAddresses = F::macs(o.value(u"macAddress"));
    d.os = F::text(o.value(u"operatingSystem"));
    d.lastSeenMs = TimeParser::parseToEpochMs(o.value(u"lastSeen"));
    d.online = F::flag(o.value(u"online"));
    d.deleted = F::flag(o.value(u"deleted")).value_or(false);
    return d;
}

RmmApiClient::ParsedPage DattoApiClient::readPage(const QJsonDocument &answer, const Cursor &cursor) const
{
    ParsedPage page;
    if (!answer.isObject()) {
        page.error = u"expected an object with pageDetails and devices, got %1"_s.arg(
            answer.isArray() ? u"an array"_s : u"something else"_s);
        return page;
    }
    const QJsonObject o = answer.object();
    const QJsonValue details = o.value(u"pageDetails");
    if (!details.isObject()) {
        page.error = u"field pageDetails is %1, not an object"_s.arg(F::typeName(details));
        return page;
    }
    const QJsonValue devices = o.value(u"devices");
    if (!devices.isArray() && !devices.isNull() && !devices.isUndefined()) {
        page.error = u"field devices is %1, not an array"_s.arg(F::typeName(devices));
        return page;
    }
    const QJsonArray items = devices.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            page.error = u"devices[%1] is %2, not an object"_s.arg(i).arg(F::typeName(items.at(i)));
            return page;
        }
        QString problem;
        auto device = readDevice(items.at(i).toObject(), &problem);
        if (!device) {
            page.error = u"devices[%1]: %2"_s.arg(i).arg(problem);
            return page;
        }
        page.devices.append(std::move(*device));
    }
    const QJsonObject pageDetails = details.toObject();
    page.total = F::integer(pageDetails.value(u"totalCount"));
    const QString nextUrl = F::text(pageDetails.value(u"nextPageUrl"));
    if (nextUrl.isEmpty())
        return page; // the last page
    const QUrlQuery nextQuery(QUrl(nextUrl).query());
    Cursor next;
    next.page = cursor.page + 1;
    if (nextQuery.hasQueryItem(u"page"_s)) {
        const auto named = F::integer(nextQuery.queryItemValue(u"page"_s));
        if (!named) {
            page.error = u"pageDetails.nextPageUrl has no usable page number"_s;
            return page;
        }
        next.page = int(*named);
    }
    if (next.page <= cursor.page) {
        page.error =
            u"pageDetails.nextPageUrl points back to page %1 after page %2"_s.arg(next.page).arg(cursor.page);
        return page;
    }
    page.next = next;
    return page;
}

} // namespace nestogy
