#include "RmmApiClient.h"

#include "Clock.h"
#include "Crypto.h"
#include "RmmFields.h"
#include "RmmTokenCache.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

constexpr int MaxPagesEver = 100000; // a vendor that never says "last page" must not loop forever
constexpr int MaxReasonLength = 300;

// A 429's Retry-After in ms: seconds or an HTTP date; nullopt when absent or unreadable.
std::optional<qint64> retryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds < 0 ? 0 : qint64(seconds * 1000);
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return qMax<qint64>(0, at.toMSecsSinceEpoch() - nowMs);
}

} // namespace

RmmApiClient::RmmApiClient(Settings settings, std::shared_ptr<RmmTokenCache> tokens, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_tokens(std::move(tokens))
    , m_clock(clock)
    , m_http(new RmmHttp(m_settings.timeoutMs, this))
{}

RmmApiClient::~RmmApiClient() = default;

int RmmApiClient::pageSize() const
{
    return m_settings.pageSize > 0 ? m_settings.pageSize : defaultPageSize();
}

QString RmmApiClient::cacheKey() const
{
    // The digest changes with the endpoint or any credential, so edited credentials never reuse a token.
    QByteArray material = m_settings.endpoint.toString(QUrl::FullyEncoded).toUtf8();
    for (auto it = m_settings.credentials.cbegin(); it != m_settings.credentials.cend(); ++it)
        material += '\0' + it.key().toUtf8() + '\0' + it.value();
    return m_settings.tokenScope + u':' + vendor() + u':' +
           QString::fromLatin1(crypto::sha256(material).toHex());
}

QUrl RmmApiClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.endpoint;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    url.setFragment({});
    url.setUserInfo({});
    return url;
}

QByteArray RmmApiClient::formBody(const QList<QPair<QString, QByteArray>> &fields)
{
    QByteArrayList parts;
    for (const auto &[name, value] : fields)
        parts.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value)));
    return parts.join('&');
}

void RmmApiClient::authorize(RmmHttp::Request &request, const QByteArray &token) const
{
    request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token});
}

QString RmmApiClient::redact(QString text) const
{
    QList<QByteArray> secrets = m_settings.credentials.values();
    secrets.append(m_token);
    for (const QByteArray &secret : std::as_const(secrets)) {
        // Very short values (a one-digit client id) would blank out ordinary words.
        if (secret.size() >= 4)
            text.replace(QString::fromUtf8(secret), u"[redacted]"_s);
    }
    return text;
}

QString RmmApiClient::vendorReason(const RmmHttp::Response &response)
{
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        QStringList parts;
        const QJsonValue error = o.value(u"error");
        if (error.isObject()) {
            parts << RmmFields::first(error.toObject(), {"message", "Message", "description"});
        } else {
            parts << RmmFields::text(error);
        }
        parts << RmmFields::first(o, {"error_description", "errorMessage", "message", "Message", "detail",
                                      "title", "reason", "resultCode"});
        if (o.value(u"errors").isArray())
            parts << RmmFields::texts(o.value(u"errors")).join(u"; "_s);
        parts.removeAll(QString());
        parts.removeDuplicates();
        if (!parts.isEmpty())
            return parts.join(u": "_s).left(MaxReasonLength);
    }
    const QString text = QString::fromUtf8(response.body).simplified();
    if (text.isEmpty() || text.startsWith(u'<')) // an HTML error page says nothing useful in one line
        return {};
    return text.left(MaxReasonLength);
}

QString RmmApiClient::describe(const RmmHttp::Response &response) const
{
    if (!response.error.isEmpty())
        return response.error;
    QString text = QString::number(response.status);
    if (!response.reason.isEmpty())
        text += u' ' + QString::fromLatin1(response.reason);
    if (response.status >= 300 && response.status < 400) {
        const QByteArray location = response.header("location");
        text += u" (redirect to %1: set the API endpoint to the final address)"_s.arg(
            QUrl(QString::fromLatin1(location)).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return text;
    }
    const QString reason = vendorReason(response);
    if (!reason.isEmpty())
        text += u": "_s + reason;
    return redact(text);
}

void RmmApiClient::listDevices(PageHandler onPage, Finished done)
{
    if (m_running) {
        done(u"a listing is already running on this client"_s);
        return;
    }
    m_running = true;
    m_onPage = std::move(onPage);
    m_done = std::move(done);
    m_cacheKey = cacheKey();
    // Never answers before returning: callers may set up their state after the call.
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return;
            if (!m_settings.endpoint.isValid() || m_settings.endpoint.host().isEmpty() ||
                (m_settings.endpoint.scheme() != u"https" && m_settings.endpoint.scheme() != u"http")) {
                finish(u"the API endpoint is not an http(s) URL with a host"_s);
                return;
            }
            withToken([this] { fetch(firstCursor(), false, 0); });
        },
        Qt::QueuedConnection);
}

void RmmApiClient::abort(const QString &why)
{
    if (!m_running)
        return;
    m_http->abort();
    finish(why);
}

void RmmApiClient::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // late timers and answers of this listing are ignored
    m_onPage = nullptr;
    Finished done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(error);
}

void RmmApiClient::exchange(const RmmHttp::Request &request, const QString &what, RmmHttp::Done done)
{
    const int generation = m_generation;
    m_http->send(request, [this, request, what, generation, done = std::move(done)](const auto &response) {
        if (generation != m_generation)
            return;
        if (m_log) {
            Exchange e;
            e.method = QString::fromLatin1(request.method);
            e.url = request.url.toString(QUrl::RemoveUserInfo);
            e.status = response.status;
            e.error = response.ok() ? QString() : u"%1: %2"_s.arg(what, describe(response));
            e.durationMs = response.durationMs;
            m_log(e);
        }
        done(response);
    });
}

void RmmApiClient::withToken(const std::function<void()> &next)
{
    if (const auto cached = m_tokens ? m_tokens->find(m_cacheKey, m_clock.nowMs()) : std::nullopt) {
        m_token = *cached;
        next();
        return;
    }
    requestToken(next);
}

void RmmApiClient::requestToken(const std::function<void()> &next)
{
    ++m_tokenRequests;
    exchange(tokenRequest(), u"token request"_s, [this, next](const RmmHttp::Response &response) {
        if (!response.error.isEmpty()) {
            finish(u"%1 token request to %2 failed: %3"_s.arg(vendor(), m_settings.endpoint.host(),
                                                              response.error));
            return;
        }
        if (!response.ok()) {
            finish(u"%1 refused the credentials: the token request answered %2"_s.arg(vendor(),
                                                                                      describe(response)));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        QString problem;
        std::optional<Token> token;
        if (parseError.error != QJsonParseError::NoError)
            problem = u"not JSON (%1)"_s.arg(parseError.errorString());
        else
            token = readToken(doc, m_clock.nowMs(), &problem);
        if (!token) {
            finish(redact(u"%1 token answer unusable: %2"_s.arg(vendor(), problem)));
            return;
        }
        m_token = token->value;
        if (m_tokens)
            m_tokens->store(m_cacheKey, token->value, token->expiresMs);
        next();
    });
}

void RmmApiClient::fetch(const Cursor &cursor, bool tokenRenewed, int rateLimitWaits)
{
    RmmHttp::Request request = pageRequest(cursor);
    authorize(request, m_token);
    const QString what = u"devices page %1"_s.arg(cursor.number);
    exchange(request, what, [this, cursor, tokenRenewed, rateLimitWaits](const RmmHttp::Response &response) {
        if (!response.error.isEmpty()) {
            finish(u"%1 devices page %2 failed: %3"_s.arg(vendor()).arg(cursor.number).arg(response.error));
            return;
        }
        if (response.status == 401 && !tokenRenewed) {
            // Expired or revoked early: one fresh token, then the same page again.
            if (m_tokens)
                m_tokens->drop(m_cacheKey, m_token);
            requestToken([this, cursor, rateLimitWaits] { fetch(cursor, true, rateLimitWaits); });
            return;
        }
        if (response.status == 429) {
            const auto wait = retryAfterMs(response.header("retry-after"), m_clock.nowMs());
            const qint64 ms = wait.value_or(1000);
            if (rateLimitWaits >= m_settings.maxRateLimitWaits || ms > m_settings.maxRetryAfterMs) {
                finish(u"%1 rate limit: devices page %2 answered 429, retry after %3 s"_s.arg(vendor())
                           .arg(cursor.number)
                           .arg(qMax<qint64>(1, (ms + 999) / 1000)));
                return;
            }
            const int generation = m_generation;
            QTimer::singleShot(ms, this, [this, generation, cursor, tokenRenewed, rateLimitWaits] {
                if (generation == m_generation)
                    fetch(cursor, tokenRenewed, rateLimitWaits + 1);
            });
            return;
        }
        if (!response.ok()) {
            const QString after = response.status == 401 ? u" even with a fresh token"_s : QString();
            finish(u"%1 devices page %2 answered %3%4"_s.arg(vendor())
                       .arg(cursor.number)
                       .arg(describe(response), after));
            return;
        }
        onPage(cursor, response);
    });
}

void RmmApiClient::onPage(const Cursor &cursor, const RmmHttp::Response &response)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        finish(u"%1 devices page %2 is not JSON: %3 at byte %4"_s.arg(vendor())
                   .arg(cursor.number)
                   .arg(parseError.errorString())
                   .arg(parseError.offset));
        return;
    }
    ParsedPage parsed = readPage(doc, cursor);
    if (!parsed.error.isEmpty()) {
        finish(redact(u"%1 devices page %2: %3"_s.arg(vendor()).arg(cursor.number).arg(parsed.error)));
        return;
    }
    Page page;
    page.number = cursor.number;
    page.devices = std::move(parsed.devices);
    page.total = parsed.total;
    const int generation = m_generation;
    if (m_onPage)
        m_onPage(page);
    if (generation != m_generation)
        return; // the page handler ended the listing
    const bool last = !parsed.next || (m_settings.maxPages > 0 && cursor.number >= m_settings.maxPages);
    if (last) {
        finish({});
        return;
    }
    if (cursor.number >= MaxPagesEver) {
        finish(u"%1 kept offering more pages after %2; stopped"_s.arg(vendor()).arg(MaxPagesEver));
        return;
    }
    Cursor next = *parsed.next;
    next.number = cursor.number + 1;
    fetch(next, false, 0);
}

} // namespace nestogy
