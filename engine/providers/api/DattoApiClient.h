#pragma once

#include "RmmApiClient.h"

namespace nestogy {

// Datto RMM API v2: a password grant at /auth/oauth/token (the fixed public client, the API key and secret
// as user name and password), then /api/v2/account/devices page by page; pageDetails.nextPageUrl says
// whether another page follows and totalCount how many devices there are. Only the next page's number is
// taken from nextPageUrl: the request goes to the configured endpoint, so the token never leaves it.
class DattoApiClient final : public RmmApiClient
{
    Q_OBJECT
public:
    using RmmApiClient::RmmApiClient;

    QString vendor() const override { return QStringLiteral("Datto RMM"); }
    static QStringList requiredCredentials();
    static std::optional<RmmDevice> readDevice(const QJsonObject &device, QString *error);

protected:
    Cursor firstCursor() const override { return {}; }
    int defaultPageSize() const override { return 250; }
    RmmHttp::Request tokenRequest() const override;
    std::optional<Token> readToken(const QJsonDocument &answer, qint64 nowMs, QString *error) const override;
    RmmHttp::Request pageRequest(const Cursor &cursor) const override;
    ParsedPage readPage(const QJsonDocument &answer, const Cursor &cursor) const override;
};

} // namespace nestogy
