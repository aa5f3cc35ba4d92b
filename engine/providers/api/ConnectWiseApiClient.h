#pragma once

#include "RmmApiClient.h"

namespace nestogy {

// ConnectWise Automate REST API: a token from /cwa/api/v1/apitoken (JSON user name and password), then
// /cwa/api/v1/computers page by page (1-based) until a page comes back empty. Every request carries the
// integration's ClientId header, which Automate requires of registered integrations.
class ConnectWiseApiClient final : public RmmApiClient
{
    Q_OBJECT
public:
    using RmmApiClient::RmmApiClient;

    QString vendor() const override { return QStringLiteral("ConnectWise Automate"); }
    static QStringList requiredCredentials();
    static std::optional<RmmDevice> readDevice(const QJsonObject &computer, QString *error);

protected:
    Cursor firstCursor() const override;
    int defaultPageSize() const override { return 250; }
    RmmHttp::Request tokenRequest() const override;
    std::optional<Token> readToken(const QJsonDocument &answer, qint64 nowMs, QString *error) const override;
    RmmHttp::Request pageRequest(const Cursor &cursor) const override;
    ParsedPage readPage(const QJsonDocument &answer, const Cursor &cursor) const override;
    void authorize(RmmHttp::Request &request, const QByteArray &token) const override;

private:
    void addClientId(RmmHttp::Request &request) const;
};

} // namespace nestogy
