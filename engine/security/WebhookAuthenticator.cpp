#include "WebhookAuthenticator.h"

#include "Crypto.h"

namespace nestogy {

namespace {
QByteArray stripBearer(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.size() > 7 && v.left(7).toLower() == "bearer ")
        return v.mid(7).trimmed();
    return v;
}
} // namespace

bool WebhookAuthenticator::anyEquals(const QList<QByteArray> &valid, const QByteArray &presented)
{
    if (presented.isEmpty())
        return false;
    bool match = false;
    for (const QByteArray &v : valid)
        match =
            crypto::constantTimeEquals(v, presented) || match; // no early exit: same work for every secret
    return match;
}

bool WebhookAuthenticator::checkHmac(const QList<QByteArray> &keys, const QByteArray &body,
                                     QByteArray signature)
{
    signature = signature.trimmed().toLower();
    if (signature.startsWith("sha256="))
        signature = signature.mid(7);
    const QByteArray presented = QByteArray::fromHex(signature);
    if (presented.size() != 32)
        return false;
    bool match = false;
    for (const QByteArray &key : keys)
        match = crypto::constantTimeEquals(crypto::hmacSha256(key, body), presented) || match;
    return match;
}

bool WebhookAuthenticator::isOpen(Provider provider, const Secrets &secrets)
{
    return provider == Provider::Generic && secrets.value(QStringLiteral("auth_method")).value(0) == "none";
}

WebhookAuthenticator::Verdict WebhookAuthenticator::check(Provider provider, const Secrets &secrets,
                                                          const Request &req)
{
    const auto secret = [&](const char *name) { return secrets.value(QString::fromLatin1(name)); };
    const auto header = [&](const char *name) { return req.headers.value(QByteArray(name)); };

    // The query secret works for every provider: it is what Datto's and NinjaOne's UIs can send.
    const QList<QByteArray> urlTokens = secret("url_token");
    if (!urlTokens.isEmpty() && req.query.hasQueryItem(QStringLiteral("token")) &&
        anyEquals(urlTokens, req.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8()))
        return Verdict::Accepted;

    switch (provider) {
    case Provider::ConnectWise: {
        const QList<QByteArray> keys = secret("api_key");
        if (keys.isEmpty())
            return urlTokens.isEmpty() ? Verdict::NotConfigured : Verdict::Rejected;
        QByteArray presented = header("x-cw-api-key");
        if (presented.isEmpty())
            presented = stripBearer(header("authorization"));
        if (presented.isEmpty())
            presented = req.payload.value(u"api_key").toString().toUtf8();
        return anyEquals(keys, presented) ? Verdict::Accepted : Verdict::Rejected;
    }
    case Provider::Datto: {
        const QList<QByteArray> keys = secret("shared_secret");
        if (keys.isEmpty())
            return urlTokens.isEmpty() ? Verdict::NotConfigured : Verdict::Rejected;
        return checkHmac(keys, req.body, header("x-datto-signature")) ? Verdict::Accepted : Verdict::Rejected;
    }
    case Provider::Ninja: {
        const QList<QByteArray> bearer = secret("bearer_token");
        const QList<QByteArray> names = secret("header_name");
        const QList<QByteArray> values = secret("header_value");
        if (bearer.isEmpty() && (names.isEmpty() || values.isEmpty()))
            return urlTokens.isEmpty() ? Verdict::NotConfigured : Verdict::Rejected;
        bool ok = false;
        const QByteArray auth = header("authorization").trimmed();
        if (!bearer.isEmpty() && auth.size() > 7 && auth.left(7).toLower() == "bearer ")
            ok = anyEquals(bearer, auth.mid(7).trimmed());
        for (const QByteArray &name : names) {
            const QByteArray presented = req.headers.value(name.trimmed().toLower());
            ok = anyEquals(values, presented) || ok;
        }
        return ok ? Verdict::Accepted : Verdict::Rejected;
    }
    case Provider::Generic: {
        const QByteArray method = secret("auth_method").value(0, QByteArrayLiteral("api_key"));
        if (method == "none")
            return Verdict::AcceptedWithoutAuth;
        if (method == "hmac") {
            const QList<QByteArray> keys = secret("hmac_secret");
            if (keys.isEmpty())
                return Verdict::NotConfigured;
            return checkHmac(keys, req.body, header("x-signature")) ? Verdict::Accepted : Verdict::Rejected;
        }
        if (method == "basic") {
            const QList<QByteArray> users = secret("username");
            const QList<QByteArray> passwords = secret("password");
            if (users.isEmpty() || passwords.isEmpty())
                return Verdict::NotConfigured;
            const QByteArray auth = header("authorization").trimmed();
            if (auth.size() < 7 || auth.left(6).toLower() != "basic ")
                return Verdict::Rejected;
            const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
            const auto colon = decoded.indexOf(':');
            if (colon < 0)
                return Verdict::Rejected;
            const bool userOk = anyEquals(users, decoded.left(colon));
            const bool passOk = anyEquals(passwords, decoded.mid(colon + 1));
            return userOk && passOk ? Verdict::Accepted : Verdict::Rejected;
        }
        const QList<QByteArray> keys = secret("api_key");
        if (keys.isEmpty())
            return urlTokens.isEmpty() ? Verdict::NotConfigured : Verdict::Rejected;
        QByteArray presented = header("x-api-key");
        if (presented.isEmpty())
            presented = stripBearer(header("authorization"));
        return anyEquals(keys, presented) ? Verdict::Accepted : Verdict::Rejected;
    }
    }
    return Verdict::Rejected;
}

} // namespace nestogy
