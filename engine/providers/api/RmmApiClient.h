#pragma once

#include "RmmDevice.h"
#include "RmmHttp.h"

#include <QJsonDocument>
#include <QMap>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace nestogy {

class Clock;
class RmmTokenCache;

// Lists the devices of one RMM account through the vendor's API: gets an access token (reused from the
// cache until it expires; fetched again once when a page is answered 401), reads page after page to the end
// (or up to maxPages), waits out a 429 for as long as Retry-After asks (within a limit), and maps each device
// to an RmmDevice. Every HTTP exchange is reported to the exchange log without headers, bodies or secrets;
// every error names the request, the page and the vendor's own reason, with any secret blanked out.
// A subclass per vendor says how to ask and how to read the answers. Lives on one thread with an event
// loop; one listing at a time.
class RmmApiClient : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl endpoint;                         // the API's base URL, e.g. https://app.ninjarmm.com
        QMap<QString, QByteArray> credentials; // plaintext, by the integration's credential names
        int pageSize = 0;                      // 0: the vendor's default
        int timeoutMs = 30 * 1000;             // per HTTP exchange
        qint64 maxRetryAfterMs = 60 * 1000;    // a 429 asking for a longer wait fails instead
        int maxRateLimitWaits = 3;             // 429 waits per request before giving up
        int maxPages = 0;                      // 0: to the end
        QString tokenScope;                    // who may share cached tokens (the integration uuid)
    };
    struct Page
    {
        int number = 0; // 1 for the first page
        QList<RmmDevice> devices;
        std::optional<qint64> total; // devices in the account, when the vendor says
    };
    // One HTTP exchange, for the delivery log.
    struct Exchange
    {
        QString method;
        QString url; // without user info
        int status = 0;
        QString error; // "" when it succeeded
        qint64 durationMs = 0;
    };
    using PageHandler = std::function<void(const Page &)>;
    using Finished = std::function<void(const QString &error)>;
    using ExchangeLog = std::function<void(const Exchange &)>;

    RmmApiClient(Settings settings, std::shared_ptr<RmmTokenCache> tokens, const Clock &clock,
                 QObject *parent = nullptr);
    ~RmmApiClient() override;

    void setExchangeLog(ExchangeLog log) { m_log = std::move(log); }
    // Reads the devices; `onPage` gets each page as it arrives, then `done` once: "" when every page (up to
    // maxPages) was read, else what went wrong. Both on this object's thread.
    void listDevices(PageHandler onPage, Finished done);
    // Ends a listing early: `done` gets `why` (nothing happens when no listing runs).
    void abort(const QString &why);

    // The vendor's name for messages ("NinjaOne").
    virtual QString vendor() const = 0;
    int pageSize() const;
    int tokenRequests() const { return m_tokenRequests; }
    // `text` with every credential and the current token replaced by "[redacted]".
    QString redact(QString text) const;

    // The reason an HTTP answer gives: the JSON error fields vendors use, else the start of the body.
    static QString vendorReason(const RmmHttp::Response &response);

protected:
    struct Cursor
    {
        int number = 1; // pages asked for so far, this one included
        int page = 0;   // the vendor's page index (Datto, ConnectWise)
        QString after;  // the vendor's "after" id (NinjaOne)
    };
    struct Token
    {
        QByteArray value;
        qint64 expiresMs = 0;
    };
    struct ParsedPage
    {
        QList<RmmDevice> devices;
        std::optional<Cursor> next; // nullopt: this was the last page
        std::optional<qint64> total;
        QString error; // set when the page cannot be used: names the field
    };

    virtual Cursor firstCursor() const = 0;
    virtual int defaultPageSize() const = 0;
    virtual RmmHttp::Request tokenRequest() const = 0;
    // From the token endpoint's JSON answer; `error` names the field when it is unusable.
    virtual std::optional<Token> readToken(const QJsonDocument &answer, qint64 nowMs,
                                           QString *error) const = 0;
    virtual RmmHttp::Request pageRequest(const Cursor &cursor) const = 0;
    virtual ParsedPage readPage(const QJsonDocument &answer, const Cursor &cursor) const = 0;
    // Adds the token to a request (default: Authorization: Bearer).
    virtual void authorize(RmmHttp::Request &request, const QByteArray &token) const;

    const Settings &settings() const { return m_settings; }
    QByteArray credential(const QString &name) const { return m_settings.credentials.value(name); }
    // The endpoint with `path` appended to its own path.
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    const Clock &clock() const { return m_clock; }
    // An application/x-www-form-urlencoded body (every reserved character escaped, '+' too).
    static QByteArray formBody(const QList<QPair<QString, QByteArray>> &fields);

private:
    void withToken(const std::function<void()> &next);
    void requestToken(const std::function<void()> &next);
    void fetch(const Cursor &cursor, bool tokenRenewed, int rateLimitWaits);
    void onPage(const Cursor &cursor, const RmmHttp::Response &response);
    void exchange(const RmmHttp::Request &request, const QString &what, RmmHttp::Done done);
    void finish(const QString &error);
    QString describe(const RmmHttp::Response &response) const;
    QString cacheKey() const;

    Settings m_settings;
    std::shared_ptr<RmmTokenCache> m_tokens;
    const Clock &m_clock;
    RmmHttp *m_http = nullptr;
    ExchangeLog m_log;
    PageHandler m_onPage;
    Finished m_done;
    QByteArray m_token;
    QString m_cacheKey;
    bool m_running = false;
    int m_tokenRequests = 0;
    int m_generation = 0;
};

} // namespace nestogy
