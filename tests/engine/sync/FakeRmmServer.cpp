#include "FakeRmmServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using nestogy::HttpRequest;
using nestogy::HttpResponder;

namespace {

QJsonDocument fixture(const QString &name)
{
    QFile file(QStringLiteral(NESTOGY_FIXTURES_DIR) + u"/api/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll());
}

QList<QJsonObject> objects(const QJsonArray &array)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : array)
        out.append(v.toObject());
    return out;
}

void sendJson(const HttpResponder &resp, int status, const QJsonObject &body)
{
    resp.sendJson(status, body);
}

} // namespace

QJsonObject FakeRmmServer::credentials(Vendor vendor)
{
    switch (vendor) {
    case Vendor::Ninja:
        return {{u"client_id"_s, u"ninja-client-1"_s}, {u"client_secret"_s, u"s3cr+t/with=&chars"_s}};
    case Vendor::Datto:
        return {{u"api_key"_s, u"DATTO-API-KEY"_s}, {u"api_secret"_s, u"datto-secret-value"_s}};
    case Vendor::ConnectWise:
        return {{u"username"_s, u"cw-integrator"_s},
                {u"password"_s, u"cw-password-1"_s},
                {u"client_id"_s, u"cw-client-id-1"_s}};
    }
    return {};
}

QString FakeRmmServer::providerName(Vendor vendor)
{
    switch (vendor) {
    case Vendor::Ninja:
        return u"ninja"_s;
    case Vendor::Datto:
        return u"datto"_s;
    case Vendor::ConnectWise:
        return u"connectwise"_s;
    }
    return {};
}

QList<QJsonObject> FakeRmmServer::fixtureDevices(Vendor vendor)
{
    switch (vendor) {
    case Vendor::Ninja:
        return objects(fixture(u"ninjaone-devices-detailed.page1.json"_s).array()) +
               objects(fixture(u"ninjaone-devices-detailed.page2.json"_s).array());
    case Vendor::Datto:
        return objects(fixture(u"datto-account-devices.page0.json"_s).object().value(u"devices").toArray()) +
               objects(fixture(u"datto-account-devices.page1.json"_s).object().value(u"devices").toArray());
    case Vendor::ConnectWise:
        return objects(fixture(u"connectwise-computers.page1.json"_s).array());
    }
    return {};
}

QJsonObject FakeRmmServer::syntheticDevice(Vendor vendor, int n)
{
    const QString name = u"SYN-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
    const QString mac = u"02:00:00:00:%1:%2"_s.arg((n / 256) % 256, 2, 16, QLatin1Char('0'))
                            .arg(n % 256, 2, 16, QLatin1Char('0'))
                            .toUpper();
    switch (vendor) {
    case Vendor::Ninja:
        return {{u"id"_s, 1000 + n},
                {u"organizationId"_s, 3},
                {u"offline"_s, n % 2 == 0},
                {u"displayName"_s, name},
                {u"systemName"_s, name},
                {u"lastContact"_s, 1741793000.0 + n},
                {u"ipAddresses"_s, QJsonArray{u"10.9.%1.%2"_s.arg(n / 250).arg(n % 250 + 1)}},
                {u"macAddresses"_s, QJsonArray{mac}},
                {u"system"_s, QJsonObject{{u"serialNumber"_s, u"SN%1"_s.arg(n)}}},
                {u"references"_s, QJsonObject{{u"organization"_s,
                                               QJsonObject{{u"name"_s, u"Harbor Dental"_s}, {u"id"_s, 3}}}}}};
    case Vendor::Datto:
        return {{u"id"_s, 950000 + n},
                {u"uid"_s, u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'))},
                {u"siteUid"_s, u"2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819"_s},
                {u"siteName"_s, u"Harbor Dental"_s},
                {u"hostname"_s, name},
                {u"intIpAddress"_s, u"10.1.%1.%2"_s.arg(n / 250).arg(n % 250 + 1)},
                {u"operatingSystem"_s, u"Microsoft Windows 11 Pro"_s},
                {u"online"_s, true},
                {u"deleted"_s, false},
                {u"lastSeen"_s, 1741793500000.0 + n}};
    case Vendor::ConnectWise:
        return {{u"Id"_s, 5000 + n},
                {u"ComputerName"_s, name},
                {u"Client"_s, QJsonObject{{u"Id"_s, 17}, {u"Name"_s, u"Northwind Traders"_s}}},
                {u"Location"_s, QJsonObject{{u"Id"_s, 4}, {u"Name"_s, u"HQ"_s}}},
                {u"OperatingSystemName"_s, u"Microsoft Windows 11 Pro"_s},
                {u"LocalIPAddress"_s, u"172.16.%1.%2"_s.arg(n / 250).arg(n % 250 + 1)},
                {u"MACAddress"_s, QString(mac).replace(u':', u'-')},
                {u"SerialNumber"_s, u"CW%1"_s.arg(n)},
                {u"Status"_s, n % 2 ? u"Online"_s : u"Offline"_s},
                {u"RemoteAgentLastContact"_s, u"2026-12-04T09:58:12Z"_s}};
    }
    return {};
}

FakeRmmServer::FakeRmmServer(QObject *parent)
    : QObject(parent)
{
    for (Vendor v : {Vendor::Ninja, Vendor::Datto, Vendor::ConnectWise}) {
        setDevices(v, fixtureDevices(v));
        route(v);
    }
}

QString FakeRmmServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeRmmServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_server.port());
}

QString FakeRmmServer::sortKey(Vendor vendor, const QJsonObject &device)
{
    const double id = device.value(vendor == Vendor::ConnectWise ? u"Id" : u"id").toVariant().toDouble();
    return u"%1"_s.arg(qint64(id), 16, 10, QLatin1Char('0'));
}

void FakeRmmServer::setDevices(Vendor vendor, const QList<QJsonObject> &devices)
{
    QList<QJsonObject> sorted = devices;
    if (vendor != Vendor::Datto)
        std::stable_sort(sorted.begin(), sorted.end(), [vendor](const QJsonObject &a, const QJsonObject &b) {
            return sortKey(vendor, a) < sortKey(vendor, b);
        });
    m_devices.insert(vendor, sorted);
}

void FakeRmmServer::rateLimitOnce(Vendor vendor, int page, int retryAfterSeconds)
{
    m_rateLimits[vendor].insert(page, retryAfterSeconds);
}

void FakeRmmServer::setMalformedPage(Vendor vendor, int page, const QByteArray &body)
{
    m_malformed[vendor].insert(page, body);
}

void FakeRmmServer::clearTrouble()
{
    m_rateLimits.clear();
    m_malformed.clear();
    m_pageDelayMs = 0;
}

void FakeRmmServer::resetCounters()
{
    m_tokenRequests.clear();
    m_pageRequests.clear();
    m_rateLimited.clear();
}

QByteArray FakeRmmServer::issueToken()
{
    const QByteArray token = "fake-token-" + QByteArray::number(++m_serial);
    m_tokens.insert(token);
    return token;
}

QHash<QString, QString> FakeRmmServer::formFields(const QByteArray &body)
{
    // application/x-www-form-urlencoded: '+' is a space, everything else percent-encoded.
    QHash<QString, QString> out;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        auto decode = [](QByteArray raw) { return QUrl::fromPercentEncoding(raw.replace('+', ' ')); };
        out.insert(decode(pair.left(eq)), decode(pair.mid(eq + 1)));
    }
    return out;
}

bool FakeRmmServer::authorized(Vendor vendor, const HttpRequest &req, const HttpResponder &resp)
{
    if (vendor == Vendor::ConnectWise &&
        req.header("clientid") != credentials(vendor).value(u"client_id").toString().toUtf8()) {
        sendJson(resp, 403, {{u"Message"_s, u"A valid ClientId header is required."_s}});
        return false;
    }
    const QByteArray auth = req.header("authorization");
    if (!auth.startsWith("Bearer ") || !m_tokens.contains(auth.mid(7))) {
        if (vendor == Vendor::ConnectWise)
            sendJson(resp, 401, {{u"Message"_s, u"Authorization has been denied for this request."_s}});
        else
            sendJson(resp, 401,
                     {{u"error"_s, u"invalid_token"_s}, {u"error_description"_s, u"Access token expired"_s}});
        return false;
    }
    return true;
}

void FakeRmmServer::answerPage(Vendor vendor, int page, const HttpResponder &resp, const QJsonDocument &body)
{
    ++m_pageRequests[vendor];
    if (const int retryAfter = m_rateLimits[vendor].take(page); retryAfter > 0) {
        ++m_rateLimited[vendor];
        resp.sendJson(429, QJsonObject{{u"message"_s, u"Too many requests"_s}},
                      {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)}});
        return;
    }
    const QByteArray payload = m_malformed[vendor].contains(page) ? m_malformed[vendor].value(page)
                                                                  : body.toJson(QJsonDocument::Compact);
    if (m_pageDelayMs <= 0) {
        resp.send(200, payload, QByteArrayLiteral("application/json"));
        return;
    }
    QTimer::singleShot(m_pageDelayMs, this,
                       [resp, payload] { resp.send(200, payload, QByteArrayLiteral("application/json")); });
}

void FakeRmmServer::route(Vendor vendor)
{
    nestogy::Router &router = m_server.router();
    const QJsonObject creds = credentials(vendor);
    switch (vendor) {
    case Vendor::Ninja:
        router.add("POST", u"/ws/oauth/token"_s,
                   [this, creds](const HttpRequest &req, const HttpResponder &resp) {
                       ++m_tokenRequests[Vendor::Ninja];
                       m_lastTokenBody = req.body;
                       if (!req.header("content-type").startsWith("application/x-www-form-urlencoded"))
                           return sendJson(resp, 415, {{u"error"_s, u"unsupported_media_type"_s}});
                       const auto form = formFields(req.body);
                       if (form.value(u"grant_type"_s) != u"client_credentials")
                           return sendJson(resp, 400, {{u"error"_s, u"unsupported_grant_type"_s}});
                       if (form.value(u"client_id"_s) != creds.value(u"client_id").toString() ||
                           form.value(u"client_secret"_s) != creds.value(u"client_secret").toString())
                           return sendJson(resp, 401,
                                           {{u"error"_s, u"invalid_client"_s},
                                            {u"error_description"_s, u"Bad client credentials"_s}});
                       if (!form.value(u"scope"_s).split(u' ').contains(u"monitoring"_s))
                           return sendJson(resp, 400, {{u"error"_s, u"invalid_scope"_s}});
                       QJsonObject token = fixture(u"ninjaone-oauth-token.json"_s).object();
                       token.insert(u"access_token"_s, QString::fromLatin1(issueToken()));
                       token.insert(u"expires_in"_s, m_tokenLifetime);
                       sendJson(resp, 200, token);
                   });
        router.add("GET", u"/v2/devices-detailed"_s,
                   [this](const HttpRequest &req, const HttpResponder &resp) {
                       if (!authorized(Vendor::Ninja, req, resp))
                           return;
                       bool ok = false;
                       const int size = req.query.queryItemValue(u"pageSize"_s).toInt(&ok);
                       if (!ok || size < 1 || size > 1000)
                           return sendJson(resp, 400, {{u"error"_s, u"pageSize must be 1..1000"_s}});
                       const QString after = req.query.queryItemValue(u"after"_s);
                       const QList<QJsonObject> &all = m_devices[Vendor::Ninja];
                       qsizetype offset = 0;
                       if (!after.isEmpty()) {
                           const qint64 afterId = after.toLongLong();
                           while (offset < all.size() &&
                                  all.at(offset).value(u"id").toVariant().toLongLong() <= afterId)
                               ++offset;
                       }
                       QJsonArray page;
                       for (qsizetype i = offset; i < all.size() && page.size() < size; ++i)
                           page.append(all.at(i));
                       answerPage(Vendor::Ninja, int(offset / size) + 1, resp, QJsonDocument(page));
                   });
        break;
    case Vendor::Datto:
        router.add(
            "POST", u"/auth/oauth/token"_s, [this, creds](const HttpRequest &req, const HttpResponder &resp) {
                ++m_tokenRequests[Vendor::Datto];
                m_lastTokenBody = req.body;
                if (req.header("authorization") != "Basic " + QByteArray("public-client:public").toBase64())
                    return sendJson(resp, 401,
                                    {{u"error"_s, u"unauthorized"_s},
                                     {u"error_description"_s, u"Full authentication is required"_s}});
                const auto form = formFields(req.body);
                if (form.value(u"grant_type"_s) != u"password")
                    return sendJson(resp, 400, {{u"error"_s, u"unsupported_grant_type"_s}});
                if (form.value(u"username"_s) != creds.value(u"api_key").toString() ||
                    form.value(u"password"_s) != creds.value(u"api_secret").toString())
                    return sendJson(
                        resp, 400,
                        {{u"error"_s, u"invalid_grant"_s}, {u"error_description"_s, u"Bad credentials"_s}});
                QJsonObject token = fixture(u"datto-oauth-token.json"_s).object();
                token.insert(u"access_token"_s, QString::fromLatin1(issueToken()));
                token.insert(u"expires_in"_s, m_tokenLifetime);
                sendJson(resp, 200, token);
            });
        router.add(
            "GET", u"/api/v2/account/devices"_s, [this](const HttpRequest &req, const HttpResponder &resp) {
                if (!authorized(Vendor::Datto, req, resp))
                    return;
                const int page = req.query.queryItemValue(u"page"_s).toInt();
                bool ok = false;
                const int max = req.query.queryItemValue(u"max"_s).toInt(&ok);
                if (!ok || max < 1 || max > 250 || page < 0)
                    return sendJson(resp, 400, {{u"message"_s, u"max must be 1..250, page 0 or more"_s}});
                const QList<QJsonObject> &all = m_devices[Vendor::Datto];
                QJsonArray devices;
                for (qsizetype i = qsizetype(page) * max; i < all.size() && devices.size() < max; ++i)
                    devices.append(all.at(i));
                const bool more = qsizetype(page + 1) * max < all.size();
                // The vendor's own host, as the real API answers: the client must not send its token there.
                const auto url = [max](int p) {
                    return QJsonValue(
                        u"https://concord-api.centrastage.net/api/v2/account/devices?max=%1&page=%2"_s
                            .arg(max)
                            .arg(p));
                };
                const QJsonObject details{{u"count"_s, devices.size()},
                                          {u"totalCount"_s, all.size()},
                                          {u"prevPageUrl"_s, page > 0 ? url(page - 1) : QJsonValue()},
                                          {u"nextPageUrl"_s, more ? url(page + 1) : QJsonValue()}};
                answerPage(Vendor::Datto, page + 1, resp,
                           QJsonDocument(QJsonObject{{u"pageDetails"_s, details}, {u"devices"_s, devices}}));
            });
        break;
    case Vendor::ConnectWise:
        router.add(
            "POST", u"/cwa/api/v1/apitoken"_s,
            [this, creds](const HttpRequest &req, const HttpResponder &resp) {
                ++m_tokenRequests[Vendor::ConnectWise];
                m_lastTokenBody = req.body;
                if (req.header("clientid") != creds.value(u"client_id").toString().toUtf8())
                    return sendJson(resp, 403, {{u"Message"_s, u"A valid ClientId header is required."_s}});
                const QJsonObject body = QJsonDocument::fromJson(req.body).object();
                if (body.value(u"username") != creds.value(u"username") ||
                    body.value(u"password") != creds.value(u"password"))
                    return sendJson(resp, 401, {{u"Message"_s, u"Invalid username or password."_s}});
                QJsonObject token = fixture(u"connectwise-apitoken.json"_s).object();
                token.insert(u"AccessToken"_s, QString::fromLatin1(issueToken()));
                token.insert(u"ExpirationDate"_s,
                             QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime).toString(Qt::ISODate));
                sendJson(resp, 200, token);
            });
        router.add(
            "GET", u"/cwa/api/v1/computers"_s, [this](const HttpRequest &req, const HttpResponder &resp) {
                if (!authorized(Vendor::ConnectWise, req, resp))
                    return;
                bool ok = false;
                const int page = req.query.queryItemValue(u"page"_s).toInt(&ok);
                const int size = req.query.queryItemValue(u"pageSize"_s).toInt();
                if (!ok || page < 1 || size < 1)
                    return sendJson(resp, 400,
                                    {{u"Message"_s, u"page (from 1) and pageSize are required"_s}});
                const QList<QJsonObject> &all = m_devices[Vendor::ConnectWise];
                QJsonArray computers;
                for (qsizetype i = qsizetype(page - 1) * size; i < all.size() && computers.size() < size; ++i)
                    computers.append(all.at(i));
                answerPage(Vendor::ConnectWise, page, resp, QJsonDocument(computers));
            });
        break;
    }
}
