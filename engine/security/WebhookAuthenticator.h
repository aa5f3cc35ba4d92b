#pragma once

#include "Provider.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace nestogy {

// Decides whether a webhook request comes from the integration's sender, the way that provider can prove it:
// a static header or bearer token, an HMAC of the raw body, basic auth, or a ?token= query secret. Every
// comparison is constant-time; during a rotation both the current and the previous secret are accepted.
class WebhookAuthenticator
{
public:
    // Credential name -> every value valid now (current first, then unexpired previous ones).
    using Secrets = QHash<QString, QList<QByteArray>>;

    struct Request
    {
        const QHash<QByteArray, QByteArray> &headers; // lower-case names
        const QUrlQuery &query;
        const QByteArray &body;
        const QJsonObject &payload; // parsed body (for ConnectWise's api_key field)
    };

    enum class Verdict { Accepted, AcceptedWithoutAuth, Rejected, NotConfigured };

    static Verdict check(Provider provider, const Secrets &secrets, const Request &request);
    // True when the integration has chosen to accept unauthenticated webhooks (flagged in health output).
    static bool isOpen(Provider provider, const Secrets &secrets);

private:
    static bool anyEquals(const QList<QByteArray> &valid, const QByteArray &presented);
    static bool checkHmac(const QList<QByteArray> &keys, const QByteArray &body, QByteArray signature);
};

} // namespace nestogy
