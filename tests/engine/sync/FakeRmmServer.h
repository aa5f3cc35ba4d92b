#pragma once

#include "HttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

// A test double of the three RMM vendors' device APIs, on a real loopback HTTP server, speaking the shapes
// documented in PROVIDERS.md and shown in tests/fixtures/api: NinjaOne (OAuth client credentials, bare arrays
// paged by `after`), Datto RMM (password grant with the public client, pageDetails with totalCount and a
// nextPageUrl on the vendor's own host) and ConnectWise Automate (apitoken, ClientId header, page/pageSize).
// Token endpoints check the credentials and the grant's format; data endpoints check the token. Tests add
// trouble: expired tokens, a 429 with Retry-After, a malformed page, slow pages. Lives on the test's thread.
class FakeRmmServer : public QObject
{
    Q_OBJECT
public:
    enum class Vendor { Ninja, Datto, ConnectWise };

    // The credentials each vendor accepts (the Ninja secret has characters a form body must escape).
    static QJsonObject credentials(Vendor vendor);
    static QString providerName(Vendor vendor);
    // The devices of the fixture pages (tests/fixtures/api), in order.
    static QList<QJsonObject> fixtureDevices(Vendor vendor);
    // A plausible extra device in the vendor's shape; `n` makes its id and names unique.
    static QJsonObject syntheticDevice(Vendor vendor, int n);

    explicit FakeRmmServer(QObject *parent = nullptr);

    QString start(); // listens on 127.0.0.1, a free port; returns an error text or ""
    QString baseUrl() const;

    // The account's devices (default: the fixtures). Ninja and ConnectWise list them by their id.
    void setDevices(Vendor vendor, const QList<QJsonObject> &devices);
    QList<QJsonObject> devices(Vendor vendor) const { return m_devices.value(vendor); }

    // Every token issued so far stops working (as after an expiry): the next data call is answered 401.
    void expireTokens() { m_tokens.clear(); }
    // Seconds a token claims to live (Ninja/Datto expires_in, ConnectWise ExpirationDate).
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    // The page with this number (1 = first) answers 429 with Retry-After once, then normally.
    void rateLimitOnce(Vendor vendor, int page, int retryAfterSeconds);
    // The page with this number always answers `body` (status 200).
    void setMalformedPage(Vendor vendor, int page, const QByteArray &body);
    void clearTrouble();
    // Every devices page is answered this much later.
    void setPageDelayMs(int ms) { m_pageDelayMs = ms; }

    int tokenRequests(Vendor vendor) const { return m_tokenRequests.value(vendor); }
    int pageRequests(Vendor vendor) const { return m_pageRequests.value(vendor); }
    int rateLimited(Vendor vendor) const { return m_rateLimited.value(vendor); }
    // The latest token request's body and headers as received (to check that no secret leaks elsewhere).
    QByteArray lastTokenBody() const { return m_lastTokenBody; }
    void resetCounters();

private:
    struct Slice
    {
        QList<QJsonObject> devices;
        int number = 1; // page number, 1 = first
        int offset = 0;
    };
    void route(Vendor vendor);
    bool authorized(Vendor vendor, const nestogy::HttpRequest &req, const nestogy::HttpResponder &resp);
    // Answers with `body` after the page delay, unless trouble was set for this page.
    void answerPage(Vendor vendor, int page, const nestogy::HttpResponder &resp, const QJsonDocument &body);
    QByteArray issueToken();
    static QHash<QString, QString> formFields(const QByteArray &body);
    static QString sortKey(Vendor vendor, const QJsonObject &device);

    nestogy::HttpServer m_server;
    QHash<Vendor, QList<QJsonObject>> m_devices;
    QSet<QByteArray> m_tokens;
    int m_tokenLifetime = 3600;
    int m_pageDelayMs = 0;
    QHash<Vendor, QHash<int, int>> m_rateLimits; // page -> Retry-After seconds
    QHash<Vendor, QHash<int, QByteArray>> m_malformed;
    QHash<Vendor, int> m_tokenRequests;
    QHash<Vendor, int> m_pageRequests;
    QHash<Vendor, int> m_rateLimited;
    QByteArray m_lastTokenBody;
    int m_serial = 0;
};

Q_DECLARE_METATYPE(FakeRmmServer::Vendor)
